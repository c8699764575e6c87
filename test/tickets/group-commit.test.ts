import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteDatabase } from '../../storage/sqlite/database';
import { tempDir } from '../../testing/temp-dir';

/** Concurrent writers share COMMITs, yet each keeps its own atomicity and sees success only after COMMIT. */
describe('group commit on one SQLite connection', () => {
  let folder: ReturnType<typeof tempDir>;
  let db: SqliteDatabase;
  let commits: number;

  beforeEach(async () => {
    folder = tempDir('group-commit-');
    db = await SqliteDatabase.open(path.join(folder.dir, 'desk.db'));
    await db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)');
    commits = 0;
    const exec = db.exec.bind(db);
    db.exec = (sql: string) => {
      if (sql === 'COMMIT') commits++;
      return exec(sql);
    };
  });
  afterEach(async () => {
    await db.close();
    folder.cleanup();
  });

  const count = async () => (await db.get<{ n: number }>('SELECT count(*) AS n FROM t'))!.n;

  it('commits fifty concurrent writers with fewer COMMITs than writers', async () => {
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => db.transaction(async () => (await db.run('INSERT INTO t (v) VALUES (?)', [`w${i}`])).lastID)));
    expect(new Set(ids).size).toBe(50);
    expect(await count()).toBe(50);
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThan(50);
  });

  it('rolls back only the failing writer of a shared batch', async () => {
    await db.transaction(() => db.run("INSERT INTO t (v) VALUES ('taken')"));
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'taken', 'c'].map((v) =>
        db.transaction(async () => {
          await db.run('INSERT INTO t (v) VALUES (?)', [`${v}-first`]);
          await db.run('INSERT INTO t (v) VALUES (?)', [v]); // 'taken' violates UNIQUE here
          return v;
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[2] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    const values = (await db.all<{ v: string }>('SELECT v FROM t ORDER BY id')).map((r) => r.v);
    // The failing writer's first insert went with it; everyone else's both inserts stayed.
    expect(values).toEqual(['taken', 'a-first', 'a', 'b-first', 'b', 'c-first', 'c']);
  });

  it('joins nested transactions into the writer that started them', async () => {
    const results = await Promise.all(
      [1, 2, 3]
        .map((n) =>
          db.transaction(async () => {
            await db.run('INSERT INTO t (v) VALUES (?)', [`outer${n}`]);
            await db.transaction(() => db.run('INSERT INTO t (v) VALUES (?)', [`inner${n}`]));
            if (n === 2) throw new Error('writer 2 changed its mind');
            return n;
          }),
        )
        .map((p) => p.catch((e: Error) => e.message)),
    );
    expect(results).toEqual([1, 'writer 2 changed its mind', 3]);
    const values = (await db.all<{ v: string }>('SELECT v FROM t ORDER BY id')).map((r) => r.v);
    expect(values).toEqual(['outer1', 'inner1', 'outer3', 'inner3']);
  });

  it('resolves a lone writer after its own COMMIT, as before', async () => {
    await db.transaction(() => db.run("INSERT INTO t (v) VALUES ('alone')"));
    expect(commits).toBe(1);
    expect(await count()).toBe(1);
  });

  it('finishes queued writers before the database closes', async () => {
    const pending = Array.from({ length: 10 }, (_, i) => db.transaction(() => db.run('INSERT INTO t (v) VALUES (?)', [`q${i}`])));
    await db.close();
    await Promise.all(pending);
    db = await SqliteDatabase.open(path.join(folder.dir, 'desk.db'));
    expect(await count()).toBe(10);
  });
});
