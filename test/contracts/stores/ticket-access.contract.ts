/** The `TicketAccess` contract: grants, link keys and one-time codes, the same on every store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repairTicket } from '../../../testing/desk';
import type { OpenTicketHarness, TicketHarness } from './ticket-harness';

const WEB = { channel: 'web', externalId: 'web-visitor-9' };
const WECHAT = { channel: 'wechat', externalId: 'wx-123' };

export function describeTicketAccessContract(implementation: string, open: OpenTicketHarness): void {
  describe(`TicketAccess contract: ${implementation}`, () => {
    let h: TicketHarness;
    let ticketId: number;
    let otherTicketId: number;
    beforeEach(async () => {
      h = await open();
      const customerId = await h.newCustomer();
      ticketId = (await h.tickets.create(repairTicket(customerId), { actor: 'bot' })).ticket.id;
      otherTicketId = (await h.tickets.create(repairTicket(customerId, { symptom: '洗衣机不排水' }), { actor: 'bot' })).ticket.id;
    });
    afterEach(() => h.close());

    it('grants one ticket to one identity, once, with one audit note', async () => {
      expect(await h.access.isGranted(ticketId, WEB)).toBe(false);
      await h.access.grant(ticketId, WEB, 'code', 'customer:1');
      await h.access.grant(ticketId, WEB, 'link', 'customer:1');
      expect(await h.access.isGranted(ticketId, WEB)).toBe(true);
      expect(await h.access.isGranted(ticketId, WECHAT)).toBe(false);
      expect(await h.access.isGranted(otherTicketId, WEB)).toBe(false);
      const notes = (await h.tickets.events(ticketId)).filter((e) => e.kind === 'note');
      expect(notes).toEqual([expect.objectContaining({ actor: 'customer:1', detail: { access: { channel: 'web', via: 'code' } } })]);
    });

    it('lists the tickets granted to an identity, oldest grant first', async () => {
      await h.access.grant(otherTicketId, WEB, 'agent', 'agent:li');
      h.clock.advance(1000);
      await h.access.grant(ticketId, WEB, 'code', 'customer:1');
      expect(await h.access.grantedTickets(WEB)).toEqual([otherTicketId, ticketId]);
      expect(await h.access.grantedTickets(WECHAT)).toEqual([]);
    });

    it('keeps one live link key per ticket: a new one replaces the old', async () => {
      const first = await h.access.issueLinkKey(ticketId);
      expect(await h.access.linkKeyMatches(ticketId, first)).toBe(true);
      expect(await h.access.linkKeyMatches(otherTicketId, first)).toBe(false);
      const second = await h.access.issueLinkKey(ticketId);
      expect(second).not.toBe(first);
      expect(await h.access.linkKeyMatches(ticketId, first)).toBe(false);
      expect(await h.access.linkKeyMatches(ticketId, second)).toBe(true);
      expect(await h.access.linkKeyMatches(ticketId, '')).toBe(false);
      // Kept hashed: the database holds no key.
      expect(JSON.stringify(await h.rows('SELECT * FROM ticket_links'))).not.toContain(second);
    });

    it('checks a one-time code: wrong, then right once, then none; expired or replaced codes do not work', async () => {
      const now = h.clock.now();
      const in5min = new Date(now.getTime() + 5 * 60_000);
      expect(await h.access.checkCode(ticketId, '123456', now)).toBe('none');
      await h.access.startChallenge(ticketId, '123456', in5min);
      expect(JSON.stringify(await h.rows('SELECT * FROM ticket_challenges'))).not.toContain('123456');
      expect(await h.access.checkCode(ticketId, '000000', now)).toBe('wrong');
      expect(await h.access.checkCode(otherTicketId, '123456', now)).toBe('none');
      expect(await h.access.checkCode(ticketId, '123456', now)).toBe('ok');
      expect(await h.access.checkCode(ticketId, '123456', now)).toBe('none');

      await h.access.startChallenge(ticketId, '111111', in5min);
      await h.access.startChallenge(ticketId, '222222', in5min);
      expect(await h.access.checkCode(ticketId, '111111', now)).toBe('wrong');
      expect(await h.access.checkCode(ticketId, '222222', in5min)).toBe('none'); // expired at its deadline
      expect(await h.access.checkCode(ticketId, '222222', now)).toBe('ok');
    });
  });
}
