/** What the bot understands about one customer turn. Brains, tools and tickets read this shape. */
import type { Priority } from '../../tickets/ticket';

export const LANGUAGES = ['zh', 'en', 'mixed'] as const;
export type Language = (typeof LANGUAGES)[number];

export const INTENTS = [
  'consultation', // 咨询: how-to, policy, price, warranty questions
  'fault_report', // 故障: something is wrong with the product
  'repair_request', // 报修/服务请求: repair, warranty claim, installation, return or exchange
  'complaint', // 投诉: unhappy with product or service, demands, threats
  'ticket_status', // 进度: an existing ticket, order, visit or appointment
  'human_request', // 转人工
  'thanks_bye', // 感谢/再见
  'out_of_scope', // not after-sales: chit-chat, other tasks, attempts to steer the bot
] as const;
export type Intent = (typeof INTENTS)[number];

export const PRIORITY_TIERS = ['P1', 'P2', 'P3', 'P4'] as const satisfies readonly Priority[];

export const PURCHASE_DATE_PRECISIONS = ['day', 'week', 'month', 'season', 'year'] as const;
export type PurchaseDatePrecision = (typeof PURCHASE_DATE_PRECISIONS)[number];

/**
 * A purchase date at the precision the customer gave, with the span of days it can mean. Readers
 * that decide anything (warranty) use `earliest`..`latest`; `value` is the best single reading.
 */
export interface PurchaseDate {
  /**
   * The best reading at that precision: YYYY-MM-DD for day and week (the day named, or the middle
   * of the span), YYYY-MM for month, YYYY for year, and an ISO interval for a season
   * (2024-06/2024-08).
   */
  value: string;
  precision: PurchaseDatePrecision;
  /** The words it came from (去年双十一, 3 weeks ago). */
  text: string;
  /** Said roughly (两年前, 3 years old, 2021年左右): shown as "about 2023", never as the span worked out from it. */
  approximate?: boolean;
  /** First possible purchase day, YYYY-MM-DD. */
  earliest: string;
  /** Last possible purchase day, YYYY-MM-DD; never after the `today` it was read against. */
  latest: string;
  /** Day and month could be either way round (05/10/2025): `value` is one reading, the span covers both. */
  ambiguous?: boolean;
}

export interface Slots {
  /** Normalised product category id, e.g. air_conditioner (see kernel/lexicon/product-categories). */
  category?: string;
  /** The words a category was guessed from when the product was named with a slip ("油烟剂"): said back as a question. */
  categoryGuessedFrom?: string;
  /**
   * The model number a category (and brand) was guessed from when the message names neither ("P60"
   * reads as a Huawei phone): a guess that gives way to a product the customer already named.
   */
  categoryFromModel?: string;
  /** Canonical brand name, e.g. Gree for 格力. */
  brand?: string;
  model?: string;
  serial?: string;
  errorCode?: string;
  purchaseDate?: PurchaseDate;
  /** How long the customer has had the product (用了两年 -> 24). */
  productAgeMonths?: number;
  orderNumber?: string;
  /** A desk ticket number such as AS-20261124-0001. */
  ticketNumber?: string;
  /** Mobile as 11 digits, or a landline. */
  phone?: string;
  address?: string;
}

export interface Sentiment {
  /** -1 (furious) .. 1 (delighted); 0 is neutral. */
  score: number;
  label: 'negative' | 'neutral' | 'positive';
  /** The lexicon entries and signals behind the score, for explanations and debugging. */
  cues: string[];
  profanity: boolean;
  /**
   * 0 (calm) .. 1 (furious): the negative part of the score without product-fault words, so
   * "冰箱不制冷" is negative but not angry while "什么破服务" is. Urgency reads this.
   */
  anger: number;
}

export type UrgencyReasonCode =
  | 'safety'
  | 'very_angry'
  | 'angry'
  | 'escalation_threat'
  | 'repeated_contact'
  | 'damage'
  | 'blocked_use'
  | 'vulnerable_person'
  | 'electrical_fault'
  /** A phone, earbuds or other carried electronics got wet: corrosion grows by the day, so it is seen soon. */
  | 'liquid_damage'
  | 'overdue'
  /** A question about safety in general, or a hazard spoken of as "if", "could it": not an emergency. */
  | 'safety_question'
  /** A hazard that happened and was since fixed or checked by someone: worth noting, not an emergency. */
  | 'past_hazard'
  | 'baseline';

export interface UrgencyReason {
  code: UrgencyReasonCode;
  /** The words in the message that triggered it (empty for context-driven reasons). */
  evidence: string[];
  /** One line a human agent can read. */
  message: string;
}

/**
 * What can hurt someone now. `burning` covers burning smells, melting and overheating;
 * `water_electric` is water on or near mains power; `pressure` a vessel that cannot release it
 * (a pressure cooker that will not vent, a bulging water-heater tank).
 */
export const SAFETY_HAZARDS = ['gas', 'carbon_monoxide', 'electric', 'sparks', 'burning', 'smoke', 'fire', 'explosion', 'water_electric', 'battery', 'pressure'] as const;
export type SafetyHazard = (typeof SAFETY_HAZARDS)[number];

export interface Urgency {
  priority: Priority;
  reasons: UrgencyReason[];
  /** True when a safety word was found: always P1, and the advice must be given first. */
  safety: boolean;
  hazards: SafetyHazard[];
  /** A problem's escalation points by reason (repeat contact, overdue, threat, anger...), to add up across a conversation's turns. */
  escalation?: Partial<Record<UrgencyReasonCode, number>>;
  /** Immediate safety advice in both languages; present only when `safety` is true. */
  safetyAdvice?: { zh: string; en: string };
}

export interface Understanding {
  /** The normalised text the rules read (NFKC, spoken digits as numerals). Not redacted. */
  text: string;
  language: Language;
  /** The language to answer in: the dominant script of a mixed message. */
  replyLanguage: 'zh' | 'en';
  intent: Intent;
  /** Other requests in the same message, strongest first (空调不制冷，另外工单到哪了). */
  secondaryIntents: Intent[];
  /** Rule scores per intent, for explanations and for brains that want a second opinion. */
  intentScores: Partial<Record<Intent, number>>;
  /** The intent is a fallback, not read from words of its own (intent.ts `guessed`). */
  intentGuessed?: boolean;
  slots: Slots;
  sentiment: Sentiment;
  urgency: Urgency;
}

export interface UnderstandingContext {
  /** The customer's local date (YYYY-MM-DD) for relative dates and seasons. Without it, relative dates stay unresolved. */
  today?: string;
  /** How many earlier contacts this customer made about the same problem. */
  priorContacts?: number;
  /** The product category already known in the conversation, e.g. from an earlier turn. */
  category?: string;
  /**
   * The slot the bot's last question asked for. A purchase date is then taken from an answer
   * with more words around it ("去年5月份吧，具体记不清了，发票也找不到"), unless it is tied to another event.
   */
  asked?: keyof Slots;
}
