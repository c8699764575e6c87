/**
 * RETENTION_*: messages, photos and the personal data of closed tickets go once older than
 * configured, on a real SQLite file and a real uploads folder; what is still needed (pending
 * deliveries, open tickets, recent messages) stays. Run in-process, by `aftersales db prune`, and
 * by the server when it starts. What the database keeps is the DeskRetention contract's
 * (test/contracts/stores/retention.contract.ts, on every store); this adds photos and the wiring.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../app/config';
import { openDesk } from '../../app/desk';
import { runRetention } from '../../app/retention';
import { startServer } from '../../app/server';
import { FixedClock } from '../../kernel/clock';
import type { SqliteDesk } from '../../storage/sqlite/open-desk';
import { runCli } from '../../testing/cli';
import { sqliteOf } from '../../testing/desk';
import { tempDir } from '../../testing/temp-dir';
import { ago, expectRowsPruned, NOW, PRUNED_COUNTS, seedRetentionRows, type RetentionSeeded } from '../contracts/stores/retention.contract';

const RETENTION = { RETENTION_MESSAGES_DAYS: '365', RETENTION_UPLOADS_DAYS: '30', RETENTION_PERSONAL_DATA_DAYS: '730' };

const temp = tempDir('retention-');
afterAll(() => temp.cleanup());
let folders = 0;

function envFor(extra: Record<string, string> = {}) {
  return { AFTERSALES_DATA_DIR: path.join(temp.dir, `data-${++folders}`), AFTERSALES_FIXED_TIME: NOW, ...RETENTION, ...extra };
}

/** The database's two years (test/contracts/stores/retention.contract.ts) and photos of several ages. */
async function seed(desk: SqliteDesk, clock: FixedClock, config: Config): Promise<RetentionSeeded> {
  const seeded = await seedRetentionRows(desk, clock);
  fs.mkdirSync(path.join(config.uploadsDir, 'wecom'), { recursive: true });
  for (const [name, days] of [
    ['old.jpg', 40],
    ['wecom/old.png', 31],
    ['new.jpg', 2],
    ['wecom/new.png', 29],
  ] as const) {
    const file = path.join(config.uploadsDir, name);
    fs.writeFileSync(file, 'photo');
    const at = new Date(ago(days));
    fs.utimesSync(file, at, at);
  }
  return seeded;
}

async function expectPruned(desk: SqliteDesk, config: Config, seeded: RetentionSeeded): Promise<void> {
  await expectRowsPruned((sql, params) => desk.db.all(sql, params), seeded);
  const left = fs
    .readdirSync(config.uploadsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.includes('.'))
    .sort();
  expect(left).toEqual(['new.jpg', 'wecom/new.png']);
  expect(await desk.db.all('PRAGMA foreign_key_check')).toEqual([]);
}

const EXPECTED_COUNTS = { ...PRUNED_COUNTS, uploads: 2 };

describe('data retention', () => {
  it('deletes what is older than configured and keeps what is still needed; a second run finds nothing', async () => {
    const config = loadConfig(envFor());
    const clock = new FixedClock(NOW);
    const desk = sqliteOf(await openDesk(config, clock));
    try {
      const seeded = await seed(desk, clock, config);
      const report = await runRetention(desk, config, clock.now());
      expect(report).toMatchObject({ ...EXPECTED_COUNTS, cutoffs: { messages: ago(365), uploads: ago(30), personalData: ago(730) } });
      await expectPruned(desk, config, seeded);
      expect(await runRetention(desk, config, clock.now())).toMatchObject({ messages: 0, deliveries: 0, conversationsCleared: 0, ticketsCleared: 0, uploads: 0 });
    } finally {
      await desk.close();
    }
  });

  it('keeps photos and personal data when their days are 0', async () => {
    const config = loadConfig(envFor({ RETENTION_UPLOADS_DAYS: '0', RETENTION_PERSONAL_DATA_DAYS: '0' }));
    const clock = new FixedClock(NOW);
    const desk = sqliteOf(await openDesk(config, clock));
    try {
      const seeded = await seed(desk, clock, config);
      const report = await runRetention(desk, config, clock.now());
      expect(report).toMatchObject({ messages: 1, uploads: 0, ticketsCleared: 0, cutoffs: { messages: ago(365) } });
      expect(report.cutoffs).not.toHaveProperty('uploads');
      expect((await desk.tickets.get(seeded.tickets.closedLongAgo)).contactPhone).toBe('13800000001');
      expect(fs.readdirSync(config.uploadsDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'))).toHaveLength(4);
    } finally {
      await desk.close();
    }
  });

  it('runs as `aftersales db prune`', async () => {
    const env = envFor();
    const config = loadConfig(env);
    const clock = new FixedClock(NOW);
    let desk = sqliteOf(await openDesk(config, clock));
    const seeded = await seed(desk, clock, config);
    await desk.close();
    const run = await runCli(['db', 'prune', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toMatchObject(EXPECTED_COUNTS);
    const text = await runCli(['db', 'prune'], env);
    expect(text.stdout).toMatch(/deleted 0 messages/);
    expect(text.stdout).toMatch(/已删除 0 条消息/);
    desk = sqliteOf(await openDesk(config, clock));
    try {
      await expectPruned(desk, config, seeded);
    } finally {
      await desk.close();
    }
  });

  it('runs when the server starts', async () => {
    const config = loadConfig({ ...envFor(), PORT: '0' });
    const clock = new FixedClock(NOW);
    const desk = sqliteOf(await openDesk(config, clock));
    const seeded = await seed(desk, clock, config);
    await desk.close();
    const server = await startServer(config, { clock });
    try {
      expect(await server.context.retention!.first).toMatchObject(EXPECTED_COUNTS);
      await expectPruned(sqliteOf(server.context.assistant.desk), config, seeded);
    } finally {
      await server.close();
    }
  });
});
