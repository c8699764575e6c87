/**
 * The `AgentAccounts` contract (agent-desk/agent-accounts.ts), run on every store: names unique
 * without case, disabled once, and two instances adding one name at once make one account.
 */
import { describe, expect, it } from 'vitest';
import type { AgentAccounts } from '../../../agent-desk/agent-accounts';
import type { DeskPair } from './desk-pair';

export function describeAgentAccountsContract(implementation: string, open: () => Promise<DeskPair<AgentAccounts>>): void {
  describe(`AgentAccounts on ${implementation}`, () => {
    it('adds, lists in order, finds by id and by name without case, with the hash only for logging in', async () => {
      const { a: accounts, clock, close } = await open();
      try {
        const li = await accounts.add(' Li.Na ', 'manager', 'hash-1');
        expect(li).toEqual({ id: li.id, name: 'Li.Na', role: 'manager', createdAt: clock.now().toISOString() });
        expect(li).not.toHaveProperty('passwordHash');
        const zhou = await accounts.add('周杰', 'agent', 'hash-2');
        expect((await accounts.list()).map((a) => a.name)).toEqual(['Li.Na', '周杰']);
        expect(await accounts.get(zhou.id)).toEqual(zhou);
        expect(await accounts.get(zhou.id + 100)).toBeUndefined();
        expect(await accounts.withPassword('li.na')).toEqual({ ...li, passwordHash: 'hash-1' });
        expect(await accounts.withPassword(' LI.NA ')).toMatchObject({ id: li.id });
        expect(await accounts.withPassword('nobody')).toBeUndefined();
      } finally {
        await close();
      }
    });

    it('refuses a taken name whatever its case, and a malformed one', async () => {
      const { a: accounts, close } = await open();
      try {
        await accounts.add('wang', 'agent', 'h');
        await expect(accounts.add('WANG', 'manager', 'h')).rejects.toMatchObject({ code: 'agent_exists', kind: 'conflict' });
        await expect(accounts.add('bad name!', 'agent', 'h')).rejects.toMatchObject({ code: 'invalid_agent_name' });
        await expect(accounts.add('x', 'agent', 'h')).rejects.toMatchObject({ code: 'invalid_agent_name' });
        expect(await accounts.list()).toHaveLength(1);
      } finally {
        await close();
      }
    });

    it('disables once: the first time stays, and an unknown name is not found', async () => {
      const { a: accounts, clock, close } = await open();
      try {
        await accounts.add('zhao', 'agent', 'h');
        const first = clock.now().toISOString();
        expect(await accounts.disable('ZHAO')).toMatchObject({ name: 'zhao', disabledAt: first });
        clock.advance(60_000);
        expect((await accounts.disable('zhao')).disabledAt).toBe(first);
        expect((await accounts.withPassword('zhao'))?.disabledAt).toBe(first);
        await expect(accounts.disable('nobody')).rejects.toMatchObject({ code: 'agent_not_found', kind: 'not_found' });
      } finally {
        await close();
      }
    });

    it('two instances adding the same name at once make one account; the others are told it exists', async () => {
      const { a, b, close } = await open();
      try {
        const tries = await Promise.allSettled([a, b, a, b, a, b].map((accounts, i) => accounts.add(i % 2 ? 'Chen' : 'chen', 'agent', `h${i}`)));
        expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(1);
        for (const t of tries) if (t.status === 'rejected') expect(t.reason).toMatchObject({ code: 'agent_exists' });
        expect(await b.list()).toHaveLength(1);
      } finally {
        await close();
      }
    });
  });
}
