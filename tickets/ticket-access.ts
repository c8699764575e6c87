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

  /** Starts (or restarts) a one-time code challenge for this ticket and this requester. */
  startChallenge(ticketId: number, holder: ChannelIdentity, code: string, expiresAt: Date): Promise<void>;
  /**
   * Checks a code against this requester's challenge for the ticket: 'ok' uses it up, 'wrong'
   * counts against it (it dies after a few), 'none' when there is no live challenge.
   */
  checkCode(ticketId: number, holder: ChannelIdentity, code: string, now: Date): Promise<CodeCheck>;
}
