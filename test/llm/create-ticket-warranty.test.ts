/**
 * createTicket decides the ticket's warranty status itself, by the real 三包 rules, from the
 * receipt read in the conversation or the stated purchase date, whatever its caller says. Real
 * tools over a real SQLite desk (the LLM test world, its clock at 2026-11-24).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTicketArgs } from '../../bot/tools/create-ticket';
import type { ReceiptScan } from '../../warranty/warranty-check';
import { openLlmWorld, type LlmWorld } from './world';

let world: LlmWorld;
beforeAll(async () => {
  world = await openLlmWorld();
});
afterAll(() => world.close());

let n = 0;
async function file(args: Record<string, unknown>, receipt?: ReceiptScan) {
  const { box, customerId } = await world.turn({ text: '帮我报修', customerRef: `warranty-${++n}`, receipt });
  const outcome = await box.call('createTicket', { type: 'repair_request', symptom: '空调不制冷', category: 'air_conditioner', ...args });
  expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
  const [ticket] = await world.desk.tickets.list({ customerId });
  return ticket!;
}

const receipt = (date: string): ReceiptScan => ({
  ok: true,
  fields: { purchaseDate: { value: date, confidence: 0.95 } },
  evidence: { purchaseDate: date, confidence: 0.95, ambiguous: false, conflicting: [] },
});

describe('createTicket works out the warranty status itself', () => {
  it('has no warranty status (and no priority) among its arguments', () => {
    const parsed = createTicketArgs.parse({ type: 'repair_request', symptom: '空调不制冷', warrantyStatus: 'in_warranty', priority: 'P1' });
    expect(parsed).not.toHaveProperty('warrantyStatus');
    expect(parsed).not.toHaveProperty('priority');
  });

  it('a caller that says "in warranty" for a product bought in 2020 gets expired', async () => {
    expect(await file({ purchaseDate: '2020-01-15', warrantyStatus: 'in_warranty', priority: 'P1' })).toMatchObject({ warrantyStatus: 'expired', priority: 'P3' });
  });

  it('a stated date inside the cover is in warranty but unverified until proof is seen', async () => {
    expect(await file({ purchaseDate: '2026-06-01', warrantyStatus: 'expired' })).toMatchObject({ warrantyStatus: 'unverified' });
  });

  it('a receipt read in the conversation verifies it; a caller cannot say otherwise', async () => {
    expect(await file({ warrantyStatus: 'expired' }, receipt('2026-06-01'))).toMatchObject({ warrantyStatus: 'in_warranty' });
  });

  it('no date, or a month the cover ends inside, is unknown', async () => {
    expect(await file({ warrantyStatus: 'in_warranty' })).toMatchObject({ warrantyStatus: 'unknown' });
    expect(await file({ purchaseDate: '2025-11', warrantyStatus: 'in_warranty' })).toMatchObject({ warrantyStatus: 'unknown' });
  });
});
