/**
 * What every `CallLog` promises (bot/calls/call-log.ts), run against each implementation by
 * test/storage/call-log.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeCall } from '../../../bot/calls/call-analysis';
import type { CallLog, NewCallRecord } from '../../../bot/calls/call-log';
import { callTranscriptSchema } from '../../../bot/calls/call-transcript';
import type { CustomerDirectory } from '../../../tickets/customer-directory';
import type { TicketProbe } from './ticket-probe';

export interface CallLogWorld {
  calls: CallLog;
  customers: CustomerDirectory;
  tickets: TicketProbe;
  close(): Promise<void>;
}

/** A real transcript and its real analysis, as the call intake files them. */
export function callRecord(customerId: number, startedAt: string, says = '空调显示E1，不制冷了', ticket?: { number: string }): NewCallRecord {
  const transcript = callTranscriptSchema.parse({
    callId: 'ignored',
    callerNumber: '13800001111',
    startedAt,
    turns: [
      { speaker: 'agent', text: '您好，请问有什么可以帮您？', line: 1 },
      { speaker: 'customer', text: says, line: 2 },
    ],
  });
  return {
    customerId,
    startedAt: transcript.startedAt,
    callerNumber: '13800001111',
    analysis: analyzeCall(transcript, { today: startedAt.slice(0, 10) }),
    transcript,
    ...(ticket ? { ticketNumber: ticket.number, ticketAction: 'created' as const } : {}),
  };
}

export function describeCallLogContract(implementation: string, open: () => Promise<CallLogWorld>): void {
  describe(`CallLog contract: ${implementation}`, () => {
    let world: CallLogWorld;
    beforeEach(async () => {
      world = await open();
    });
    afterEach(() => world.close());

    it('files a call once: its work runs for a new id only, and the same content again is a duplicate', async () => {
      let runs = 0;
      const file = () =>
        world.calls.fileOnce('C-1', 'hash-1', async () => {
          runs++;
          const customer = await world.customers.resolve({ channel: 'voice', externalId: '13800001111' });
          return callRecord(customer.id, '2026-11-24T02:00:00.000Z', '空调显示E1，不制冷了', await world.tickets.file(customer.id));
        });
      const first = await file();
      const again = await file();
      expect(runs).toBe(1);
      expect(first.duplicate).toBe(false);
      expect(again).toEqual({ record: first.record, duplicate: true });
      expect(first.record).toMatchObject({ callId: 'C-1', contentHash: 'hash-1', ticketAction: 'created', callerNumber: '13800001111', startedAt: '2026-11-24T02:00:00.000Z' });
      expect(first.record.ticketNumber).toMatch(/\S/);
      expect(first.record.analysis.urgency.priority).toMatch(/^P[1-4]$/);
      expect(first.record.transcript.turns).toHaveLength(2);
      expect(await world.calls.get('C-1')).toEqual(first.record);
      expect(await world.calls.get('C-404')).toBeUndefined();
    });

    it('refuses the same call id with other content and changes nothing', async () => {
      const customer = await world.customers.resolve({ channel: 'voice', externalId: '13800001111' });
      await world.calls.fileOnce('C-1', 'hash-1', async () => callRecord(customer.id, '2026-11-24T02:00:00.000Z'));
      let ran = false;
      await expect(
        world.calls.fileOnce('C-1', 'hash-2', async () => {
          ran = true;
          return callRecord(customer.id, '2026-11-24T02:00:00.000Z', '冰箱不制冷');
        }),
      ).rejects.toMatchObject({ code: 'call_conflict' });
      expect(ran).toBe(false);
      expect((await world.calls.get('C-1'))?.contentHash).toBe('hash-1');
    });

    it('rolls back everything the work wrote when filing fails half-way', async () => {
      await expect(
        world.calls.fileOnce('C-9', 'hash', async () => {
          await world.customers.resolve({ channel: 'voice', externalId: 'call:C-9' });
          throw new Error('disk went away');
        }),
      ).rejects.toThrow('disk went away');
      expect(await world.calls.get('C-9')).toBeUndefined();
      // The customer the work created went with it.
      expect((await world.customers.identify({ channel: 'voice', externalId: 'call:C-9' })).firstContact).toBe(true);
    });

    it('lists a customer’s calls newest first and a ticket’s calls oldest first', async () => {
      const customer = await world.customers.resolve({ channel: 'voice', externalId: '13800001111' });
      const other = await world.customers.resolve({ channel: 'voice', externalId: '13900001111' });
      const ticket = await world.tickets.file(customer.id);
      const times = ['2026-11-24T03:00:00.000Z', '2026-11-24T01:00:00.000Z', '2026-11-24T02:00:00.000Z'];
      for (const [i, at] of times.entries()) {
        await world.calls.fileOnce(`C-${i}`, `h-${i}`, async () => callRecord(customer.id, at, '空调不制冷', i < 2 ? ticket : undefined));
      }
      await world.calls.fileOnce('C-other', 'h', async () => callRecord(other.id, '2026-11-24T04:00:00.000Z'));
      expect((await world.calls.forCustomer(customer.id)).map((c) => c.callId)).toEqual(['C-0', 'C-2', 'C-1']);
      expect((await world.calls.forCustomer(customer.id, 1)).map((c) => c.callId)).toEqual(['C-0']);
      expect((await world.calls.forTicket(` ${ticket.number.toLowerCase()} `)).map((c) => c.callId)).toEqual(['C-1', 'C-0']);
      expect(await world.calls.forTicket('T-NONE')).toEqual([]);
    });

    it('follows a customer into the record they are merged into', async () => {
      const voice = await world.customers.resolve({ channel: 'voice', externalId: '13800001111' });
      await world.calls.fileOnce('C-1', 'h', async () => callRecord(voice.id, '2026-11-24T02:00:00.000Z'));
      const wechat = await world.customers.resolve({ channel: 'wechat', externalId: 'wxid_1' });
      await world.customers.attachPhone(wechat.id, '13800001111', 'agent:li', { verified: true });
      await world.customers.attachPhone(voice.id, '13800001111', 'voice', { verified: true });
      expect((await world.calls.forCustomer(wechat.id)).map((c) => c.callId)).toEqual(['C-1']);
      expect((await world.calls.get('C-1'))?.customerId).toBe(wechat.id);
    });
  });
}
