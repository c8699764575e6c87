/**
 * A number given as a ticket or case number that is not in our format ("SX2026112803", "WX-88120045",
 * a long run of digits after 工单号/单号): from a shop, a courier or another brand's desk. Our own
 * numbers (AS-…) are read by tickets/ticket-number.ts and never returned here; nor are mobile
 * numbers or numbers called order numbers (订单号, order no.), which are the customer's purchase.
 */
import { findTicketNumber } from '../../tickets/ticket-number';
import { findPhoneNumbers } from '../text/phone-numbers';

/** Letters then digits (8 or more), or 10+ digits alone: the shapes reference numbers come in. */
const REFERENCE = /(?<![A-Za-z0-9-])([A-Za-z]{1,4}[-_]?\d{8,20}(?:-\d{2,6})?|\d{10,20})(?![A-Za-z0-9])/g;

/** Said as a ticket, a case, a repair or a service number (not an order). */
const CALLED_A_TICKET =
  /工单|单号|编号|报修号|服务单|维修单|受理号|投诉单?号?|原来的|之前的|上次的|\b(?:ticket|case|job|reference|ref|repair|service|booking|work order|claim|complaint|request)\b|\bthe (?:original|old|earlier|previous|first) one\b/i;
const CALLED_AN_ORDER = /订单|快递|运单|物流|\b(?:order|tracking|invoice)\b/i;

/**
 * A number in groups ("SR-2026-55102", "job HKR-4471-20", "ref 2026/88310"), named as a reference
 * right before it: groups like these are also how model numbers look ("XQG100-1408"), so only the
 * word in front (ref no., job, case, 工单号) makes it a reference.
 */
const GROUPED =
  /(?:\b(?:ref(?:erence)?|job|case|ticket|claim|booking|work order|service request|repair|complaint|request)\s*(?:no\.?|number|num|#|id)?|工单号?|单号|编号|报修号|服务单号?|维修单号?|受理号|投诉(?:单号?|号|的那[个单次]?)?)\s*(?:是|为|\bis\b)?\s*[:：#.]?\s*((?:[A-Za-z]{1,5}[-_/ ]?)?\d{2,}(?:[-_/]\d{2,}){1,3}(?:-[A-Za-z0-9]{1,3})?|[A-Za-z]{1,5}-\d{4,7}(?:-[A-Za-z0-9]{1,3})?)(?![A-Za-z0-9])/i;

export function foreignReference(text: string): string | undefined {
  if (findTicketNumber(text) || !CALLED_A_TICKET.test(text) || CALLED_AN_ORDER.test(text)) return undefined;
  const grouped = GROUPED.exec(text)?.[1];
  if (grouped && (grouped.match(/\d/g) ?? []).length >= 5 && !findPhoneNumbers(grouped).length) return grouped;
  const phones = findPhoneNumbers(text);
  for (const m of text.matchAll(REFERENCE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // (A phone number written as one run of digits is a phone, not a reference.)
    if (phones.some((p) => p.index < end && start < p.index + p.raw.length)) continue;
    return m[1]!;
  }
  return undefined;
}
