/**
 * The words of a purchase date inside a message, for keeping them out of the problem (playtest
 * round 14: "around March this year" given where the problem was asked became the problem, and
 * "TV bought around March this year won't switch on" kept its date in the ticket's problem). The
 * date itself has its own slot (purchase-date.ts reads which mention it is); these helpers only
 * find its words: the mention, the hedge around it (大概, 左右, around, or so) and the purchase verb
 * bound to it (买的, 入手, bought it, got it).
 */
import { findDateMentions } from './date-mentions';
import { extractPurchaseDate } from './purchase-date';

const HEDGE_BEFORE = /(?:(?:大概|大约|差不多|估计|应该|好像|可能)(?:是|在)?\s*|(?:around|about|roughly|approximately|sometime(?: in| around)?|back in|in|on|at|during|since|from)\s+)+$/i;
const HEDGE_AFTER = /^\s*(?:左右|前后|上下|那会儿?|的时候|or so\b|-?ish\b|i think\b|i guess\b|i believe\b)*/i;
/** A purchase verb just before the date ("bought it around", "买于", "got it in"). */
const VERB_BEFORE = /(?:(?:which |that )?(?:i |we )?(?:bought|purchased|got|ordered)(?: (?:it|this|them|one|mine))?\s+|(?:购于|买于|购买于|入手于))$/i;
/** A purchase verb just after the date ("买的", "入手的", "bought it", "purchase"). */
const VERB_AFTER = /^\s*(?:(?:的时候)?(?:买|购买|购入|入手|下单|装)(?:的|了)?|(?:i |we )?(?:bought|purchased|got|ordered)(?: (?:it|this|them|one|mine))?\b)/i;

/** Where the purchase date's words are in the text (mention, hedges, verb), or undefined when no mention is the purchase. */
function purchaseSpan(text: string, today?: string): { start: number; end: number } | undefined {
  const purchase = extractPurchaseDate(text, today);
  if (!purchase) return undefined;
  const mention = findDateMentions(text, today).find((m) => m.text === purchase.text);
  if (!mention) return undefined;
  let start = mention.index;
  let end = mention.index + mention.length;
  const before = text.slice(0, start);
  const hedge = HEDGE_BEFORE.exec(before);
  if (hedge) start -= hedge[0].length;
  const verb = VERB_BEFORE.exec(text.slice(0, start));
  if (verb) start -= verb[0].length;
  end += HEDGE_AFTER.exec(text.slice(end))?.[0].length ?? 0;
  const after = VERB_AFTER.exec(text.slice(end));
  if (after) end += after[0].length;
  end += HEDGE_AFTER.exec(text.slice(end))?.[0].length ?? 0;
  return { start, end };
}

/**
 * Today by the machine's clock: only where the words are depends on it (a relative date needs a
 * today to be read at all), never the date kept, which the slot reader reads with the turn's today.
 */
const machineToday = () => new Date().toISOString().slice(0, 10);

/** The text without the purchase date's words; unchanged when no date in it is the purchase. */
export function withoutPurchaseDate(text: string, today = machineToday()): string {
  const span = purchaseSpan(text, today);
  if (!span) return text;
  const left = text.slice(0, span.start).trimEnd();
  const right = text.slice(span.end).trimStart();
  // Chinese runs on without a space ("电视现在开不了机"); English words keep one between them.
  const joint = /\p{Script=Han}$/u.test(left) && /^\p{Script=Han}/u.test(right) ? '' : ' ';
  // "my fridge, bought in May, stopped cooling": the clause goes, one of its commas stays.
  return `${left}${joint}${right}`.replace(/([,，;；])(?:\s*[,，;；])+/g, '$1').trim();
}

/** Words that say nothing once the date is out: fillers, "it was", 是, 吧. */
const NOTHING_ELSE =
  /^[\s,，。.!！?？~～]*(?:(?:it was|it's|was|that was|maybe|probably|i think|not sure|yeah|yes|um+|uh+|hmm+|是|吧|的|了|啊|呀|哦|嗯|我|就|也|应该|好像|记得|印象中)[\s,，。.!！?？~～]*)*$/i;

/** Whether the message says nothing but when the product was bought ("大概今年三月", "around March this year"). */
export function isOnlyPurchaseDate(text: string, today = machineToday()): boolean {
  const span = purchaseSpan(text, today);
  if (!span) return false;
  return NOTHING_ELSE.test(`${text.slice(0, span.start)} ${text.slice(span.end)}`);
}
