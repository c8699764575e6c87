/**
 * "还在保修期吗", "will the repair be free?", "is this covered, I bought it in August", asked while
 * waiting for a person (issue 16, "waiting"): answered with the warranty itself, worked out by the
 * rules (the verifyWarranty tool: 三包 and any brand's longer cover) from the product and the
 * purchase time this message or the ticket gives, then what the cover depends on (a fault in normal
 * use, not damage). Never the list of exclusions alone, and never the safety advice again: the
 * question is about money and dates, not the danger.
 */
import type { Ticket } from '../tickets/ticket';
import { parseDateSpan } from '../kernel/date-span';
import type { WarrantyAnswer } from '../warranty/warranty-check';
import { readEngineState } from './engine/engine-state';
import { warrantyLine } from './engine/flows/warranty-words';
import { partWarrantyAnswer, period } from './engine/part-warranty';
import { faultCoverLine, mainPartVerdict } from './engine/warranty-verdict';
import { SANBAO_RULES_EN } from './sanbao-words';
import { categoryName } from './engine/wording';
import { asksIfRepairFree, COST_WORDS, repairFeeAnswer } from './engine/repair-fee';
import type { Lang } from './phrases';
import type { WaitingTurn } from './waiting-turn';

/** Naming the cover itself. */
const WARRANTY_WORDS = /保修|保吗|保不保|还保|在保|过保|保内|质保|三包|包修|质量问题|\bwarrant(?:y|ied)\b|\bguarantee\b|\bcovered\b|\bcover (?:it|this|that)\b/i;
/** …asked, not told ("保修卡找不到了" is a fact, "还在保修期吗" is a question). */
const ASKED = /[?？]|吗|么|呢\s*$|算不算|是不是|能不能|会不会|要不要|有没有|多久|几年|\b(?:is|are|will|would|does|do|can|could|should|am)\b/i;

/** A warranty question; a cost question only with a purchase time to decide it by (without one, `repairFeeWhileWaiting` answers it). */
export function warrantyAskedWhileWaiting(text: string, dated: boolean): boolean {
  return (WARRANTY_WORDS.test(text) || (dated && COST_WORDS.test(text))) && ASKED.test(text);
}

/**
 * "免费吗", "do I have to pay?" with no purchase time said: what decides the fee for the product
 * of the ticket (or of the conversation), never another rule found by the words (round 14 got the
 * refund timing). Undefined when no product is known: the fee rules answer then.
 */
export async function repairFeeWhileWaiting(turn: WaitingTurn): Promise<string | undefined> {
  if (!asksIfRepairFree(turn.text)) return undefined;
  const { ticket } = turn;
  const category = turn.understanding.slots.category ?? ticket?.category ?? productFacts(turn).category;
  if (!category) return undefined;
  const brand = turn.understanding.slots.brand ?? ticket?.brand ?? productFacts(turn).brand;
  return repairFeeAnswer(turn.tools, { category, brand, purchaseDate: purchaseOf(turn, ticket), symptom: ticket?.symptom }, turn.lang);
}

/** The purchase time this message gives, at whatever precision ("August", "去年"), else the ticket's, else the one said before the handoff. */
function purchaseOf(turn: WaitingTurn, ticket: Ticket | undefined): string | undefined {
  const u = turn.understanding;
  const said = [u.purchase?.value, u.slots.purchaseDate, ticket?.purchaseDate, productFacts(turn).purchaseDate];
  return said.find((d): d is string => Boolean(d && parseDateSpan(d)));
}

function productFacts(turn: WaitingTurn): { category?: string; brand?: string; purchaseDate?: string } {
  return readEngineState(turn.tools.context.conversation.state.policy).product;
}

/** The warranty answer, or undefined when the product is not known (the knowledge base answers then). */
export async function warrantyWhileWaiting(turn: WaitingTurn): Promise<string | undefined> {
  const { lang, ticket } = turn;
  const named = turn.understanding.slots.category ?? ticket?.category ?? productFacts(turn).category;
  // A product the rules do not list (a power bank, a hair dryer): the general 三包 period, named as "this product".
  if (!named && !ticket) return undefined;
  const category = named ?? 'other';
  const brand = turn.understanding.slots.brand ?? ticket?.brand ?? productFacts(turn).brand;
  const purchaseDate = purchaseOf(turn, ticket);
  // A product the rules do not name and no date: nothing to work out, the knowledge base answers.
  if (!named && !purchaseDate) return undefined;
  // Asked again without the date, after a dated answer in this conversation: that answer, pointed back to.
  const before = purchaseDate ? undefined : (turn.earlierReplies ?? []).findLast((r) => r.includes(faultCoverLine(lang, category)) && !r.includes(periodsLead(lang)));
  if (before) return pointBack(before, lang);
  // A part with a period of its own named here or on the ticket ("电池鼓包", "the compressor"): both periods and which applies.
  const part = await partWarrantyAnswer({ tools: turn.tools, facts: { category, brand, purchaseDate, symptom: ticket?.symptom }, lang }, turn.text, { warrantyAsked: true });
  if (part) return [part, faultCoverLine(lang, category)].join('\n');
  const checked = await turn.tools.call('verifyWarranty', { category, brand, purchaseDate });
  if (!checked.ok) return undefined;
  const answer = checked.result as WarrantyAnswer;
  const lines: string[] = [];
  if (purchaseDate && answer.status !== 'cannot_tell') {
    // Named first: the verdict is about this product, under its own rules.
    const lead = named ? (lang === 'zh' ? `${categoryName(named, lang)}：` : `Your ${categoryName(named, lang)}: `) : '';
    lines.push(`${lead}${warrantyLine(answer, lang, category)}`);
    const main = await mainPartVerdict({ tools: turn.tools, facts: { category, brand, purchaseDate, symptom: ticket?.symptom }, lang }, turn.text, true);
    if (main) lines.push(main);
  } else {
    lines.push(periodsLine(answer, named, lang, Boolean(purchaseDate)));
  }
  lines.push(faultCoverLine(lang, category));
  return lines.join('\n');
}

/** The words every undated answer (periodsLine) starts its second sentence with. */
function periodsLead(lang: Lang): string {
  return lang === 'zh' ? '从购买之日算起。' : 'from the day of purchase.';
}

/** One line pointing back to the dated answer given earlier: its verdict, not the paragraph again. */
function pointBack(reply: string, lang: Lang): string {
  const first = reply.split('\n')[0] ?? reply;
  const verdict = lang === 'zh' ? (/^[^。！？]*[。！？]/.exec(first)?.[0] ?? first) : (/^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first);
  return lang === 'zh' ? `保修上面已经按您说的购买时间算过：${verdict}以购买凭证为准。` : `I worked the warranty out above from the date you gave: ${verdict} The proof of purchase decides.`;
}

/** The period the rules give, and what is needed to count it: the purchase date and its proof. */
function periodsLine(answer: WarrantyAnswer, category: string | undefined, lang: Lang, dated: boolean): string {
  const product = category ? categoryName(category, lang) : lang === 'zh' ? '这个产品' : 'product';
  const months = period(answer.policy.months, lang);
  const rules = answer.policy.source === 'brand' ? (lang === 'zh' ? `${answer.policy.brand}的品牌保修` : `${answer.policy.brand}'s own cover`) : lang === 'zh' ? '三包规定' : SANBAO_RULES_EN;
  if (lang === 'zh')
    return `按${rules}，${product}整机保修${months}，从购买之日算起。${dated ? '按您说的时间还判断不了是否已过期，' : '告诉我大概什么时候买的，我就能帮您算是否还在保；'}最终以发票或订单截图上的日期为准。`;
  return `Under ${rules}, the ${product} is covered for ${months} from the day of purchase. ${dated ? 'The date you gave does not settle whether that has run out; ' : 'Tell me roughly when you bought it and I will work out whether it is still covered; '}the date on the invoice or order decides in the end.`;
}
