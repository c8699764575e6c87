/**
 * Databases from before session tokens were hashed filed web conversations under the token itself.
 * Migration 7 replaces every stored token with a random reference, the same one wherever that
 * token appeared (conversation, identity, pending deliveries), so the history stays together and
 * no token is left behind.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteDatabase } from '../../storage/sqlite/database';
import { migrate, MIGRATIONS } from '../../storage/sqlite/migrations';
import { tempDir } from '../../testing/temp-dir';

const TOKEN = 'Zk3vQ9xYbL2mNpR8sT1uVwX4yA6cD0eF7gH5iJ2kL3m';

describe('migration 7: web session tokens out of the database', () => {
  const temp = tempDir('migrate-tokens-');
  let db: SqliteDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    temp.cleanup();
  });

  it('replaces each stored token with one random reference everywhere it was kept', async () => {
    db = await SqliteDatabase.open(path.join(temp.dir, 'old.db'));
    await db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version <= 5)) {
      await db.transaction(async () => {
        await db!.exec(m.sql);
        await db!.run('INSERT INTO schema_migrations VALUES (?, ?, ?)', [m.version, m.name, '2026-01-01T00:00:00Z']);
      });
    }
    const at = '2026-11-24T01:00:00Z';
    await db.transaction(async () => {
      await db!.run('INSERT INTO customers (id, created_at) VALUES (1, ?), (2, ?)', [at, at]);
      await db!.run("INSERT INTO customer_identities VALUES ('web', ?, 1, ?, 'first-contact'), ('wechat', 'wxid_a', 2, ?, 'first-contact')", [TOKEN, at, at]);
      await db!.run("INSERT INTO conversations (customer_id, channel, customer_ref, started_at, updated_at) VALUES (1, 'web', ?, ?, ?), (1, 'web', ?, ?, ?), (2, 'wechat', 'wxid_a', ?, ?)", [
        TOKEN,
        at,
        at,
        TOKEN,
        at,
        at,
        at,
        at,
      ]);
      await db!.run("INSERT INTO outbox (destination, kind, payload, next_attempt_at, created_at) VALUES ('customer:web', 'agent.reply', json_object('customerRef', ?, 'text', 'hi'), ?, ?)", [
        TOKEN,
        at,
        at,
      ]);
    });

    const report = await migrate(db);
    expect(report.applied.map((m) => m.version)).toContain(7);
    const refs = await db.all<{ customer_ref: string }>("SELECT DISTINCT customer_ref FROM conversations WHERE channel = 'web'");
    const identity = await db.get<{ external_id: string }>("SELECT external_id FROM customer_identities WHERE channel = 'web'");
    const delivery = await db.get<{ ref: string }>("SELECT json_extract(payload, '$.customerRef') AS ref FROM outbox");
    expect(refs).toHaveLength(1);
    expect(refs[0]!.customer_ref).toMatch(/^legacy-[0-9a-f]{32}$/);
    expect(identity?.external_id).toBe(refs[0]!.customer_ref);
    expect(delivery?.ref).toBe(refs[0]!.customer_ref);
    // Other channels keep their ids.
    expect(await db.get("SELECT customer_ref FROM conversations WHERE channel = 'wechat'")).toEqual({ customer_ref: 'wxid_a' });
    const dump = JSON.stringify([await db.all('SELECT * FROM conversations'), await db.all('SELECT * FROM customer_identities'), await db.all('SELECT * FROM outbox')]);
    expect(dump).not.toContain(TOKEN);
  });
});
