/**
 * The RateCounter contract in memory and on PostgreSQL, and the web chat's limiters over it: two
 * express apps (two instances) on one PostgreSQL desk, asked over HTTP by one address, let the
 * per-IP limit through once in total, not once per instance.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
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
