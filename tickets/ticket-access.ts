/**
 * The `TicketAccess` port: who besides the ticket's own customer record may see and act on one
 * ticket. A chat on another channel proves it holds a ticket with a one-time code sent to the
 * phone on file, or with the ticket's secret link; the proof grants that one ticket to that one
 * channel identity. It never merges customer records, so proving one ticket shows nothing else of
 * the person who filed it.
 *
 * Secrets are kept only as hashes: a copy of the database opens no ticket.
 */
import type { ChannelIdentity } from './customer-directory';

export type GrantVia = 'code' | 'link' | 'agent';

export type CodeCheck = 'ok' | 'wrong' | 'none';

export interface TicketAccess {
  isGranted(ticketId: number, holder: ChannelIdentity): Promise<boolean>;
  grant(ticketId: number, holder: ChannelIdentity, via: GrantVia, actor: string): Promise<void>;
  /** Ids of the tickets granted to one identity, newest grant last. */
  grantedTickets(holder: ChannelIdentity): Promise<number[]>;

  /** A new secret for the ticket's link (any earlier link stops working); returned once, stored hashed. */
  issueLinkKey(ticketId: number): Promise<string>;
  linkKeyMatches(ticketId: number, key: string): Promise<boolean>;

  /** Sets the ticket's live one-time code (the one just texted to the phone on file); any earlier one stops working. */
  startChallenge(ticketId: number, code: string, expiresAt: Date): Promise<void>;
  /**
   * Checks a code against the ticket's live code: 'ok' uses it up, 'wrong' when it does not match,
   * 'none' when no code is live. Wrong codes are counted against whoever sent them (AttemptLedger),
   * never against the ticket, so nobody can spoil the owner's code by guessing.
   */
  checkCode(ticketId: number, code: string, now: Date): Promise<CodeCheck>;
}
