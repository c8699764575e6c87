/**
 * Limits that keep one person from abusing the tools, enforced in code whichever brain calls them:
 * guessing other people's tickets, flooding a phone with codes, filing tickets or calling the desk
 * from a stream of fresh anonymous chats. Counted per attacker (the chat identity and its IP
 * address), in the database, over the last hour.
 */
import { attackerKeys, type AttemptKind, type AttemptLedger } from '../../tickets/attempt-ledger';
import type { Requester, ToolContext } from './tool';

/** Who is trying, and when. */
export interface Attempt {
  requester: Requester;
  now: Date;
}

export interface AbuseLimits {
  /** Wrong codes or link keys per chat identity per hour, then proofs stop for it. */
  proofFailuresPerHour: number;
  /** The same per IP address (one visitor opening many chats). */
  proofFailuresPerIpPerHour: number;
  /**
   * A ticket's phone gets a new code at most this often, whoever asks (nobody's phone is flooded);
   * meanwhile the code already sent stays valid, so asking again can never lock its owner out.
   */
  codeResendAfterMs: number;
  /** How long a one-time code stays valid (longer than the resend gap, so a live code always covers it). */
  codeTtlMs: number;
  /** Tickets from a conversation's very first message, per chat identity and per IP. */
  firstMessageTicketsPerHour: number;
  /** Tickets of any kind per IP address. */
  ticketsPerIpPerHour: number;
  /** Handoffs to the human desk per IP address (and per chat identity). */
  handoffsPerIpPerHour: number;
}

export const DEFAULT_ABUSE_LIMITS: AbuseLimits = {
  proofFailuresPerHour: 5,
  proofFailuresPerIpPerHour: 20,
  codeResendAfterMs: 5 * 60_000,
  codeTtlMs: 10 * 60_000,
  firstMessageTicketsPerHour: 3,
  ticketsPerIpPerHour: 30,
  handoffsPerIpPerHour: 30,
};

/**
 * A danger report (gas, sparks, a shock) is handed to a person even past the IP's ordinary allowance:
 * a building or a mobile network shares one address among many customers, and a real emergency must
 * not meet a spam limit. It still has a ceiling (this many times the ordinary one), so the desk
 * cannot be flooded with made-up emergencies.
 */
export const DANGER_ALLOWANCE_FACTOR = 3;

const HOUR = 3_600_000;

export class AbuseGuard {
  constructor(
    private readonly ledger: AttemptLedger,
    readonly limits: AbuseLimits = DEFAULT_ABUSE_LIMITS,
  ) {}

  private since(context: Attempt): Date {
    return new Date(context.now.getTime() - HOUR);
  }

  /** Whether any of the requester's keys reached `limit` (the session's own, or `perIp` for its IP). */
  private async reached(kind: AttemptKind, context: Attempt, perSession: number, perIp: number): Promise<boolean> {
    for (const key of attackerKeys(context.requester)) {
      const limit = key.startsWith('ip:') ? perIp : perSession;
      if ((await this.ledger.count(kind, key, this.since(context))) >= limit) return true;
    }
    return false;
  }

  /** Proofs stop for a requester with too many wrong codes or keys this hour (the ticket's owner is never locked). */
  proofsBlocked(context: Attempt): Promise<boolean> {
    return this.reached('proof_failed', context, this.limits.proofFailuresPerHour, this.limits.proofFailuresPerIpPerHour);
  }

  /** Wrong codes this requester may still send this hour before proofs stop (said to the customer after a wrong one). */
  async proofTriesLeft(context: Attempt): Promise<number> {
    let left = Infinity;
    for (const key of attackerKeys(context.requester)) {
      const limit = key.startsWith('ip:') ? this.limits.proofFailuresPerIpPerHour : this.limits.proofFailuresPerHour;
      left = Math.min(left, limit - (await this.ledger.count('proof_failed', key, this.since(context))));
    }
    return Math.max(0, Number.isFinite(left) ? left : this.limits.proofFailuresPerHour);
  }

  proofFailed(context: Attempt): Promise<void> {
    return this.ledger.record('proof_failed', attackerKeys(context.requester), context.now);
  }

  /** The requester may ask for codes: not too many this hour from this chat or its address. */
  async mayAskForCode(context: Attempt): Promise<boolean> {
    return !(await this.reached('code_sent', context, this.limits.proofFailuresPerHour, this.limits.proofFailuresPerIpPerHour));
  }

  /** A new code may be texted for this ticket: none went out within the resend gap. */
  async mayTextCode(context: Attempt, ticketId: number): Promise<boolean> {
    const since = new Date(context.now.getTime() - this.limits.codeResendAfterMs);
    return (await this.ledger.count('code_sent', `ticket:${ticketId}`, since)) === 0;
  }

  /**
   * A code was asked for (counted against the requester) and, when `textedFor` is set, texted for
   * that ticket (or those tickets: one text proves every open ticket of the phone it went to).
   */
  codeAsked(context: Attempt, textedFor: number | number[] | undefined): Promise<void> {
    const tickets = textedFor === undefined ? [] : [textedFor].flat();
    return this.ledger.record('code_sent', [...attackerKeys(context.requester), ...tickets.map((id) => `ticket:${id}`)], context.now);
  }

  /**
   * Whether this conversation may file a ticket now. One that has talked before (the customer
   * answered a question, confirmed a summary) is engaged; a single anonymous message files only
   * within a small hourly allowance per chat and per IP. Every chat IP also has an hourly ceiling.
   * `askedForPerson`: the ticket carries a handoff the customer asked for in so many words ("转人工"
   * as the first message), which the handoff limits already bound per chat and per IP; the
   * first-message allowance, meant for anonymous one-line tickets, would refuse a real customer
   * whose network (an office, a mobile carrier, a playtester) opened three chats this hour.
   */
  async mayFile(context: ToolContext, danger = false, askedForPerson = false): Promise<boolean> {
    const { ip } = context.requester;
    const perIp = this.limits.ticketsPerIpPerHour * (danger ? DANGER_ALLOWANCE_FACTOR : 1);
    if (ip && (await this.ledger.count('ticket_filed', `ip:${ip}`, this.since(context))) >= perIp) return false;
    // A danger report files from its first message: it cannot wait for the customer to answer a question.
    if (engaged(context) || danger || askedForPerson) return true;
    const n = this.limits.firstMessageTicketsPerHour;
    return !(await this.reached('ticket_first_message', context, n, n));
  }

  async filed(context: ToolContext): Promise<void> {
    const keys = attackerKeys(context.requester);
    await this.ledger.record('ticket_filed', keys, context.now);
    if (!engaged(context)) await this.ledger.record('ticket_first_message', keys, context.now);
  }

  mayHandOff(context: Attempt, danger = false): Promise<boolean> {
    const perIp = this.limits.handoffsPerIpPerHour * (danger ? DANGER_ALLOWANCE_FACTOR : 1);
    return this.reached('handoff', context, this.limits.handoffsPerIpPerHour, perIp).then((r) => !r);
  }

  handedOff(context: Attempt): Promise<void> {
    return this.ledger.record('handoff', attackerKeys(context.requester), context.now);
  }
}

/** The customer has written before in this conversation (this turn is not its first). */
export function engaged(context: ToolContext): boolean {
  return context.conversation.state.turns > 1;
}
