/**
 * The kf/sync_msg cursor across restarts, on the real server and SQLite file: a server stopped
 * between pulls, and one that crashed after handling messages but before saving the cursor, each
 * start again on the same data folder; every customer message is handled once and answered once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { openDesk } from '../../app/desk';
import { startServer, type RunningServer } from '../../app/server';
import { FixedClock } from '../../kernel/clock';
import { startFakeWecomApi, type FakeWecomApi } from '../../testing/fake-wecom-api';
import { tempDir } from '../../testing/temp-dir';
import { sqliteOf } from '../../testing/desk';

const KF = 'wkRestart01';

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('WeCom sync cursor across restarts', () => {
  const temp = tempDir('wecom-restart-');
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  let fake: FakeWecomApi;
  let server: RunningServer | undefined;

  const config = () =>
    loadConfig({
      AFTERSALES_DATA_DIR: temp.dir,
      PORT: '0',
      ...fake.settings(KF),
    });
  const start = () => startServer(config(), { clock });

  beforeAll(async () => {
    fake = await startFakeWecomApi({ openKfIds: [KF], now: () => clock.now() });
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    temp.cleanup();
  });

  const db = () => sqliteOf(server!.context.assistant.desk).db;
  const inbound = async () =>
    db().all<{ channel_message_id: string; n: number }>(`SELECT channel_message_id, COUNT(*) AS n FROM messages WHERE channel = 'wecom' AND direction = 'in' GROUP BY channel_message_id`);
  const cursorSaved = async () => (await db().all('SELECT 1 FROM wecom_sync WHERE open_kfid = ?', [KF])).length === 1;

  it('neither skips nor repeats a message when stopped between pulls or killed before the cursor was saved', async () => {
    const written: string[] = [];
    const write = (customer: string, text: string) => {
      written.push(fake.customerWrites(KF, customer, text));
      clock.advance(1000);
    };
    const callback = () => `${server!.url}/wecom/callback`;

    // 1. Two messages wait when the server starts: it pulls them by itself and answers them.
    write('wm-li', '燃气灶打不着火');
    write('wm-wang', '油烟机声音很大');
    server = await start();
    await fake.waitForSent(2);
    await until(cursorSaved, 'the cursor');

    // 2. A third message, but the pull fails and the server is stopped before it tries again.
    fake.failNextSync();
    write('wm-li', '点火时有啪啪声但是没火');
    const failed = fake.syncCalls.length;
    await fake.notify(callback(), KF);
    await until(async () => fake.syncCalls.length > failed, 'the failed pull');
    await server.close();
    server = undefined;

    // 3. A fourth while the server is down; WeCom does not call again for it.
    write('wm-zhao', '微波炉不加热');

    // 4. Started again: it pulls from the saved cursor by itself (no callback, so no token) and answers the two it had not seen.
    server = await start();
    await fake.waitForSent(4);
    expect(fake.syncCalls[failed]).toMatchObject({ cursor: expect.stringMatching(/.+/), token: expect.stringMatching(/^ENC/) });
    expect(fake.syncCalls[failed + 1]).toMatchObject({ cursor: fake.syncCalls[failed]!.cursor });
    expect(fake.syncCalls[failed + 1]!.token).toBeUndefined();
    await server.close();
    server = undefined;

    // 5. A crash after handling but before saving the cursor: as if it had never been saved.
    const desk = await openDesk(config(), clock);
    await sqliteOf(desk).db.run('DELETE FROM wecom_sync');
    await desk.close();
    server = await start();
    await until(cursorSaved, 'the pull from the beginning');
    await server.context.relays.find((r) => r.destination === 'customer:wecom')!.drain();

    // Every message stored once, answered once: four answers in all, to the right people.
    const rows = await inbound();
    expect(rows.map((r) => r.channel_message_id).sort()).toEqual([...written].sort());
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(fake.sent).toHaveLength(4);
    expect(fake.sent.map((s) => s.touser).sort()).toEqual(['wm-li', 'wm-li', 'wm-wang', 'wm-zhao']);
    const replies = await db().all<{ n: number }>(`SELECT COUNT(*) AS n FROM outbox WHERE destination = 'customer:wecom'`);
    expect(replies[0]!.n).toBe(4);
  }, 60_000);
});
