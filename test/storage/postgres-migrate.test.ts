import { describe, expect, it } from 'vitest';
import { migratePostgres } from '../../storage/postgres/migrate';
import { MIGRATIONS } from '../../storage/postgres/migrations/index';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { freshPostgresUrl } from '../helpers/postgres';

const TWO = [
  { version: 1, name: 'first', sql: 'CREATE TABLE a (id serial PRIMARY KEY, v text)' },
  { version: 2, name: 'second', sql: 'ALTER TABLE a ADD COLUMN w integer' },
];

describe('PostgreSQL migrations', () => {
  it('apply once, even when several instances start at the same moment', async () => {
    const url = await freshPostgresUrl({ empty: true });
    const instances = await Promise.all([1, 2, 3].map(() => PgDatabase.open(url)));
    try {
      const reports = await Promise.all(instances.map((db) => migratePostgres(db, TWO)));
      // Exactly one instance applied both; the others found nothing left, and none failed.
      expect(reports.map((r) => r.applied.length).sort()).toEqual([0, 0, 2]);
      expect(reports.every((r) => r.current === 2)).toBe(true);
      const rows = await instances[0]!.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual([1, 2]);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
    }
  });

  it('roll back a failing migration whole and say which one failed', async () => {
    const db = await PgDatabase.open(await freshPostgresUrl({ empty: true }));
    try {
      const broken = [...TWO, { version: 3, name: 'broken', sql: 'CREATE TABLE b (id int); SELECT no_such_function()' }];
      await expect(migratePostgres(db, broken)).rejects.toThrow(/migration 3 \(broken\)/);
      expect(await db.get("SELECT to_regclass('b') AS t")).toEqual({ t: null });
      expect((await migratePostgres(db, TWO)).current).toBe(2);
    } finally {
      await db.close();
    }
  });
});

describe('PgDatabase transactions', () => {
  it('join every store in one unit: a failure rolls back all of it, and nested calls join', async () => {
    const db = await PgDatabase.open(await freshPostgresUrl({ empty: true }));
    try {
      await db.run('CREATE TABLE t (id int PRIMARY KEY)');
      await expect(
        db.transaction(async () => {
          await db.run('INSERT INTO t VALUES (1)');
          await db.transaction(() => db.run('INSERT INTO t VALUES (2)'));
          expect(db.holdsWriteLock).toBe(true);
          throw new Error('crash mid-turn');
        }),
      ).rejects.toThrow('crash mid-turn');
      expect(await db.all('SELECT id FROM t')).toEqual([]);
      await db.transaction(() => db.run('INSERT INTO t VALUES (3)'));
      expect(await db.all('SELECT id FROM t')).toEqual([{ id: 3 }]);
    } finally {
      await db.close();
    }
  });

  it('retry a transaction that lost a deadlock, so neither writer fails', async () => {
    const db = await PgDatabase.open(await freshPostgresUrl({ empty: true }), { poolSize: 4 });
    try {
      await db.run('CREATE TABLE acct (id int PRIMARY KEY, n int)');
      await db.run('INSERT INTO acct VALUES (1, 0), (2, 0)');
      let attempts = 0;
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      let arrived = 0;
      const both = async (first: number, second: number) =>
        db.transaction(async () => {
          attempts++;
          await db.run('UPDATE acct SET n = n + 1 WHERE id = $1', [first]);
          if (++arrived === 2) open();
          await gate;
          await db.run('UPDATE acct SET n = n + 1 WHERE id = $1', [second]);
        });
      await Promise.all([both(1, 2), both(2, 1)]);
      expect(attempts).toBeGreaterThan(2); // one of them was retried
      expect(await db.all('SELECT id, n FROM acct ORDER BY id')).toEqual([
        { id: 1, n: 2 },
        { id: 2, n: 2 },
      ]);
    } finally {
      await db.close();
    }
  });

  it('says what to do when the server cannot be reached', async () => {
    await expect(PgDatabase.open('postgres://postgres@127.0.0.1:1/none')).rejects.toThrow(/Cannot reach PostgreSQL at .*is the server running/);
  });
});

describe('the desk schema on PostgreSQL', () => {
  it('creates every table the SQLite desk has', async () => {
    const { openSqliteDesk } = await import('../../storage/sqlite/open-desk');
    const { FixedClock } = await import('../../kernel/clock');
    const { tempDir } = await import('../../testing/temp-dir');
    const clock = new FixedClock(new Date('2026-12-05T08:00:00Z'));
    const folder = tempDir('schema-');
    const sqlite = await openSqliteDesk(`${folder.dir}/desk.db`, { clock, sla: {} as never, timeZone: 'Asia/Shanghai' });
    const db = await PgDatabase.open(await freshPostgresUrl({ empty: true }));
    try {
      await migratePostgres(db);
      const columnsOf = async (table: string) => ({
        sqlite: (await sqlite.db.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}') ORDER BY name`)).map((c) => c.name),
        postgres: (await db.all<{ name: string }>('SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name', [table])).map((c) => c.name),
      });
      const tables = (await sqlite.db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map((t) => t.name);
      expect(tables.length).toBeGreaterThan(20);
      for (const table of tables) {
        const { sqlite: expected, postgres: actual } = await columnsOf(table);
        expect({ table, columns: actual.sort() }).toEqual({ table, columns: expected.sort() });
      }
    } finally {
      await db.close();
      await sqlite.close();
      folder.cleanup();
    }
  });
});

describe('test databases (test/helpers/postgres.ts)', () => {
  it('arrive with every migration applied from the template, so opening the desk applies none', async () => {
    const db = await PgDatabase.open(await freshPostgresUrl());
    try {
      const report = await migratePostgres(db);
      expect(report.applied).toEqual([]);
      expect(report.current).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    } finally {
      await db.close();
    }
  });
});
