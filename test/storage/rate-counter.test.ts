/**
 * The RateCounter contract in memory and on PostgreSQL, and the web chat's limiters over it: two
 * express apps (two instances) on one PostgreSQL desk, asked over HTTP by one address, let the
 * per-IP limit through once in total, not once per instance.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { rateLimiters } from '../../channels/web/web-security';
import { FixedClock } from '../../kernel/clock';
import { MemoryRateCounter, type RateCounter } from '../../kernel/rate-counter';
import { openPostgresPair, pairOf } from '../contracts/stores/desk-pair';
import { describeRateCounterContract } from '../contracts/stores/rate-counter.contract';

describeRateCounterContract(
  'memory',
  async () => {
    const counter = new MemoryRateCounter();
    return { a: counter, b: counter, clock: new FixedClock('2026-12-05T08:00:00Z'), close: async () => undefined };
  },
  { shared: false },
);
describeRateCounterContract('PostgreSQL', async () => pairOf(await openPostgresPair(), (desk) => desk.rateCounter), { shared: true });

describe('the PostgreSQL counter under load', () => {
  it('sends the hits of one moment as one statement, each hit still with its own count', async () => {
    const pair = await openPostgresPair();
    try {
      const counter = pair.a.rateCounter;
      const now = pair.clock.now();
      const statements = [vi.spyOn(pair.a.db, 'all'), vi.spyOn(pair.a.db, 'get'), vi.spyOn(pair.a.db, 'run')];
      // Ten requests at once through one proxy: the shared address key and each one's session key.
      const counts = await Promise.all(Array.from({ length: 10 }, (_, i) => [counter.hit('web-ip:10.0.0.1', 60_000, now), counter.hit(`web-session:s${i % 3}`, 60_000, now)]).flat());
      expect(statements.reduce((n, spy) => n + spy.mock.calls.length, 0)).toBe(1);
      const ip = counts.filter((_, i) => i % 2 === 0).map((c) => c.hits);
      expect(ip.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const sessions = counts.filter((_, i) => i % 2 === 1).map((c) => c.hits);
      expect(sessions.sort((x, y) => x - y)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4]);
      // The other instance's hits after it go on from the row's count.
      expect(await pair.b.rateCounter.hit('web-ip:10.0.0.1', 60_000, now)).toEqual({ hits: 11, resetAt: new Date(now.getTime() + 60_000) });
    } finally {
      await pair.close();
    }
  });
});

/** One "instance": the web chat's per-IP limiter in front of a route that answers 200. */
async function instance(counter: RateCounter | undefined) {
  const app = express();
  const limits = rateLimiters({ perIpPerMinute: 10, perSessionPerMinute: 100, uploadsPerMinute: 100 }, () => 'anonymous', counter);
  app.get('/ping', limits.perIp, (_req, res) => void res.json({ ok: true }));
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ping`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function statuses(urls: string[], requests: number): Promise<number[]> {
  return Promise.all(Array.from({ length: requests }, (_, i) => fetch(urls[i % urls.length]!).then(async (r) => (await r.arrayBuffer(), r.status))));
}

describe('the web chat limits across instances', () => {
  it('two instances on one PostgreSQL desk let one address through the per-IP limit once in total', async () => {
    const pair = await openPostgresPair();
    const [one, two] = await Promise.all([instance(pair.a.rateCounter), instance(pair.b.rateCounter)]);
    try {
      const got = await statuses([one.url, two.url], 30);
      expect(got.filter((s) => s === 200)).toHaveLength(10);
      expect(got.filter((s) => s === 429)).toHaveLength(20);
    } finally {
      await Promise.all([one.close(), two.close()]);
      await pair.close();
    }
  });

  it('in memory (no shared counter) each instance allows the limit: why PostgreSQL desks count in the database', async () => {
    const [one, two] = await Promise.all([instance(undefined), instance(undefined)]);
    try {
      const got = await statuses([one.url, two.url], 30);
      expect(got.filter((s) => s === 200)).toHaveLength(20);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
