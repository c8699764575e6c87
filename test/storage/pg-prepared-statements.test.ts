/**
 * PgDatabase prepares each statement once per connection (storage/postgres/pg-database.ts): the
 * second run of a statement is only bound and executed. A table changed under a prepared
 * `SELECT *` (another instance's migration) must not break the statement for good.
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { freshPostgresUrl } from '../helpers/postgres';

describe('PgDatabase prepared statements', () => {
  it('prepares a statement on its connection and reuses it', async () => {
    const db = await PgDatabase.open(await freshPostgresUrl({ empty: true }), { poolSize: 1 });
    try {
      const sql = 'SELECT $1::int + 1 AS n';
      expect(await db.get(sql, [1])).toEqual({ n: 2 });
      expect(await db.get(sql, [41])).toEqual({ n: 42 });
      const prepared = await db.all<{ statement: string }>('SELECT statement FROM pg_prepared_statements');
      expect(prepared.map((p) => p.statement)).toContain(sql);
    } finally {
      await db.close();
    }
  });

  it('runs unprepared when told to', async () => {
    const db = await PgDatabase.open(await freshPostgresUrl({ empty: true }), { poolSize: 1, prepareStatements: false });
    try {
      await db.get('SELECT $1::int + 1 AS n', [1]);
      expect(await db.all('SELECT statement FROM pg_prepared_statements')).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('survives a table changed under a prepared SELECT *, in and outside a transaction', async () => {
    const url = await freshPostgresUrl({ empty: true });
    const db = await PgDatabase.open(url, { poolSize: 1 });
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await db.run('CREATE TABLE shapes (id integer PRIMARY KEY)');
      await db.run('INSERT INTO shapes (id) VALUES (1)');
      expect(await db.all('SELECT * FROM shapes')).toEqual([{ id: 1 }]);
      await other.query("ALTER TABLE shapes ADD COLUMN name text NOT NULL DEFAULT 'a'");
      expect(await db.all('SELECT * FROM shapes')).toEqual([{ id: 1, name: 'a' }]);
      await other.query("ALTER TABLE shapes ADD COLUMN colour text NOT NULL DEFAULT 'red'");
      expect(await db.transaction(() => db.all('SELECT * FROM shapes'))).toEqual([{ id: 1, name: 'a', colour: 'red' }]);
    } finally {
      await other.end();
      await db.close();
    }
  });
});
