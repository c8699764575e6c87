/**
 * `aftersales outbox list|retry|drop` as a child process on a real SQLite data folder, with the
 * outbox filled through the same store the relays use.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { openDesk } from '../../app/desk';
import { FixedClock } from '../../kernel/clock';
import type { SqliteDesk } from '../../storage/sqlite/open-desk';
import { sqliteOf } from '../../testing/desk';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';

describe('aftersales outbox', () => {
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  // A fresh data folder per test: each one retries or drops rows, and vitest shuffles the order.
  let env: Record<string, string>;
  let desk: SqliteDesk;
  let cleanup = () => {};
  const ids = { dead: 0, retrying: 0, queued: 0, delivered: 0 };

  beforeEach(async () => {
    const temp = tempDir('outbox-cli-');
    cleanup = temp.cleanup;
    env = { AFTERSALES_DATA_DIR: path.join(temp.dir, 'data'), AFTERSALES_FIXED_TIME: '2026-11-24T03:00:00Z' };
    desk = sqliteOf(await openDesk(loadConfig(env), clock));
    const { outbox } = desk;
    ids.dead = (await outbox.enqueue({ destination: 'customer:wechat', kind: 'message', payload: { customerRef: 'wxid_a', text: '师傅明天上午到，有事打13812345678' } }))!;
    await outbox.markFailed(ids.dead, 'wechat_contact_not_found', undefined);
    ids.retrying = (await outbox.enqueue({ destination: 'slack', kind: 'handoff.requested', payload: { summary: '空调漏水' } }))!;
    await outbox.markFailed(ids.retrying, 'slack_unreachable', new Date('2026-11-24T04:00:00Z'));
    ids.queued = (await outbox.enqueue({ destination: 'customer:wechat', kind: 'message', payload: { text: 'later' } }))!;
    ids.delivered = (await outbox.enqueue({ destination: 'customer:web', kind: 'message', payload: { text: 'done' } }))!;
    await outbox.markDelivered(ids.delivered, undefined, clock.now());
  });
  afterEach(async () => {
    await desk?.close();
    cleanup();
  });

  const status = async (id: number) =>
    (await desk.db.get<{ status: string; dropped_at: string | null; next_attempt_at: string }>('SELECT status, dropped_at, next_attempt_at FROM outbox WHERE id = ?', [id]))!;

  it('has help for each command', async () => {
    for (const cmd of [['outbox'], ['outbox', 'drop']]) {
      const help = await runCli([...cmd, '--help'], env);
      expect(help.code, cmd.join(' ')).toBe(0);
      expect(help.stdout).toMatch(/Usage: aftersales outbox/);
    }
  });

  it('lists what is dead or retrying, not what is queued or delivered, with personal data masked', async () => {
    const list = await runCli(['outbox', 'list', '--json'], env);
    expect(list.code, list.stderr).toBe(0);
    const items = list.json<{ id: number; state: string; payload: { text?: string } }[]>();
    expect(items.map((i) => [i.id, i.state])).toEqual([
      [ids.dead, 'dead'],
      [ids.retrying, 'retrying'],
    ]);
    expect(JSON.stringify(items)).not.toContain('13812345678');
    const table = await runCli(['outbox', 'list'], env);
    expect(table.stdout).toMatch(new RegExp(`${ids.dead}\\s+customer:wechat\\s+message\\s+已放弃 dead`));
    expect(table.stdout).not.toContain('13812345678');
    expect(table.stdout).toMatch(/2 undelivered \/ 共 2 条未送达/);
    const onlyDead = await runCli(['outbox', 'list', '--state', 'dead', '--destination', 'customer:wechat', '--json'], env);
    expect(onlyDead.json<{ id: number }[]>().map((i) => i.id)).toEqual([ids.dead]);
  });

  it('retries a dead delivery: due again now, ahead of what was queued after it', async () => {
    const run = await runCli(['outbox', 'retry', String(ids.dead)], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/已重新排队/);
    expect(await status(ids.dead)).toMatchObject({ status: 'pending', next_attempt_at: '2026-11-24T03:00:00.000Z' });
    const due = await desk.outbox.due('customer:wechat', new Date('2026-11-24T03:00:00Z'));
    expect(due.map((i) => i.id)).toEqual([ids.dead, ids.queued]);
  });

  it('drops a delivery for good: kept, marked, never due, not listed', async () => {
    const run = await runCli(['outbox', 'drop', String(ids.retrying), '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(await status(ids.retrying)).toMatchObject({ status: 'dead', dropped_at: '2026-11-24T03:00:00.000Z' });
    expect(await desk.outbox.due('slack', new Date('2026-11-25T00:00:00Z'))).toEqual([]);
    const list = await runCli(['outbox', 'list', '--json'], env);
    expect(list.json<{ id: number }[]>().map((i) => i.id)).not.toContain(ids.retrying);
  });

  it("refuses what cannot be done, with the CLI's exit codes", async () => {
    expect((await runCli(['outbox', 'retry', '99999'], env)).code).toBe(3);
    const delivered = await runCli(['outbox', 'drop', String(ids.delivered)], env);
    expect(delivered.code).toBe(4);
    expect(delivered.stderr).toMatch(/already delivered/);
    expect((await runCli(['outbox', 'list', '--state', 'lost'], env)).code).toBe(2);
  });

  it('retries every dead delivery of one destination with --all-dead', async () => {
    expect((await runCli(['outbox', 'drop', String(ids.retrying)], env)).code).toBe(0);
    const again = (await desk.outbox.enqueue({ destination: 'customer:wechat_oa', kind: 'message', payload: { text: 'x' } }))!;
    await desk.outbox.markFailed(again, '45015', undefined);
    const run = await runCli(['outbox', 'retry', '--all-dead', '--destination', 'customer:wechat_oa', '--json'], env);
    expect(run.json<{ id: number }[]>().map((i) => i.id)).toEqual([again]);
    expect((await status(again)).status).toBe('pending');
    // The dropped one is not brought back by a sweep; only by its id.
    expect((await status(ids.retrying)).dropped_at).not.toBeNull();
  });
});
