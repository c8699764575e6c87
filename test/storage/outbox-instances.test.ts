/**
 * Several instances on one PostgreSQL outbox: each delivery sent by exactly one instance, each
 * lane (customer) in order, the lanes drained by every instance at once, and the items of an
 * instance that died holding them sent by another after their lease.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { OutboxRelay } from '../../bot/outbox-relay';
import { FixedClock } from '../../kernel/clock';
import { PgDatabase } from '../../storage/postgres/pg-database';
import type { OutboxItem } from '../../tickets/outbox';
import { openPostgresGroup, openSqliteGroup, START, type OutboxGroupDesk } from '../helpers/outbox-group-desks';
import { untilSomeoneWaitsForALock } from '../helpers/pg-lock-wait';

const DESTINATION = 'customer:web';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sent {
  instance: string;
  id: number;
  lane: string;
  phase: 'start' | 'end';
}

/** A destination that records every send's start and end, taking a few ms per send. */
function recordingDestination(log: Sent[], instance: string) {
  return async (item: OutboxItem): Promise<string> => {
    log.push({ instance, id: item.id, lane: item.lane!, phase: 'start' });
    await sleep(Math.random() * 3);
    log.push({ instance, id: item.id, lane: item.lane!, phase: 'end' });
    return `ref-${item.id}`;
  };
}

async function enqueueLanes(desk: OutboxGroupDesk, items: number, lanes: number): Promise<Map<string, number[]>> {
  const byLane = new Map<string, number[]>();
  await desk.transaction(async () => {
    for (let i = 0; i < items; i++) {
      const lane = `customer-${i % lanes}`;
      const id = await desk.outbox.enqueue({ destination: DESTINATION, kind: 'reply', payload: { customerRef: lane, seq: i } });
      byLane.set(lane, [...(byLane.get(lane) ?? []), id!]);
    }
  });
  return byLane;
}

/** Each lane's sends, in the order they happened, were start/end pairs of its items in order. */
function expectLaneOrder(log: Sent[], byLane: Map<string, number[]>): void {
  for (const [lane, ids] of byLane) {
    const events = log.filter((e) => e.lane === lane).map((e) => `${e.phase}:${e.id}`);
    expect(events, lane).toEqual(ids.flatMap((id) => [`start:${id}`, `end:${id}`]));
  }
}

function expectEachOnce(log: Sent[], byLane: Map<string, number[]>): void {
  const ends = log.filter((e) => e.phase === 'end').map((e) => e.id);
  expect(ends).toHaveLength(new Set(ends).size);
  expect(new Set(ends)).toEqual(new Set([...byLane.values()].flat()));
}

async function drainUntilEmpty(desk: OutboxGroupDesk, relay: OutboxRelay): Promise<void> {
  for (let round = 0; round < 2_000 && (await desk.outbox.pendingCount(DESTINATION)) > 0; round++) {
    await relay.drain();
    await sleep(1);
  }
}

describe('the outbox on PostgreSQL with several instances', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((o) => o.close().catch(() => undefined)));
  });
  async function instances(n: number, clock: FixedClock) {
    const first = await openPostgresGroup(undefined, clock);
    const rest = await Promise.all(Array.from({ length: n - 1 }, () => openPostgresGroup(first.url, clock)));
    opened.push(first, ...rest);
    return [first, ...rest];
  }

  it('sends 200 deliveries in 20 lanes once each, every lane in order, with two relays draining in parallel', async () => {
    const clock = new FixedClock(START);
    const [a, b] = await instances(2, clock);
    const byLane = await enqueueLanes(a!, 200, 20);
    const log: Sent[] = [];
    const relay = (desk: OutboxGroupDesk, name: string) =>
      new OutboxRelay({ destination: DESTINATION, outbox: desk.outbox, clock, owner: name, batchSize: 5, deliver: recordingDestination(log, name) });
    await Promise.all([drainUntilEmpty(a!, relay(a!, 'A')), drainUntilEmpty(b!, relay(b!, 'B'))]);

    expectEachOnce(log, byLane);
    expectLaneOrder(log, byLane);
    // Both instances sent, and at some moment both had a send in flight: neither waited for the other.
    const inFlight = { A: 0, B: 0 };
    let overlapped = false;
    for (const e of log) {
      inFlight[e.instance as 'A' | 'B'] += e.phase === 'start' ? 1 : -1;
      if (inFlight.A > 0 && inFlight.B > 0) overlapped = true;
    }
    expect(overlapped).toBe(true);
    expect(await a!.outbox.pendingCount()).toBe(0);
  });

  it('sends what an instance claimed and never confirmed, from another instance once the lease lapses', async () => {
    const clock = new FixedClock(START);
    const [doomed, heir] = await instances(2, clock);
    const byLane = await enqueueLanes(doomed!, 40, 4);
    // The doomed instance leases the heads of two lanes, then dies before sending anything.
    const taken = await doomed!.outbox.claim(DESTINATION, { owner: 'doomed', now: clock.now(), leaseMs: 30_000 }, 2);
    expect(taken.map((i) => i.lane)).toEqual(['customer-0', 'customer-1']);
    await doomed!.close();

    const log: Sent[] = [];
    const relay = new OutboxRelay({ destination: DESTINATION, outbox: heir!.outbox, clock, owner: 'heir', leaseMs: 30_000, deliver: recordingDestination(log, 'heir') });
    await relay.drain();
    // The two free lanes went at once; the dead instance's lanes wait for its lease.
    expect(new Set(log.map((e) => e.lane))).toEqual(new Set(['customer-2', 'customer-3']));
    expect(await heir!.outbox.pendingCount(DESTINATION)).toBe(20);
    clock.advance(29_000);
    expect(await relay.drain()).toBe(0);
    clock.advance(1_000);
    expect(await relay.drain()).toBe(20);
    expectEachOnce(log, byLane);
    expectLaneOrder(log, byLane);
  });

  it('never makes a delivered item pending again when an operator retries it while another instance confirms it', async () => {
    const clock = new FixedClock(START);
    const [relaying, operating] = await instances(2, clock);
    const observer = await PgDatabase.open(relaying!.url);
    opened.push(observer);
    const id = (await relaying!.outbox.enqueue({ destination: 'slack', kind: 'x', payload: {} }))!;
    await relaying!.outbox.markFailed(id, 'slack down', clock.now());
    let retried: Promise<unknown> | undefined;
    await relaying!.transaction(async () => {
      await relaying!.outbox.markDelivered(id, 'ts-1', clock.now());
      // The operator's retry reaches the row while the delivery is not yet committed.
      retried = operating!.outboxAdmin.retry(id).catch((error: unknown) => error);
      await untilSomeoneWaitsForALock(observer);
    });
    expect(await retried).toMatchObject({ code: 'outbox_item_delivered' });
    expect(await operating!.outbox.pendingCount()).toBe(0);
  });
});

describe("the relay's leases", () => {
  it('sends nothing from a claim once half its lease has gone: it claims afresh, so a slow send is not raced', async () => {
    const desk = await openSqliteGroup();
    try {
      for (let i = 0; i < 4; i++) await desk.outbox.enqueue({ destination: DESTINATION, kind: 'reply', payload: { customerRef: `c${i % 2}` } });
      const leaseMs = 30_000;
      const claimedAt = new Map<number, number>();
      const outbox = Object.create(desk.outbox) as typeof desk.outbox;
      outbox.claim = async (destination, lease, limit) => {
        const items = await desk.outbox.claim(destination, lease, limit);
        for (const item of items) claimedAt.set(item.id, lease.now.getTime());
        return items;
      };
      const leaseLeftAtSend: number[] = [];
      const relay = new OutboxRelay({
        destination: DESTINATION,
        outbox,
        clock: desk.clock,
        leaseMs,
        deliver: async (item) => {
          leaseLeftAtSend.push(claimedAt.get(item.id)! + leaseMs - desk.clock.now().getTime());
          desk.clock.advance(10_000); // a slow platform
          return undefined;
        },
      });
      expect(await relay.drain()).toBe(4);
      expect(leaseLeftAtSend).toHaveLength(4);
      expect(Math.min(...leaseLeftAtSend)).toBeGreaterThan(leaseMs / 2);
    } finally {
      await desk.close();
    }
  });
});
