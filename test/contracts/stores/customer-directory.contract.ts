/**
 * What every `CustomerDirectory` promises (tickets/customer-directory.ts), run against each
 * implementation by test/storage/customer-directory.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerDirectory } from '../../../tickets/customer-directory';
import type { TicketProbe } from './ticket-probe';

export interface CustomerDirectoryWorld {
  customers: CustomerDirectory;
  /** One unit of work on the directory's database (a turn's, which `identify` joins). */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  tickets: TicketProbe;
  close(): Promise<void>;
}

export function describeCustomerDirectoryContract(implementation: string, open: () => Promise<CustomerDirectoryWorld>): void {
  describe(`CustomerDirectory contract: ${implementation}`, () => {
    let world: CustomerDirectoryWorld;
    let customers: CustomerDirectory;
    beforeEach(async () => {
      world = await open();
      customers = world.customers;
    });
    afterEach(() => world.close());

    it('gives one identity one customer, created on first contact', async () => {
      const a = await customers.resolve({ channel: 'wechat', externalId: 'wxid_abc' }, { displayName: '张女士' });
      const b = await customers.resolve({ channel: 'wechat', externalId: 'wxid_abc' });
      const other = await customers.resolve({ channel: 'web', externalId: 'session-1' });
      expect(b).toEqual(a);
      expect(a.displayName).toBe('张女士');
      expect(other.id).not.toBe(a.id);
      expect(await customers.get(a.id)).toEqual(a);
      expect(await customers.identities(a.id)).toEqual([{ channel: 'wechat', externalId: 'wxid_abc' }]);
    });

    it('says whether a contact created the customer, so a first turn skips reading what they cannot have', async () => {
      const first = await customers.identify({ channel: 'wechat', externalId: 'wxid_new' }, { displayName: '王先生' });
      const again = await customers.identify({ channel: 'wechat', externalId: 'wxid_new' });
      expect(first).toMatchObject({ firstContact: true, customer: { displayName: '王先生' } });
      expect(again).toEqual({ firstContact: false, customer: first.customer });
      // Inside a caller's transaction (a turn's unit of work) it is the same.
      const inUnit = await world.transaction(() => customers.identify({ channel: 'web', externalId: 'session-new' }));
      expect(inUnit.firstContact).toBe(true);
      expect((await world.transaction(() => customers.identify({ channel: 'web', externalId: 'session-new' }))).firstContact).toBe(false);
    });

    it('forgets a customer created in a unit of work that failed', async () => {
      await expect(
        world.transaction(async () => {
          await customers.identify({ channel: 'web', externalId: 'session-lost' });
          throw new Error('turn crashed');
        }),
      ).rejects.toThrow('turn crashed');
      expect((await customers.identify({ channel: 'web', externalId: 'session-lost' })).firstContact).toBe(true);
    });

    it('merges a web visitor into the WeChat customer whose phone is proven, tickets included', async () => {
      const wechat = await customers.resolve({ channel: 'wechat', externalId: 'wxid_abc' });
      await customers.attachPhone(wechat.id, '13800138000', 'agent:li', { verified: true });
      const web = await customers.resolve({ channel: 'web', externalId: 'session-9' });
      const ticket = await world.tickets.file(web.id);

      // Typed into a chat, the number is only a claim: the records stay apart.
      expect((await customers.attachPhone(web.id, '13800138000', 'bot')).id).toBe(web.id);
      expect(await world.tickets.ownerOf(ticket.id)).toBe(web.id);

      const merged = await customers.attachPhone(web.id, '+86 138-0013-8000', 'agent:li', { verified: true });
      expect(merged.id).toBe(wechat.id);
      expect(await customers.resolve({ channel: 'web', externalId: 'session-9' })).toMatchObject({ id: wechat.id, phone: '13800138000' });
      expect(await customers.get(web.id)).toMatchObject({ id: wechat.id });
      expect((await customers.identities(wechat.id)).map((i) => i.channel).sort()).toEqual(['web', 'wechat']);
      expect(await world.tickets.ownerOf(ticket.id)).toBe(wechat.id);
      expect(await world.tickets.lastEvent(ticket.id)).toMatchObject({ kind: 'updated', detail: { reason: 'customer records merged' } });
      expect((await customers.findByPhone('13800138000'))?.id).toBe(wechat.id);
    });

    it('lets a caller-ID call take back a number someone else only typed, without merging their records', async () => {
      // Someone types another person's number into a web chat before that person ever calls.
      const claimant = await customers.resolve({ channel: 'web', externalId: 'session-x' });
      await customers.attachPhone(claimant.id, '13900139000', 'bot');
      expect((await customers.findByPhone('13900139000'))?.id).toBe(claimant.id);
      const filedUnderNumber = await world.tickets.file(claimant.id, '13900139000');
      const claimantsOwn = await world.tickets.file(claimant.id);

      // The owner calls; caller ID proves the number. Their call record must not fold into the claimant's.
      const caller = await customers.resolve({ channel: 'voice', externalId: 'call-1' });
      const callersTicket = await world.tickets.file(caller.id);
      const owner = await customers.attachPhone(caller.id, '13900139000', 'voice', { verified: true });
      expect(owner).toMatchObject({ id: caller.id, phone: '13900139000' });
      expect((await customers.findByPhone('13900139000'))?.id).toBe(caller.id);
      expect((await customers.get(claimant.id)).phone).toBeUndefined();
      expect(await world.tickets.ownerOf(callersTicket.id)).toBe(caller.id);
      // The ticket filed under the number goes with it; the claimant keeps their own.
      expect(await world.tickets.ownerOf(filedUnderNumber.id)).toBe(caller.id);
      expect(await world.tickets.lastEvent(filedUnderNumber.id)).toMatchObject({ kind: 'updated', detail: { reason: 'phone number proven by its owner' } });
      expect(await world.tickets.ownerOf(claimantsOwn.id)).toBe(claimant.id);
      expect((await customers.identities(claimant.id)).map((i) => i.channel)).toEqual(['web']);

      // From now on the proven number merges: the owner's WeChat, once proven, joins the caller's record.
      const wechat = await customers.resolve({ channel: 'wechat', externalId: 'wxid_owner' });
      expect((await customers.attachPhone(wechat.id, '13900139000', 'agent:li', { verified: true })).id).toBe(caller.id);
      // And typing it again changes nothing for the claimant.
      expect((await customers.attachPhone(claimant.id, '13900139000', 'bot')).id).toBe(claimant.id);
    });

    it('links an identity by hand, merging its record when it had one, and refuses malformed input', async () => {
      const c = await customers.resolve({ channel: 'voice', externalId: '13800138000' });
      await customers.link(c.id, { channel: 'wechat_oa', externalId: 'openid-1' }, 'agent:li');
      await customers.link(c.id, { channel: 'wechat_oa', externalId: 'openid-1' }, 'agent:li'); // twice changes nothing
      expect(await customers.resolve({ channel: 'wechat_oa', externalId: 'openid-1' })).toMatchObject({ id: c.id });
      const elsewhere = await customers.resolve({ channel: 'web', externalId: 'session-5' });
      await customers.link(c.id, { channel: 'web', externalId: 'session-5' }, 'agent:li');
      expect(await customers.get(elsewhere.id)).toMatchObject({ id: c.id });
      expect((await customers.identities(c.id)).map((i) => i.channel).sort()).toEqual(['voice', 'web', 'wechat_oa']);
      await expect(customers.attachPhone(c.id, '12345', 'bot')).rejects.toMatchObject({ code: 'invalid_phone' });
      await expect(customers.resolve({ channel: '', externalId: 'x' })).rejects.toMatchObject({ kind: 'validation' });
      await expect(customers.get(999_999)).rejects.toMatchObject({ code: 'customer_not_found' });
      expect(await customers.findByPhone('not a phone')).toBeUndefined();
    });
  });
}
