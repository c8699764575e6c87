/**
 * What a directory does when a customer gives a phone number: the rule lives here once, and each
 * store (SQLite, PostgreSQL) only carries out the decision in its own SQL.
 */

export type PhoneClaim =
  /** Nobody else holds the number (or this customer does): record it on this customer. */
  | 'record'
  /** Someone else holds it and this claim is unproven: the number stays on the ticket, the records apart. */
  | 'keep-apart'
  /** This claim is proven and the holder only typed it: this customer takes the number and the tickets filed under it. */
  | 'take-from-typed'
  /** Both claims are proven: the same person reached us through another channel; fold this record into the holder's. */
  | 'merge';

/**
 * Decides a claim on a number. A number merely typed never merges records: anyone can type anyone's
 * number, and a merge would show them that person's tickets. For the same reason a typed number
 * gives way to a proven claim instead of absorbing it, and the records stay apart (when the typist
 * was the owner on another channel, they join it back by giving a ticket number with the phone).
 */
export function decidePhoneClaim(customerId: number, holder: { id: number; verified: boolean } | undefined, verified: boolean): PhoneClaim {
  if (!holder || holder.id === customerId) return 'record';
  if (!verified) return 'keep-apart';
  return holder.verified ? 'merge' : 'take-from-typed';
}
