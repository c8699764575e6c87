/**
 * Copies every row of a SQLite desk into a migrated, empty PostgreSQL desk, table by table, with
 * the same ids: the two schemas have the same tables and columns (test/storage/postgres-migrate
 * checks it). Tests use it to give both stores exactly the same data, written once by the real
 * SQLite stores, and compare what each store makes of it. JSON text goes into jsonb columns as is.
 */
import type { SqliteDatabase } from '../storage/sqlite/database';
import type { PgDatabase } from '../storage/postgres/pg-database';

/** Parents before children, so every foreign key finds its row. */
const ORDER = [
  'customers',
  'customer_identities',
  'conversations',
  'messages',
  'tickets',
  'ticket_events',
  'outbox',
  'csat',
  'handoff_threads',
  'desk_events',
  'desk_posts',
  'calls',
  'agents',
  'agent_sessions',
  'desk_login_failures',
  'ticket_grants',
  'ticket_links',
  'ticket_challenges',
  'attempts',
  'web_sessions',
  'knowledge_misses',
  'wecom_sync',
  'wecom_customers',
];

export async function copySqliteToPostgres(from: SqliteDatabase, to: PgDatabase): Promise<Record<string, number>> {
  // A table added to SQLite but not listed here would be left behind without a word.
  const tables = (await from.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'")).map((t) => t.name);
  const unlisted = tables.filter((t) => !ORDER.includes(t));
  if (unlisted.length) throw new Error(`copySqliteToPostgres does not know the tables ${unlisted.join(', ')}: add them to ORDER`);
  const copied: Record<string, number> = {};
  await to.transaction(async () => {
    for (const table of ORDER) {
      const types = new Map(
        (await to.all<{ name: string; type: string }>('SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = $1', [table])).map((c) => [c.name, c.type]),
      );
      // In rowid order: a reply points back at an earlier message, so its row is there first.
      const rows = await from.all(`SELECT * FROM ${table} ORDER BY rowid`);
      for (const row of rows) {
        const columns = Object.keys(row).filter((c) => types.has(c));
        const values = columns.map((c, i) => `$${i + 1}${types.get(c) === 'jsonb' ? '::jsonb' : ''}`);
        await to.run(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${values.join(', ')})`,
          columns.map((c) => row[c] as never),
        );
      }
      copied[table] = rows.length;
      // Identity columns go on after the copied ids, as SQLite's rowids would.
      if (types.has('id') && rows.length) await to.get(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
  });
  return copied;
}
