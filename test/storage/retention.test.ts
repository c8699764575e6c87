/** The DeskRetention contract on SQLite (a temp file) and on PostgreSQL (a row-for-row copy of the same seed). */
import { copySqliteToPostgres } from '../../testing/copy-sqlite-to-postgres';
import { openTestDesk } from '../../testing/desk';
import { openPostgresPair, openSqlitePair } from '../contracts/stores/desk-pair';
import { describeRetentionContract, NOW, seedRetentionRows, type RowQuery } from '../contracts/stores/retention.contract';

/** `?` placeholders as PostgreSQL's $1, $2 … */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

describeRetentionContract('SQLite', async () => {
  const pair = await openSqlitePair(NOW);
  const seeded = await seedRetentionRows(pair.a, pair.clock);
  const query: RowQuery = (sql, params) => pair.a.db.all(sql, params);
  return { a: pair.a.retention, b: pair.b.retention, query, seeded, close: pair.close };
});

describeRetentionContract('PostgreSQL', async () => {
  const source = await openTestDesk(NOW);
  const seeded = await seedRetentionRows(source, source.clock);
  const pair = await openPostgresPair(NOW);
  await copySqliteToPostgres(source.db, pair.a.db);
  await source.dispose();
  const query: RowQuery = (sql, params) => pair.a.db.all(numbered(sql), params);
  return { a: pair.a.retention, b: pair.b.retention, query, seeded, close: pair.close };
});
