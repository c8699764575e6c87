/** Ticket numbers of our desk (AS-20261124-0001) and customers' order numbers (after 订单号/order). */
const TICKET = /(?<![A-Za-z0-9])AS-\d{8}-\d{4,}(?![0-9])/i;
const ORDER = /(?:订单号?|单号|order(?:\s*(?:number|no\.?|#|id))?)\s*(?:[:：#是为]|is)?\s*([A-Za-z]{0,4}\d[\d\-]{5,30})(?![A-Za-z0-9])/i;

export function extractTicketNumber(text: string): string | undefined {
  return TICKET.exec(text)?.[0].toUpperCase();
}

export function extractOrderNumber(text: string): string | undefined {
  const m = ORDER.exec(text);
  if (!m || TICKET.test(m[1]!)) return undefined;
  return m[1]!.replace(/-+$/, '');
}
