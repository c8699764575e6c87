/**
 * What one scripted customer got from the web chat, turn by turn, as the HTTP answers said it:
 * the reply texts, the conversation mode after the turn and the ticket the turn touched. The
 * checker and the failure detectors read only this, so a synthetic run (the trivial baseline)
 * and a replayed one are judged by the same code.
 */
export interface TicketSeen {
  number: string;
  priority?: string;
}

export interface ReplayedTurn {
  /** What the customer sent (an `[image:NAME]` turn as written). */
  customer: string;
  /** HTTP status of the answer (0: the request never got one). */
  status: number;
  replies: string[];
  /** `mode` of the answer; anything but `bot` means a person has (or is asked to take) the chat. */
  mode?: string;
  ticket?: TicketSeen;
  /** Wall time of the request, as the customer waited for it. */
  ms: number;
}

export interface CustomerRun {
  turns: ReplayedTurn[];
  /** Transport failures (no session, HTTP 5xx): they fail the customer, as in replay-customers.mjs. */
  errors: string[];
}

export const allReplies = (run: CustomerRun): string[] => run.turns.flatMap((t) => t.replies);

/** Tickets in the order first seen, each once. */
export function ticketsOf(run: CustomerRun): TicketSeen[] {
  const seen: TicketSeen[] = [];
  for (const t of run.turns) if (t.ticket?.number && !seen.some((s) => s.number === t.ticket!.number)) seen.push(t.ticket);
  return seen;
}

/** Handed off when the last answer that carried a mode said anything but `bot`. */
export function handedOff(run: CustomerRun): boolean {
  let handoff = false;
  for (const t of run.turns) if (t.mode) handoff = t.mode !== 'bot';
  return handoff;
}
