/**
 * Details a return or exchange request is filed with, beyond what the 三包 rules ask (the day and
 * where it was bought): a phone, an address, the model, an order number. A customer who has said
 * what they want ("我要换货", "I just want a refund") and sends these is filling in the request:
 * testers saw "shall I register a return or exchange request?" again, or a numbered menu, after an
 * order number, a model and a phone. (A date or where it was bought changes which rule applies, so
 * it is weighed by the rules instead.)
 */
import type { Command } from './commands';
import type { Slots } from '../understanding/types';

const REQUEST_DETAIL_SLOTS = new Set<string>(['phone', 'address', 'model']);

export function givesRequestDetails(commands: readonly Command[], slots: Pick<Slots, 'orderNumber'>): boolean {
  return Boolean(slots.orderNumber) || commands.some((c) => (c.kind === 'set' || c.kind === 'correct') && c.value && REQUEST_DETAIL_SLOTS.has(c.slot));
}

/** The same read from a message's slots, for a flow that sees the turn rather than its commands. */
export function slotsHoldRequestDetails(slots: Pick<Slots, 'orderNumber' | 'phone' | 'address' | 'model'>): boolean {
  return Boolean(slots.orderNumber || slots.phone || slots.address || slots.model);
}
