/**
 * The `AgentSessions` and `LoginFailures` contracts (agent-desk/agent-sessions.ts), run on every
 * store; and the login limit they carry, held across instances: parallel wrong passwords sent to
 * two instances never get more checks than the limit (agent-desk/desk-login.ts over both).
 */
import { describe, expect, it } from 'vitest';
import type { AgentAccounts } from '../../../agent-desk/agent-accounts';
import type { AgentSessions, LoginFailures } from '../../../agent-desk/agent-sessions';
import { DeskLogin } from '../../../agent-desk/desk-login';
import type { DeskPair } from './desk-pair';

export interface AgentSessionStores {
  accounts: AgentAccounts;
  sessions: AgentSessions;
  failures: LoginFailures;
}

const MIN = 60_000;

export function describeAgentSessionsContract(implementation: string, open: () => Promise<DeskPair<AgentSessionStores>>): void {
  describe(`AgentSessions on ${implementation}`, () => {
    it('keeps a session by token hash until it ends, is touched, purged when idle, or all of an agent end', async () => {
      const { a, clock, close } = await open();
      try {
        const li = await a.accounts.add('li', 'agent', 'h');
        const wang = await a.accounts.add('wang', 'agent', 'h');
        const at = clock.now().toISOString();
        await a.sessions.create('t1', { agentId: li.id, csrfToken: 'c1', createdAt: at, lastSeenAt: at });
        await a.sessions.create('t2', { agentId: li.id, csrfToken: 'c2', createdAt: at, lastSeenAt: at });
        await a.sessions.create('t3', { agentId: wang.id, csrfToken: 'c3', createdAt: at, lastSeenAt: at });
        expect(await a.sessions.find('t1')).toEqual({ agentId: li.id, csrfToken: 'c1', createdAt: at, lastSeenAt: at });
        expect(await a.sessions.find('nope')).toBeUndefined();

        const later = new Date(clock.now().getTime() + 30 * MIN);
        await a.sessions.touch('t3', later);
        expect((await a.sessions.find('t3'))?.lastSeenAt).toBe(later.toISOString());
        // Idle since before 10 minutes in: t1 and t2 go, t3 (touched at 30) stays.
        expect(await a.sessions.purge(new Date(clock.now().getTime() + 10 * MIN))).toBe(2);
        expect(await a.sessions.find('t1')).toBeUndefined();

        await a.sessions.create('t4', { agentId: wang.id, csrfToken: 'c4', createdAt: at, lastSeenAt: at });
        expect(await a.sessions.endAllFor(wang.id)).toBe(2);
        await a.sessions.create('t5', { agentId: li.id, csrfToken: 'c5', createdAt: at, lastSeenAt: at });
        await a.sessions.end('t5');
        expect(await a.sessions.find('t5')).toBeUndefined();
      } finally {
        await close();
      }
    });

    it('a session made on one instance is found, touched and ended on the other', async () => {
      const { a, b, clock, close } = await open();
      try {
        const li = await a.accounts.add('li', 'agent', 'h');
        const at = clock.now().toISOString();
        await a.sessions.create('t1', { agentId: li.id, csrfToken: 'c1', createdAt: at, lastSeenAt: at });
        expect(await b.sessions.find('t1')).toMatchObject({ agentId: li.id, csrfToken: 'c1' });
        await b.sessions.end('t1');
        expect(await a.sessions.find('t1')).toBeUndefined();
      } finally {
        await close();
      }
    });
  });

  describe(`LoginFailures on ${implementation}`, () => {
    it('counts failures per key inside the window, knows the oldest, clears and purges', async () => {
      const { a, clock, close } = await open();
      try {
        const t0 = clock.now().getTime();
        const at = (min: number) => new Date(t0 + min * MIN);
        const record = (key: string, when: Date) => a.failures.admit(key, new Date(0), 100, when);
        await record('ip:1', at(0));
        await record('ip:1', at(5));
        await record('ip:2', at(6));
        expect(await a.failures.count('ip:1', at(0))).toBe(2);
        expect(await a.failures.count('ip:1', at(1))).toBe(1);
        expect(await a.failures.oldest('ip:1', at(1))).toEqual(at(5));
        expect(await a.failures.oldest('ip:1', at(10))).toBeUndefined();
        expect(await a.failures.purge(at(5))).toBe(1);
        await a.failures.clear('ip:1');
        expect(await a.failures.count('ip:1', at(0))).toBe(0);
        expect(await a.failures.count('ip:2', at(0))).toBe(1);
      } finally {
        await close();
      }
    });

    it('admits attempts up to the limit inside the window, then refuses until the window moves on', async () => {
      const { a, clock, close } = await open();
      try {
        const t0 = clock.now().getTime();
        const since = new Date(t0 - 15 * MIN);
        const results = [];
        for (let i = 0; i < 4; i++) results.push(await a.failures.admit('ip:9', since, 3, new Date(t0 + i)));
        expect(results).toEqual([true, true, true, false]);
        expect(await a.failures.count('ip:9', since)).toBe(3);
        // Fifteen minutes on, the first three are outside the window.
        expect(await a.failures.admit('ip:9', new Date(t0 + 1), 3, new Date(t0 + 15 * MIN))).toBe(true);
        expect(await a.failures.admit('ip:other', since, 3, new Date(t0))).toBe(true);
      } finally {
        await close();
      }
    });

    it('two instances × parallel bad logins never get more password checks than the limit', async () => {
      const { a, b, clock, close } = await open();
      try {
        // A small limit: each admitted attempt costs a real scrypt check (about 0.2 s of one core).
        const settings = { sessionIdleMs: 60 * MIN, loginMaxFailures: 3, loginWindowMs: 15 * MIN };
        const logins = [a, b].map((s) => new DeskLogin({ accounts: s.accounts, sessions: s.sessions, failures: s.failures, clock, settings }));
        const attempts = Array.from({ length: 16 }, (_, i) => logins[i % 2]!.login('nobody', `guess-${i}`, '203.0.113.7'));
        const results = await Promise.all(attempts);
        expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(3);
        expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(13);
        expect(await b.failures.count('ip:203.0.113.7', new Date(clock.now().getTime() - 15 * MIN))).toBe(3);
      } finally {
        await close();
      }
    });
  });
}
