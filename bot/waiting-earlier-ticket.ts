/**
 * An earlier ticket's number given while a person is awaited ("the original one was AS-…"): looked
 * up with the same identity check as the status flow (a code texted to the phone on that ticket,
 * read back here), never answered with a bare "noted". A number that does not check out, or is not
 * in our format at all, is said so plainly. Whatever the outcome, the number goes on the handoff
 * ticket, so the person sees which earlier case the customer means.
 */
import { notOurNumber, orThePhone } from './engine/not-our-number';
import { STATUS_WORDS } from './engine/flows/status-flow-words';
import { findTicketNumber } from '../tickets/ticket-number';
import { foreignReference } from './understanding/foreign-reference';
import type { TicketStatusResult } from './tools/ticket-status';
import type { WaitingTurn } from './waiting-turn';

/** How the code request names the ticket, so the code read back next turn is matched to it. */
function lead(number: string, turn: WaitingTurn): string {
  return turn.lang === 'zh' ? `查询工单 ${number}：` : `Looking up ticket ${number}: `;
}

/** A 6-digit code read back after we texted one for an earlier ticket: the ticket and the code. */
export function codeReadBack(turn: WaitingTurn): { ticketNumber: string; code: string } | undefined {
  const last = turn.lastReply ?? '';
  if (!last.includes(STATUS_WORDS.codeSent[turn.lang]) && !last.includes(STATUS_WORDS.codeAgain[turn.lang])) return undefined;
  const number = findTicketNumber(last)?.number;
  const code = /(?<!\d)(\d{3})\s?(\d{3})(?!\d)/.exec(turn.text);
  return number && code ? { ticketNumber: number, code: code[1]! + code[2]! } : undefined;
}

/** What to say when the lookup found nothing to show (yet), or the number is not ours; undefined when there is nothing of the kind. */
export async function earlierTicketAnswer(turn: WaitingTurn, asked: string | undefined, result: TicketStatusResult | undefined): Promise<string | undefined> {
  if (!asked || !result) {
    const foreign = foreignReference(turn.text);
    if (!foreign) return undefined;
    await note(turn, `Customer gives a number that is not in our ticket format: ${foreign}`);
    return [notOurNumber(foreign, turn.lang), orThePhone(turn.lang, true)].join(turn.lang === 'zh' ? '' : ' ');
  }
  if (result.found) return undefined;
  const gap = turn.lang === 'zh' ? '' : ' ';
  if (result.mistyped || result.unknown) return STATUS_WORDS.notFound[turn.lang];
  if (result.locked) return STATUS_WORDS.locked[turn.lang];
  if (result.wrongCode) return `${lead(asked, turn)}${STATUS_WORDS.wrongCode[turn.lang]}${gap}${STATUS_WORDS.codeAgain[turn.lang]}`;
  if (result.codeSent) {
    await note(turn, `Customer refers to an earlier ticket: ${asked}`);
    return `${lead(asked, turn)}${STATUS_WORDS.codeSent[turn.lang]}${gap}${orThePhone(turn.lang, true)}`;
  }
  return undefined;
}

async function note(turn: WaitingTurn, text: string): Promise<void> {
  if (turn.ticket) await turn.tools.call('updateTicket', { ticketNumber: turn.ticket.number, note: text });
}
