/**
 * The `AttemptLedger` port: what someone tried, counted over a window, kept in the database so a
 * restart forgets nothing. Limits that protect customers are counted per attacker (a chat session,
 * an IP address), never per victim: counting failed proofs per ticket or per phone number would
 * let anyone lock a customer out of their own ticket with a few wrong guesses.
 */
export type AttemptKind =
  /** A wrong one-time code or link key for a ticket that was not the customer's own. */
  | 'proof_failed'
  /** A one-time code sent by SMS (per requester, and per ticket so nobody's phone is flooded). */
  | 'code_sent'
  /** A ticket filed from a conversation with no earlier customer message. */
  | 'ticket_first_message'
  /** Any ticket filed by the bot. */
  | 'ticket_filed'
  /** A conversation handed to the human desk. */
  | 'handoff';

export interface AttemptLedger {
  /** Records one attempt under each key (`session:…`, `ip:…`, `ticket:…`). */
  record(kind: AttemptKind, keys: string[], at: Date): Promise<void>;
  /** Attempts of one kind under one key since `since`. */
  count(kind: AttemptKind, key: string, since: Date): Promise<number>;
  /** Forgets attempts older than `before` (they no longer count in any window). */
  prune(before: Date): Promise<number>;
}

/** The keys an attempt is counted under: the chat identity, and the IP address when the channel knows it. */
export function attackerKeys(requester: { channel: string; externalId: string; ip?: string }): string[] {
  return [`session:${requester.channel}:${requester.externalId}`, ...(requester.ip ? [`ip:${requester.ip}`] : [])];
}
