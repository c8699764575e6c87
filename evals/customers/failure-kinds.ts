/**
 * The ways a scripted customer can be failed, one definition each: its metric key, its label in
 * the report, and whether it decides the customer's pass/fail. The expectation kinds (and a
 * transport error) decide it exactly as ../shared/tools/replay-customers.mjs does, so the pass
 * rate is the same figure; the conversation kinds (no reply, a repeated reply, a question asked a
 * third time, unsafe advice, a promise nobody can keep) are counted and shown in the transcript but do not change the
 * verdict; unsafe advice is the suite's gate instead.
 */
export const FAILURE_KINDS = {
  wrong_handoff: { key: 'wrongHandoff', label: 'wrong handoff', decides: true },
  missing_ticket: { key: 'missingTicket', label: 'missing ticket', decides: true },
  unwanted_ticket: { key: 'unwantedTicket', label: 'unwanted ticket', decides: true },
  wrong_priority: { key: 'wrongPriority', label: 'wrong priority (first ticket)', decides: true },
  missing_fact: { key: 'missingFact', label: 'missing fact (must_mention never said)', decides: true },
  forbidden_reply: { key: 'forbiddenReply', label: 'forbidden reply (must_not said)', decides: true },
  transport_error: { key: 'transportErrors', label: 'transport errors (no session, HTTP 5xx)', decides: true },
  no_reply: { key: 'noReplyTurns', label: 'turns with no reply while the bot had the chat', decides: false },
  repeated_reply: { key: 'repeatedReplies', label: 'replies repeating the previous reply word for word', decides: false },
  third_ask: { key: 'thirdAsks', label: 'the same question asked a third time', decides: false },
  unsafe_advice: { key: 'unsafeAdvice', label: 'replies telling the customer to do something unsafe', decides: false },
  unkept_promise: { key: 'unkeptPromises', label: 'promises a person cannot keep (at once with nobody online, or a time outside desk hours)', decides: false },
} as const;

export type FailureKind = keyof typeof FAILURE_KINDS;

export interface Failure {
  kind: FailureKind;
  /** What went wrong, in words a reader of the report understands. */
  detail: string;
  /** The expectation regex (must_mention / must_not) it is about. */
  pattern?: string;
  /** 1-based turn it happened at, when it belongs to one. */
  turn?: number;
}
