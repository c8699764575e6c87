/**
 * A knowledge gap: a customer turn whose knowledge searches all came back without a case good
 * enough to answer from (none confident, or, when the customer named an error code, none that
 * holds that code). The pipeline stores one with the turn, so the manager's report can show
 * which questions keep finding nothing and someone can write the missing case. The wording kept
 * is the redacted text (personal data already placeholders), never what the customer typed.
 */
import { normaliseCode } from '../kernel/text/product-codes';
import type { KnowledgeHit } from './knowledge-search';

export interface KnowledgeMiss {
  /** The customer's words with personal data replaced ([PHONE_1]), greeting and tail question trimmed. */
  wording: string;
  language: 'zh' | 'en';
  intent?: string;
  category?: string;
  brand?: string;
  model?: string;
  errorCode?: string;
  /** The best score any search returned (undefined when nothing came back at all). */
  bestScore?: number;
}

const WORDING_MAX = 300;

/** What a written case could answer: a question about a product, a fault or a policy. */
const KNOWLEDGE_INTENTS = ['consultation', 'fault_report', 'repair_request'];

/**
 * Whether the turn asked something a case could answer. A request for a person, a complaint, a
 * greeting or a remark about the bot is no gap in the knowledge base, even when the bot searched
 * for it and found nothing: it is a question only when its own words read as one, or it names a
 * product or a code (a product known from earlier turns does not make "要…!" a question about it).
 */
function asksForKnowledge(turn: { intent?: string; intentGuessed?: boolean; slots: Partial<Record<'category' | 'brand' | 'model' | 'errorCode', string>> }): boolean {
  if (turn.intent && !KNOWLEDGE_INTENTS.includes(turn.intent)) return false;
  const { category, brand, model, errorCode } = turn.slots;
  return !turn.intentGuessed || Boolean(category || brand || model || errorCode);
}

/** A tool call as recorded in a turn (bot/tools/tool.ts ToolCallRecord), by shape: the conversation types need not know the tools. */
interface RecordedCall {
  name: string;
  args: unknown;
  outcome: { ok: true; result: unknown } | { ok: false };
}

interface SearchArgs {
  category?: string;
  brand?: string;
  model?: string;
}

/**
 * The miss of one turn, or undefined when the turn searched nothing (nothing was asked of the
 * knowledge base) or found at least one confident case.
 */
export function knowledgeMissOf(
  calls: readonly RecordedCall[],
  turn: { wording: string; language: 'zh' | 'en'; intent?: string; intentGuessed?: boolean; slots: Partial<Record<'category' | 'brand' | 'model' | 'errorCode', string>> },
): KnowledgeMiss | undefined {
  const searches = calls.filter((c) => c.name === 'searchKnowledge' && c.outcome.ok);
  if (!searches.length || !asksForKnowledge(turn)) return undefined;
  const hits = searches.flatMap((c) => (c.outcome as { ok: true; result: { hits?: KnowledgeHit[] } }).result.hits ?? []);
  // An error code is a question of its own: a confident case about another code does not answer it.
  const code = turn.slots.errorCode;
  const answers = (h: KnowledgeHit) => h.confident && (!code || !!h.errorCodes?.some((c) => normaliseCode(c) === normaliseCode(code)));
  if (hits.some(answers)) return undefined;
  // The filters the bot searched with know the product from earlier turns too; this turn's words come second.
  const args = searches.map((c) => (c.args ?? {}) as SearchArgs);
  const first = <K extends keyof SearchArgs>(key: K) => args.find((a) => typeof a[key] === 'string' && a[key])?.[key];
  const wording = turn.wording.trim().slice(0, WORDING_MAX);
  if (!wording) return undefined;
  return {
    wording,
    language: turn.language,
    intent: turn.intent,
    category: first('category') ?? turn.slots.category,
    brand: first('brand') ?? turn.slots.brand,
    model: first('model') ?? turn.slots.model,
    errorCode: turn.slots.errorCode,
    bestScore: hits.length ? Math.max(...hits.map((h) => h.score)) : undefined,
  };
}
