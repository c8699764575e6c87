import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteDatabase } from '../../storage/sqlite/database';
import { tempDir } from '../../testing/temp-dir';

/**
 * Prepared statements are cached, but a statement that fails to prepare must reject its own query
 * (it used to surface as an unhandled 'error' event that ended the process) and must not stay in
 * the cache, or the same query would fail for ever after the cause is gone.
 */
describe('the SQLite statement cache', () => {
  let folder: ReturnType<typeof tempDir>;
  let db: SqliteDatabase;

  beforeEach(async () => {
    folder = tempDir('statement-cache-');
    db = await SqliteDatabase.open(path.join(folder.dir, 'desk.db'));
  });
  afterEach(async () => {
    await db.close();
    folder.cleanup();
  });

  it('rejects a query on a missing table with the table named, for reads and writes', async () => {
    await expect(db.all('SELECT * FROM parcels')).rejects.toThrow(/no such table: parcels/);
    await expect(db.run('INSERT INTO parcels (v) VALUES (?)', ['a'])).rejects.toThrow(/no such table: parcels/);
  });

  it('prepares the same query again once the table exists', async () => {
    await expect(db.get('SELECT count(*) AS n FROM parcels')).rejects.toThrow(/no such table/);
    await db.exec('CREATE TABLE parcels (v TEXT)');
    await db.transaction(() => db.run('INSERT INTO parcels (v) VALUES (?)', ['a']));
    expect(await db.get<{ n: number }>('SELECT count(*) AS n FROM parcels')).toEqual({ n: 1 });
  });

  it('keeps a failed statement from spoiling a transaction that catches it', async () => {
    await db.exec('CREATE TABLE parcels (v TEXT)');
    await db.transaction(async () => {
      await db.run('INSERT INTO parcels (v) VALUES (?)', ['kept']);
      await db.run('INSERT INTO missing (v) VALUES (1)').catch(() => undefined);
    });
    expect(await db.all('SELECT v FROM parcels')).toEqual([{ v: 'kept' }]);
  });
});
