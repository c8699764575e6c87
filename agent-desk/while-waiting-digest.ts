/**
 * What the customer added while waiting for a person, as the agent who picks the conversation up
 * reads it at a glance (issue 17): one line per message sent while waiting, marked by what it was —
 * the danger again, a question the bot answered, a question left for the agent, new details, a
 * demand for a manager, or something said. Questions left for the agent come first: they are what
 * the customer is waiting for. Read from the stored messages and the kind the bot recorded for its
 * reply (`meta.whileWaiting`, bot/while-waiting.ts), so nothing here depends on wording.
 */
import type { StoredMessage } from '../bot/conversation';

export type WaitingNoteKind = 'open_question' | 'danger' | 'senior' | 'details' | 'answered' | 'said';

export interface WaitingNote {
  at: string;
  kind: WaitingNoteKind;
  /** The customer's words, masked as the rest of the view, clipped to one line. */
  text: string;
}

/** The kind a waiting reply recorded, as the agent needs it. */
const KINDS: Record<string, WaitingNoteKind> = {
  unanswered: 'open_question',
  danger: 'danger',
  escalated: 'senior',
  phone: 'details',
  answer: 'answered',
  status: 'answered',
  wait: 'answered',
  relayed: 'said',
};

/** Most pressing first; within a kind, oldest first. */
const ORDER: WaitingNoteKind[] = ['danger', 'open_question', 'senior', 'details', 'answered', 'said'];

const LONGEST = 160;

export function whileWaitingDigest(messages: StoredMessage[], shown: (text: string) => string): WaitingNote[] {
  const notes: WaitingNote[] = [];
  for (let i = 1; i < messages.length; i++) {
    const reply = messages[i]!;
    const said = messages[i - 1]!;
    const kind = reply.direction === 'out' && typeof reply.meta.whileWaiting === 'string' ? KINDS[reply.meta.whileWaiting] : undefined;
    if (!kind || said.direction !== 'in' || !said.text.trim()) continue;
    const text = shown(said.text).replace(/\s+/g, ' ').trim();
    notes.push({ at: said.at, kind, text: text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text });
  }
  return notes.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.at.localeCompare(b.at));
}
