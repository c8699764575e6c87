/**
 * What a handoff tells the person taking over, and puts on its ticket as the problem: who/what/why
 * from the whole conversation, not from the message that asked for a person ("转人工", "human"):
 * the product (from the facts, or named in any earlier message), the fault in the customer's own
 * cleaned words (problem-words.ts) from every message that described one, the complaint in our
 * words (complaint-heard.ts), and what the customer wants when they asked for a replacement.
 * Never internal ids, never an angry message copied whole (the ticket is read back to the customer
 * later), and never a sentence cut in the middle: whole pieces are kept or dropped.
 */
import { findBrands } from '../../kernel/lexicon/brands';
import { findCategories } from '../../kernel/lexicon/product-categories';
import type { Lang } from '../phrases';
import { WANTS_REPLACEMENT } from './after-sales-words';
import { complaintBrief, complaintIn, mergedComplaint, type ComplaintParts } from './complaint-heard';
import type { Facts } from './engine-state';
import { cleanFieldText, saysFieldWrong } from './field-text';
import { faultWords } from './problem-words';
import { classifyClause } from '../understanding/fault-clauses';
import { productName } from './wording';

/** Room the fault's words may take on the summary: a few messages' worth, cut only between them. */
const FAULT_ROOM = 240;

export interface HandoffBrief {
  summary: string;
  /** The product, from the facts or named in the conversation: the ticket's fields carry it. */
  category?: string;
  brand?: string;
}

/**
 * `said`: the customer's messages in this conversation, oldest first, the current one last (in
 * normal form, personal data as placeholders).
 */
export function handoffSummary(facts: Facts, said: readonly string[], lang: Lang): HandoffBrief {
  const zh = lang === 'zh';
  const category = facts.category ?? firstOf(said, (t) => findCategories(t).find((c) => !c.hint)?.id);
  const brand = facts.brand ?? firstOf(said, (t) => findBrands(t)[0]?.brand);
  const product = category || brand ? productName({ ...facts, category, brand }, lang) : undefined;

  // (A message's words are taken whole only while nothing described the fault yet: later ones add their fault clauses.)
  const found: (string | undefined)[] = [];
  said.forEach((t, i) => found.push(faultFrom(t, i === said.length - 1 && saysFieldWrong(t), lang, !found.some(Boolean))));
  const faults = distinct(found);
  if (!faults.length && facts.symptom) faults.push(cleanFieldText(facts.symptom));
  const fault = withinRoom(faults, zh ? '；' : '; ');
  const code = facts.errorCode && !fault.toUpperCase().includes(facts.errorCode.toUpperCase()) ? facts.errorCode : undefined;

  let complaint: ComplaintParts | undefined;
  for (const t of said) {
    const heard = complaintIn(t);
    if (heard) complaint = mergedComplaint(heard, complaint);
  }
  const complained = complaint ? complaintBrief(complaint, lang) : '';
  const wants = said.some((t) => WANTS_REPLACEMENT.test(t)) ? (zh ? '要求换货或退货' : 'wants a replacement or refund') : '';

  const problem = [fault, code && (zh ? `代码 ${code}` : `code ${code}`)].filter(Boolean).join(zh ? '，' : ', ');
  const why = [problem, complained && (zh ? `投诉：${complained}` : `complaint: ${complained}`), wants].filter(Boolean).join(zh ? '；' : '; ');
  const fallback = zh ? '客户要求人工处理' : 'the customer asked for a person';
  const summary = [product, why || (product ? '' : fallback)].filter(Boolean).join(zh ? '：' : ': ') || fallback;
  return { summary: summary.slice(0, 900), category, brand };
}

/** Talk about reaching us, not about the product: codes by text message, ticket numbers, the chat itself. */
const ABOUT_THE_CHAT =
  /验证码|短信|工单号|单号|电话|要人|人工|真人|客服|机器人|\b(?:human|person|agent|someone|somebody|bot|robot)\b|\b(?:verification|sms|text(?:ed)?|ticket (?:number|no)|phone|mobile|number)\b|\bcode\b(?!\s*[A-Z]{0,2}-?\d)/i;
/** Personal data stands as a placeholder here ([PHONE_1]): it goes on the ticket's own fields, not in the problem. */
const PLACEHOLDER = /\[[A-Z]+_\d+\]/;
const CLAUSE = /[，,。.!！?？；;]+\s*/;
/** A bracket or quote left open or closed at a clause's edge by the cut ("不制冷了 <" from "<!channel>"). */
const DANGLING = /^[\s>)）\]】」"”'’]+|[\s<(（[【「"“'‘&]+$/g;

/**
 * The fault a message describes: its clauses that tell a fault or what was tried (an outburst, the
 * wait, a phone number left out), or, when none reads as one ("甩干时响得厉害") in the first message that
 * describes anything, its cleaned words whole.
 */
function faultFrom(text: string, wrong: boolean, lang: Lang, first: boolean): string | undefined {
  const words = faultWords(text);
  if (!words) return undefined;
  const clauses = words
    .split(CLAUSE)
    .map((c) => c.replace(DANGLING, ''))
    .filter((c) => c.trim() && !PLACEHOLDER.test(c) && !ABOUT_THE_CHAT.test(c));
  const told = clauses.filter((c) => ['fault', 'tried', 'timing'].includes(classifyClause(c)));
  const kept = told.length ? told : first && clauses.length === words.split(CLAUSE).filter((c) => c.trim()).length ? [words] : [];
  return kept.length ? cleanFieldText(kept.join(lang === 'zh' ? '，' : ', '), wrong) : undefined;
}

function firstOf<T>(said: readonly string[], read: (text: string) => T | undefined): T | undefined {
  for (const t of said) {
    const found = read(t);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Each description once: one already said inside another ("漏水" after "外机漏水") is dropped. */
function distinct(faults: (string | undefined)[]): string[] {
  const kept: string[] = [];
  for (const f of faults) {
    if (!f) continue;
    const bare = f.toLowerCase();
    if (kept.some((k) => k.toLowerCase().includes(bare))) continue;
    for (let i = kept.length - 1; i >= 0; i--) if (bare.includes(kept[i]!.toLowerCase())) kept.splice(i, 1);
    kept.push(f);
  }
  return kept;
}

/** Whole descriptions while they fit; the first one, if too long alone, ends at its last clause that fits. */
function withinRoom(faults: string[], joiner: string): string {
  let out = '';
  for (const f of faults) {
    const next = out ? `${out}${joiner}${f}` : f;
    if (next.length <= FAULT_ROOM) out = next;
    else if (!out) out = lastWholeClause(f);
  }
  return out;
}

function lastWholeClause(text: string): string {
  const head = text.slice(0, FAULT_ROOM);
  const end = Math.max(...[...'，。；！？,.;!?'].map((p) => head.lastIndexOf(p)));
  return end > 0 ? head.slice(0, end).replace(/[，,；;]$/, '') : head;
}
