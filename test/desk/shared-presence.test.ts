/**
 * Who is online at the built-in desk, counted across instances (issue 20): each instance announces
 * its roster on the live bus, so the wait the bot promises on instance A counts an agent whose desk
 * page is held by B. A roster not repeated goes stale (its instance died). Two instances on real
 * PostgreSQL LISTEN/NOTIFY, and the in-process bus for the timing rules with a standing clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentPresence } from '../../agent-desk/agent-presence';
import { FixedClock, systemClock } from '../../kernel/clock';
import { InProcessLiveBus } from '../../kernel/live-bus';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { PgLiveBus } from '../../storage/postgres/pg-live-bus';
import { freshPostgresUrl } from '../helpers/postgres';

const ana = { id: 1, name: 'Ana', role: 'agent' as const };
const bo = { id: 2, name: 'Bo', role: 'manager' as const };

async function until(ok: () => boolean, ms = 5_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
  return ok();
}

describe('desk presence across instances on PostgreSQL', () => {
  let url: string;
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    url = await freshPostgresUrl();
  });
  afterAll(async () => {
    for (const close of closers) await close();
  });

  const instance = async () => {
    const db = await PgDatabase.open(url, { poolSize: 2 });
    const bus = await PgLiveBus.open(url, db.pool);
    const presence = new AgentPresence(systemClock, undefined, { bus, heartbeatMs: 200 });
    closers.push(async () => {
      presence.close();
      await bus.close();
      await db.close();
    });
    return presence;
  };

  it('counts an agent whose desk page is on another instance, once, and forgets them when they leave', async () => {
    const a = await instance();
    const b = await instance();
    const leave = b.connect(ana);
    const leaveToo = a.connect(ana);
    expect(await until(() => a.count === 1 && b.count === 1)).toBe(true);
    b.connect(bo);
    expect(
      await until(
        () =>
          a
            .list()
            .map((x) => x.name)
            .join() === 'Ana,Bo',
      ),
    ).toBe(true);
    leave();
    leaveToo();
    expect(
      await until(
        () =>
          a
            .list()
            .map((x) => x.name)
            .join() === 'Bo',
      ),
    ).toBe(true);
  });
});

describe('desk presence: stale rosters and page notices', () => {
  it('drops the roster of an instance that stopped announcing, and tells pages only of changes', () => {
    const clock = new FixedClock(new Date('2026-12-06T02:00:00Z'));
    const bus = new InProcessLiveBus();
    const seen: unknown[] = [];
    bus.subscribe('desk', { onNotice: (p) => seen.push((p as { kind: string }).kind) });
    const here = new AgentPresence(clock, undefined, { bus, heartbeatMs: 60_000 });
    const there = new AgentPresence(clock, undefined, { bus, heartbeatMs: 60_000 });
    there.connect(ana);
    expect(here.count).toBe(1);
    expect(seen.filter((k) => k === 'presence')).toHaveLength(1);
    there.close(); // the instance died: no more heartbeats
    clock.advance(179_000);
    expect(here.count).toBe(1);
    clock.advance(2_000);
    expect(here.count).toBe(0);
    here.close();
  });

  it('without sharing, counts only this process and calls its own listener', () => {
    let told = 0;
    const alone = new AgentPresence(systemClock, () => told++);
    const leave = alone.connect(ana);
    alone.connect(ana);
    expect(alone.count).toBe(1);
    leave();
    expect(told).toBe(1);
  });
});
