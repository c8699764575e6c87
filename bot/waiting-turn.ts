/** What a reply while the customer waits for a person is made from (bot/while-waiting.ts and its helpers). */
import type { Ticket } from '../tickets/ticket';
import type { Availability } from './agent-availability';
import type { TurnUnderstanding } from './brain';
import type { ConversationState } from './conversation';
import type { SafetyContext } from './engine/safety-context';
import type { BusinessHours } from './honest-wait';
import type { Lang } from './phrases';
import type { ToolBox } from './tools/tool';

export interface WaitingTurn {
  /** The customer's normalised text. */
  text: string;
  understanding: TurnUnderstanding;
  lang: Lang;
  mode: Exclude<ConversationState['mode'], 'bot'>;
  turns: number;
  /** The customer's own tools (ticket status, knowledge search, ticket update), bound to this turn. */
  tools: ToolBox;
  /** The conversation's ticket, when it has one. */
  ticket?: Ticket;
  /** A handoff with no ticket (a bare request for a person): when a person is due to answer (ConversationState.handoffDue). */
  handoffDue?: string;
  /** With no ticket: the customer's record has a phone to call (given with the request, or since). */
  phoneOnRecord?: boolean;
  availability: Availability;
  /** When the wait last told in minutes runs out (ConversationState.waitPromisedBy). */
  waitPromisedBy?: string;
  now: Date;
  /** What the bot said last, so an acknowledgement never repeats it word for word. */
  lastReply?: string;
  /** The bot's recent replies, oldest first: safety advice already given is not given again in full, and is found again when asked about. */
  earlierReplies?: string[];
  /** The customer's own recent messages, oldest first: what they told before the handoff (a phone that fell in water) that the ticket may not keep. */
  customerSaid?: string[];
  hours?: BusinessHours;
  /** The danger this conversation reported, when it did (ConversationState.safety). */
  safety?: SafetyContext;
  /** The ticket's first-response deadline before this message raised its priority: the customer hears the time moved, not a second time unexplained. */
  promisedBefore?: string;
}
