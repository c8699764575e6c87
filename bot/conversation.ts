/** A conversation as the core sees it, and the `ConversationStore` port that keeps it. */
import { z } from 'zod';
import type { NewOutboxItem } from '../tickets/outbox';
import type { ChannelName } from '../tickets/ticket';
import type { KnowledgeMiss } from './knowledge-miss';
import type { Attachment, InboundMessage, OutboundMessage } from './messages';
import { HAZARD_KINDS } from './understanding/safety-script';

/**
 * Dialogue state carried between turns. `mode` is shared by everyone (the human desks flip it);
 * `policy` belongs to whichever brain is talking and is opaque to the rest.
 */
export const conversationStateSchema = z.object({
  mode: z.enum(['bot', 'handoff_requested', 'agent']).default('bot'),
  /** Who has the conversation while `mode` is agent (an actor such as `web-desk:li` or `slack:U123`). */
  agent: z.string().optional(),
  language: z.enum(['zh', 'en']).optional(),
  /** The customer writes traditional characters, as in Taiwan or in Hong Kong and Macau: replies are written so too (bot/customer-script.ts). */
  script: z.enum(['tw', 'hk']).optional(),
  /** The assistant said it is automated (said once, at the start). */
  disclosed: z.boolean().default(false),
  /** The ticket this conversation is about, once filed. */
  ticketNumber: z.string().optional(),
  /** Internal notes agents wrote while the conversation had no ticket (never shown to the customer); a ticket filed from the desk takes them over. */
  deskNotes: z.array(z.object({ at: z.string(), actor: z.string(), text: z.string() })).optional(),
  /** An agent handed the conversation back to the bot: a question about the case is then answered from it, not handed off again (bot/after-hand-back.ts). */
  handedBack: z.object({ at: z.string(), agentSaid: z.string().optional() }).optional(),
  /** A handoff with no ticket (a bare request for a person): when a person is due to answer it (its own first-response clock). */
  handoffDue: z.string().optional(),
  /** The customer was angry or complained in some turn: a handoff is recorded as anger or complaint (bot/handoff-reason.ts). */
  upset: z.boolean().optional(),
  /** The reason of the latest handoff as it stands: recorded with the request, raised by a danger or anger told while waiting (bot/handoff-reason.ts). */
  handoffReason: z.string().optional(),
  /** A person took this handling and the customer was told so (bot/agent-joined-notice.ts): a release and re-claim do not say it again. Cleared when the handling ends. */
  agentJoined: z.boolean().optional(),
  /** When the wait for a person last told in minutes ("约 4 分钟", "right away") runs out: asked again after it, the miss is owned (bot/honest-wait.ts). */
  waitPromisedBy: z.string().optional(),
  /** Waiting for a 1-5 satisfaction score for this ticket. */
  awaitingCsatFor: z.string().optional(),
  /** Waiting for a 1-5 score for a handoff with no ticket, resolved by a person: kept on the reply (meta `csat`, `handoffCsat`). */
  awaitingHandoffCsat: z.boolean().optional(),
  turns: z.number().int().nonnegative().default(0),
  /** The most urgent tier any turn of this conversation reached: a ticket filed later keeps it. */
  peakUrgency: z.enum(['P1', 'P2', 'P3', 'P4']).optional(),
  /** Escalation points the customer's turns have given so far, by reason (repeat contact, overdue, threat...): they add up to P1 across turns. */
  escalation: z.record(z.string(), z.number()).optional(),
  /** Fields of the latest receipt read in this conversation (the raw text is not kept). */
  receipt: z
    .object({
      fields: z.record(z.string(), z.object({ value: z.string(), confidence: z.number() })),
      evidence: z.object({
        purchaseDate: z.string().optional(),
        confidence: z.number(),
        ambiguous: z.boolean().optional(),
        conflicting: z.array(z.string()).optional(),
      }),
      readAt: z.string(),
    })
    .optional(),
  policy: z.record(z.string(), z.unknown()).default({}),
  /** The country the customer is in, once an address, their own words or a phone's code said so (bot/customer-where.ts); "CN" for mainland China. */
  country: z.string().optional(),
  /** The clock of a place the customer named in a country on several clocks ("Ohio", "Vancouver"): bot/text/customer-time-zone.ts. */
  timeZone: z.string().optional(),
  /** A customer abroad has been told our warranty terms come from China's rules and local law may give more (bot/warranty-terms-abroad.ts): once is enough. */
  warrantyTermsNoted: z.boolean().optional(),
  /** The danger this conversation reported (bot/engine/safety-context.ts): what safety follow-ups are answered from. */
  safety: z
    .object({
      kinds: z.array(z.enum(HAZARD_KINDS)),
      power: z.enum(['gas', 'mains', 'battery']),
      category: z.string().optional(),
      /** What to call it ("这个充电宝" / "the power bank"), when no category names it. */
      device: z.object({ zh: z.string(), en: z.string() }).optional(),
      /** The customer said the power (or the gas) is off now. */
      cutOff: z.boolean().default(false),
    })
    .optional(),
});
export type ConversationState = z.output<typeof conversationStateSchema>;

export function initialState(): ConversationState {
  return conversationStateSchema.parse({});
}

export interface Conversation {
  id: number;
  customerId: number;
  channel: ChannelName;
  /** The channel's id for the customer, where replies go. */
  customerRef: string;
  state: ConversationState;
  startedAt: string;
  updatedAt: string;
}

export interface StoredMessage {
  id: number;
  conversationId: number;
  direction: 'in' | 'out';
  author: string;
  channel: ChannelName;
  channelMessageId?: string;
  text: string;
  attachments: Attachment[];
  meta: Record<string, unknown>;
  at: string;
}

export interface Received {
  conversation: Conversation;
  message: StoredMessage;
  /** The same channel message id was stored before. */
  duplicate: boolean;
  /** For a duplicate: the reply already given to it, if any (then it is not answered again). */
  earlierReply?: StoredMessage;
  /** For a duplicate: that reply was committed with an outbox item which is still waiting to be sent. */
  earlierReplyUnsent?: boolean;
}

export interface TurnOutcome {
  reply?: OutboundMessage;
  author: string;
  state: ConversationState;
  deliveries?: NewOutboxItem[];
  /** Stored with the reply: intent, urgency, brain, token usage, citations. */
  meta?: Record<string, unknown>;
  /** The turn's knowledge searches found no good case: kept for the manager's knowledge-gap report. */
  knowledgeMiss?: KnowledgeMiss;
  /**
   * The state `state` was computed from. A store where turns of one conversation can commit
   * concurrently (several instances) uses it to apply only this turn's changes when another turn
   * committed in between (bot/state-rebase.ts) instead of overwriting them.
   */
  basedOn?: ConversationState;
  /**
   * The turn ends a person's handling (the survey after "resolve"): stored only while the
   * conversation is still with people, checked inside the commit, so two agents resolving at the
   * same moment (two instances, two pages) send one survey. When the handling has ended already,
   * nothing is stored or sent and commitTurn returns undefined.
   */
  endsHandling?: boolean;
}

export interface ConversationStore {
  /**
   * Stores what the customer said before anything else happens, so nothing is ever dropped.
   * `firstContact`: the customer was created in this same unit of work, so no conversation of
   * theirs can exist to continue.
   */
  receive(message: InboundMessage, customerId: number, options?: { firstContact?: boolean }): Promise<Received>;
  /**
   * Stores the outcome of a turn in one transaction: the reply (if any), the next state and the
   * deliveries it causes, so a crash neither loses the reply nor sends it twice.
   */
  commitTurn(conversationId: number, outcome: TurnOutcome): Promise<StoredMessage | undefined>;
  setState(conversationId: number, state: ConversationState): Promise<void>;
  get(conversationId: number): Promise<Conversation>;
  history(conversationId: number, limit?: number): Promise<StoredMessage[]>;
  /** The messages stored after the one with id `afterId`, oldest first, at most `limit` (what an event stream lacks). */
  historyAfter(conversationId: number, afterId: number, limit: number): Promise<StoredMessage[]>;
  /** The customer's most recent open conversation on any channel (for cross-channel continuity). */
  latestFor(customerId: number): Promise<Conversation | undefined>;
  /** Open conversations of one channel identity active since `since`, newest last (web sessions after a restart). */
  activeFor(channel: Conversation['channel'], customerRef: string, since: Date): Promise<{ id: number; updatedAt: string }[]>;
}

export type { InboundMessage, OutboundMessage };
