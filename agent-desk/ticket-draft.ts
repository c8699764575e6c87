/**
 * The ticket form an agent opens from a conversation, filled in from what the customer said in it:
 * every customer message read by the bot's own understanding (the same lexicons, the one
 * personal-data detector and address reader, the visit-time reader), the latest value of each
 * fact winning, as a later message corrects an earlier one. The agent checks and files it.
 */
import type { StoredMessage } from '../bot/conversation';
import type { Priority } from '../tickets/ticket';
import type { TurnUnderstanding } from '../bot/brain';
import { findVisitTime } from '../bot/understanding/visit-time';

export interface TicketDraft {
  category?: string;
  brand?: string;
  model?: string;
  errorCode?: string;
  symptom: string;
  phone?: string;
  address?: string;
  preferredTime?: string;
  priority: Priority;
}

export interface DraftReader {
  normalise(text: string): string;
  understand(text: string, context: { today: Date; priorContacts: number }): TurnUnderstanding;
}

/** Facts read from the customer's messages; `summary` is the handoff's (masked) summary, if any, for the fault. */
export function ticketDraft(messages: StoredMessage[], read: DraftReader, context: { today: Date; priority?: Priority; summary?: string; phoneOnRecord?: string }): TicketDraft {
  const draft: Omit<TicketDraft, 'symptom' | 'priority'> = {};
  const faults: string[] = [];
  for (const m of messages.filter((x) => x.direction === 'in' && x.text.trim())) {
    const text = read.normalise(m.text);
    const u = read.understand(text, { today: context.today, priorContacts: 0 });
    const s = u.slots;
    for (const key of ['category', 'brand', 'model', 'errorCode', 'phone', 'address'] as const) if (s[key]) draft[key] = s[key];
    const time = findVisitTime(text);
    if (time) draft.preferredTime = time;
    // The fault is in the messages that named a product or a problem, not in "转人工" or a phone number alone.
    if (s.category || s.errorCode || u.intent === 'fault_report' || u.intent === 'repair_request') faults.push(text);
  }
  const told = faults.join(' ').slice(0, 1000);
  // The handoff's summary is already masked; a fault told in the customer's own words is better when there is one.
  const symptom = told || (context.summary && !/\[[A-Z]+_\d+\]/.test(context.summary) ? context.summary : '');
  return { ...draft, phone: draft.phone ?? context.phoneOnRecord, symptom, priority: context.priority ?? 'P3' };
}
