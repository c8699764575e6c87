/** Ticket numbers of our desk (tickets/ticket-number.ts) and customers' order numbers (after 订单号/order). */
import { findTicketNumber } from '../../../tickets/ticket-number';

const ORDER = /(?:订单号?|单号|order(?:\s*(?:number|no\.?|#|id))?)\s*(?:[:：#是为]|is)?\s*([A-Za-z]{0,4}\d[\d\-]{5,30})(?![A-Za-z0-9])/i;

/**
 * A ticket number in the form it is stored (AS-20261124-7KQ4-M9XD, or an old AS-20261124-0001),
 * however the customer wrote it (lower case, spaces or no dashes, O for 0). A number with a
 * mistyped character is still returned: the status lookup says it does not check out instead of
 * the bot not noticing a number at all.
 */
export function extractTicketNumber(text: string): string | undefined {
  return findTicketNumber(text)?.number;
}

/**
 * The text with its ticket number blanked out (same length, so positions hold). The random part
 * of a number is letters and digits, and other readers must not find an "AC", an "E1" or a model
 * number inside it.
 */
export function withoutTicketNumber(text: string): string {
  const found = findTicketNumber(text);
  if (!found) return text;
  return text.slice(0, found.index) + ' '.repeat(found.written.length) + text.slice(found.index + found.written.length);
}

export function extractOrderNumber(text: string): string | undefined {
  const m = ORDER.exec(text);
  if (!m) return undefined;
  // "工单号AS-20261124-7KQ4-M9XD": the number after 单号 is our ticket, not an order.
  const ticket = findTicketNumber(text);
  if (ticket && ticket.index < m.index + m[0].length && m.index < ticket.index + ticket.written.length) return undefined;
  return m[1]!.replace(/-+$/, '');
}
