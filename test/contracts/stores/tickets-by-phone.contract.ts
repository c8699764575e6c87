/**
 * `TicketStore.openByPhone`: the open tickets left with one contact phone, newest first, for a
 * customer who lost the ticket's number (the code sent to that phone proves it is theirs).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repairTicket } from '../../../testing/desk';
import type { OpenTicketHarness, TicketHarness } from './ticket-harness';

const PHONE = '13922222222';

export function describeTicketsByPhoneContract(implementation: string, open: OpenTicketHarness): void {
  describe(`TicketStore.openByPhone contract: ${implementation}`, () => {
    let h: TicketHarness;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(() => h.close());

    it('finds the open tickets of that phone only, across customers, newest first, up to the limit', async () => {
      const wechat = await h.newCustomer();
      const web = await h.newCustomer();
      const file = async (customerId: number, overrides: Parameters<typeof repairTicket>[1]) => {
        const { ticket } = await h.tickets.create(repairTicket(customerId, overrides), { actor: 'bot' });
        h.clock.advance(60_000);
        return ticket;
      };
      const tv = await file(wechat, { category: 'tv', symptom: '电视没有图像', contactPhone: PHONE });
      const other = await file(web, { symptom: '冰箱不制冷', contactPhone: '13800000000' });
      const none = await file(web, { symptom: '洗衣机不排水' });
      const done = await file(web, { symptom: '热水器不点火', contactPhone: PHONE });
      await h.tickets.changeStatus(done.id, 'open', 'agent:li');
      await h.tickets.changeStatus(done.id, 'resolved', 'agent:li');
      const washer = await file(web, { category: 'washing_machine', symptom: '洗衣机漏水', contactPhone: PHONE });
      const waiting = await file(wechat, { symptom: '油烟机异响', contactPhone: PHONE });
      await h.tickets.changeStatus(waiting.id, 'open', 'agent:li');
      await h.tickets.changeStatus(waiting.id, 'waiting_customer', 'agent:li');

      const found = await h.tickets.openByPhone(PHONE, 10);
      expect(found.map((t) => t.number)).toEqual([waiting.number, washer.number, tv.number]);
      expect(found.map((t) => t.status)).toEqual(['waiting_customer', 'new', 'new']);
      expect((await h.tickets.openByPhone(PHONE, 2)).map((t) => t.id)).toEqual([waiting.id, washer.id]);
      expect((await h.tickets.openByPhone('13800000000', 10)).map((t) => t.id)).toEqual([other.id]);
      expect(await h.tickets.openByPhone('13700000000', 10)).toEqual([]);
      // Nothing matches a part of a number, and a ticket without a phone is never found.
      expect(await h.tickets.openByPhone('1392222222', 10)).toEqual([]);
      expect(await h.tickets.openByPhone('', 10)).toEqual([]);
      expect(none.contactPhone).toBeUndefined();
    });

    it('has an index for it, so the lookup does not read every ticket', async () => {
      // Each database lists its indexes its own way.
      const names = await h.rows<{ name: string }>(
        implementation === 'PostgreSQL'
          ? "SELECT indexname AS name FROM pg_indexes WHERE indexname = 'tickets_contact_phone'"
          : "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'tickets_contact_phone'",
      );
      expect(names.map((r) => r.name)).toEqual(['tickets_contact_phone']);
    });
  });
}
