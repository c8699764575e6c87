/**
 * A ticket's secret link: the other proof, besides a one-time code, that a ticket is the
 * customer's own. It is sent by text message to the phone left on the ticket when it is filed;
 * opening it in the web chat grants that one ticket to that chat. The secret is a random key in
 * the URL's fragment (#key=…), which browsers never send to servers or put in Referer headers;
 * the widget reads it and posts it once. Only its hash is stored.
 */
import type { TicketAccess } from '../tickets/ticket-access';
import { canonicalTicketNumber } from '../tickets/ticket-number';
import type { Ticket } from '../tickets/ticket';
import type { TicketStore } from '../tickets/ticket-store';
import type { AbuseGuard } from './tools/abuse-limits';
import type { Requester } from './tools/tool';
import { customerView, type CustomerTicketView } from './tools/ticket-view';
import type { SmsSender } from './sms-sender';
import { parseMobile } from './text/phone-numbers';

export interface TicketLinkDeps {
  tickets: TicketStore;
  access: TicketAccess;
  guard: AbuseGuard;
  sms: SmsSender;
  /** Where the web chat is served for customers, e.g. https://support.example.com. */
  publicUrl: string;
  onError?: (error: unknown) => void;
}

export type Redeemed = { ok: true; ticket: CustomerTicketView } | { ok: false; reason: 'invalid' | 'locked' };

export class TicketLinks {
  constructor(private readonly deps: TicketLinkDeps) {}

  url(number: string, key: string): string {
    return `${this.deps.publicUrl.replace(/\/$/, '')}/?ticket=${encodeURIComponent(number)}#key=${key}`;
  }

  /**
   * A new link for a ticket just filed, sent to the phone on it. Without a phone there is no one
   * to send it to: that ticket is then seen where it was filed, or by an agent.
   */
  async announce(ticket: Ticket): Promise<void> {
    const to = ticket.contactPhone ? parseMobile(ticket.contactPhone) : undefined;
    if (!to) return;
    try {
      const link = this.url(ticket.number, await this.deps.access.issueLinkKey(ticket.id));
      await this.deps.sms.send({
        to,
        purpose: 'ticket_link',
        text: `【售后服务】您的工单 ${ticket.number} 已受理，查看进度：${link} （请勿转发）Ticket ${ticket.number} is filed; follow it here: ${link} (do not share)`,
      });
    } catch (error) {
      // The ticket stands; the customer still has its number and a code can prove it later.
      this.deps.onError?.(error);
    }
  }

  /** Opens a link on a chat: the key must match; wrong keys count against the chat and its IP. */
  async redeem(number: string, key: string, requester: Requester, now: Date): Promise<Redeemed> {
    const attempt = { requester, now };
    if (await this.deps.guard.proofsBlocked(attempt)) return { ok: false, reason: 'locked' };
    const canonical = canonicalTicketNumber(number);
    const ticket = canonical ? await this.deps.tickets.find(canonical) : undefined;
    const matches = ticket && /^[A-Za-z0-9_-]{16,64}$/.test(key) ? await this.deps.access.linkKeyMatches(ticket.id, key) : false;
    if (!ticket || !matches) {
      await this.deps.guard.proofFailed(attempt);
      return { ok: false, reason: 'invalid' };
    }
    await this.deps.access.grant(ticket.id, { channel: requester.channel, externalId: requester.externalId }, 'link', `${requester.channel}:link`);
    return { ok: true, ticket: customerView(ticket) };
  }
}
