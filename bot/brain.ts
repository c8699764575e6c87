/** The `Brain` port: decides what to say and which tools to call for one understood turn. */
import type { Priority } from '../tickets/ticket';
import type { Conversation, ConversationState } from './conversation';
import type { Attachment } from './messages';
import type { ToolBox } from './tools/tool';
import type { ReceiptScan } from '../warranty/warranty-check';

/** What understanding tells a brain about a turn (bot/understanding fills it). */
export interface TurnUnderstanding {
  language: 'zh' | 'en' | 'mixed';
  intent: string;
  secondaryIntents: string[];
  /** The intent is a fallback for words no intent's rules matched ("要…!", a remark about the bot), not read from the customer's words. */
  intentGuessed?: boolean;
  urgency: Priority;
  /** A safety risk: always P1, and safety advice goes first. */
  safety: boolean;
  safetyAdvice?: string;
  /** The hazards happening now (SafetyHazard names), when `safety` is true: the safety script is chosen from them. */
  hazards?: string[];
  sentiment: number;
  /** Negative feeling in [0, 1] from feeling words only ("烦死了", "fed up"): fault words ("漏水", "leaks") are not feelings. */
  anger?: number;
  /** The customer was let down before, in their words: the same fault again, a repair that did not hold, a visit that never came. */
  letDown?: boolean;
  /** `purchaseDate` is a day (YYYY-MM-DD) or the span the customer's words allow (2024-06/2024-08; kernel/date-span). */
  slots: Partial<Record<'category' | 'brand' | 'model' | 'serial' | 'errorCode' | 'purchaseDate' | 'ticketNumber' | 'orderNumber' | 'phone' | 'address', string>>;
  /** The customer's words the category was guessed from, when the product was named with a slip ("油烟剂", "frige"). */
  categoryGuessedFrom?: string;
  /** The model number the category and brand were guessed from, when the message named neither ("P60" as a Huawei phone). */
  categoryFromModel?: string;
  /** The purchase date at whatever precision it was said ("2024-07", "2024"): `slots.purchaseDate` holds only a full day. */
  purchase?: { value: string; precision: string; text: string };
  reasons: string[];
  /** A problem's escalation points by reason in this message (understanding/urgency.ts), added up across turns. */
  escalation?: Partial<Record<string, number>>;
}

export interface TurnInput {
  /** The customer's text, normalised, with real values: for in-process rules only. */
  text: string;
  /** The same text with personal data replaced by placeholders: the only form that leaves the process. */
  redactedText: string;
  understanding: TurnUnderstanding;
  /** The language to answer in. */
  replyLanguage: 'zh' | 'en';
  conversation: Conversation;
  /** Earlier turns, oldest first, redacted; empty for a brain that does not use them (`Brain.usesHistory`). */
  history: { role: 'customer' | 'assistant' | 'agent'; text: string }[];
  /** The same earlier turns read on demand, for a brain that needs them only now and then (a handoff's summary). */
  earlier?: () => Promise<TurnInput['history']>;
  attachments: Attachment[];
  /** A receipt read from this turn's image, if any. */
  receipt?: ReceiptScan;
  /** Ticket numbers of the customer's open tickets (for continuity across channels). */
  openTickets: string[];
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface BrainReply {
  text: string;
  quickReplies?: string[];
  /** The next state of the brain's own part of the conversation (`ConversationState.policy`). */
  policy: ConversationState['policy'];
  /** Knowledge case ids the reply is based on. */
  citations: string[];
  usage?: TokenUsage;
  /**
   * Who chose the words: the conversation engine (from tools and knowledge, as the offline brain
   * would say them) or a model. Only a model's words need the output guard.
   */
  wordedBy?: 'engine' | 'model';
  /**
   * Text a model's wording rests on besides this turn's tool results: the engine's reply it
   * reworded and the knowledge passages it was given. The grounding check reads them as sources.
   */
  groundedOn?: string[];
}

/**
 * What a brain that words replies token by token is told while it writes (the LLM brains).
 * Tokens are a draft: the reply `reply` returns is what counts and what is stored.
 */
export interface ReplyHooks {
  /** Text of the reply as it is written. */
  onToken?: (delta: string) => void;
  /** Everything passed to `onToken` so far is void (a new model call, a sentence that failed a check, the fallback answering). */
  onReset?: () => void;
  signal?: AbortSignal;
}

export interface Brain {
  readonly name: string;
  /**
   * Whether what this brain passes to `onToken` has already passed the checks a stored reply
   * must pass (the FallbackBrain's output guard and grounding check, sentence by sentence). Only
   * such a brain's tokens may be shown to a customer before the reply is stored.
   */
  readonly checksStreamedText?: boolean;
  /**
   * Whether `reply` reads `turn.history`. The offline brain keeps what it needs in the
   * conversation state, so for it the turn skips reading earlier messages from the store.
   */
  readonly usesHistory: boolean;
  reply(turn: TurnInput, tools: ToolBox, hooks?: ReplyHooks): Promise<BrainReply>;
}
