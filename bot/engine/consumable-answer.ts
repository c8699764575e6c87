/**
 * "边刷多久换一次，在保修里吗": both halves answered. The interval comes from the knowledge base's
 * entry for that part when it has one; when it has none, the manual is named as where the interval
 * is (no number is made up). Whether it is covered comes from the consumables rule, unless the
 * interval entry already says so.
 */
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { Facts } from './engine-state';
import { entryById } from './entry-by-id';
import { answerWithSource } from './flows/fault-flow';
import { consumableNamed } from '../understanding/replace-interval-question';
import { findCategories } from '../../kernel/lexicon/product-categories';

/** The part asked about, in the form an entry names it ("brushes" -> "brush"). */
function partAsked(question: string): string | undefined {
  return consumableNamed(question)
    ?.toLowerCase()
    .replace(/(?:es|s)$/, '')
    .trim();
}

const COVER_RULE = 'pol-consumables-warranty';
const COVER_QUERY = { zh: '耗材在保修范围吗 滤芯保修吗', en: 'are consumables included in the warranty, are filters covered' };
/** An interval in the entry's words: "3-6个月", "every 6-12 months", "每月". */
const INTERVAL = /\d+\s*(?:-\s*\d+\s*)?(?:个月|年)|每(?:个)?月|每年|\bevery (?:\d+(?:-\d+)? )?(?:months?|years?)\b|\bmonthly\b|\b\d+(?:-\d+)? (?:months?|years?)\b/i;
/** Whether the entry speaks of the warranty itself. */
const COVER = /保修|质保|\bwarranty\b|\bcovered\b/i;

const MANUAL_ONLY = {
  zh: '这个部件多久换一次，我这里没有可靠的数字，不给您乱说：以说明书里写的更换周期和机器上的提醒为准。',
  en: "I don't have a reliable replacement interval for that part and won't guess one: the user manual (and the machine's reminder, if it has one) gives it.",
};

/** The policy search, as flows/policy-flow.ts does it (handed in to keep the import one way). */
export type PolicyLookUp = (kit: { tools: ToolBox; facts: Facts }, question: string) => Promise<KnowledgeHit | undefined>;

export async function consumableAnswer(tools: ToolBox, facts: Facts, question: string, lang: Lang, lookUp: PolicyLookUp): Promise<{ id: string; text: string } | undefined> {
  const found = await lookUp({ tools, facts }, question);
  // (Only an entry that names the part asked about: the descaling interval is no answer for a seal.)
  const part = partAsked(question);
  const named = Boolean(found?.answer && part && found.answer.toLowerCase().includes(part));
  const searched: KnowledgeHit | undefined = found?.answer && named && INTERVAL.test(found.answer) ? found : undefined;
  // "冰箱的净水滤芯多长时间换", "RO膜用几年换": the search can rank the consumables rule first; the
  // filter-interval entry is the answer for any water, fridge or air filter, so it is fetched by its id.
  const interval = searched ?? (await filterIntervalEntry(tools, facts, question, lang));
  const lines = [interval ? answerWithSource(interval, lang) : MANUAL_ONLY[lang]];
  if (!interval?.answer || !COVER.test(interval.answer)) {
    const cover = await entryById(tools, COVER_RULE, COVER_QUERY[lang]);
    if (cover) lines.push(answerWithSource(cover, lang));
    if (!interval && cover) return { id: cover.id, text: lines.join('\n') };
  }
  return interval ? { id: interval.id, text: lines.join('\n') } : undefined;
}

/** Filters a reminder on a purifier, a fridge or an air purifier speaks of (the filter-interval entry covers each). */
const FILTER = /滤芯|滤网|RO膜|反渗透膜|PP棉|活性炭|\bfilters?\b|\bcartridges?\b|\bmembranes?\b|\bhepa\b/i;
const FILTER_ENTRY = 'qa-water-filter-replace';
const FILTER_QUERY = { zh: '净水器、冰箱、空气净化器的滤芯多久换一次 滤芯灯亮了怎么办', en: 'how often to change water purifier, fridge and air purifier filters, filter light is on' };

/** The products whose filters the filter-interval entry gives (or none named: a filter asked about alone). */
const FILTER_PRODUCTS = new Set(['water_purifier', 'refrigerator', 'air_purifier']);

/** The filter-interval entry, for a filter of a product it covers; undefined for any other part or product. */
async function filterIntervalEntry(tools: ToolBox, facts: Facts, question: string, lang: Lang): Promise<KnowledgeHit | undefined> {
  const part = consumableNamed(question);
  if (!part || !FILTER.test(part)) return undefined;
  const products = findCategories(question).map((m) => m.id);
  const product = products[0] ?? facts.category;
  if (product && !FILTER_PRODUCTS.has(product)) return undefined;
  return entryById(tools, FILTER_ENTRY, FILTER_QUERY[lang]);
}

/**
 * "净水器提示要换了", "the change-filter light came on": the machine's reminder, answered with the
 * filter intervals and what to do when the light comes on. A reminder about another part (a brush)
 * is the ordinary interval question for that part.
 */
export async function reminderAnswer(tools: ToolBox, facts: Facts, question: string, lang: Lang, lookUp: PolicyLookUp): Promise<{ id: string; text: string } | undefined> {
  const part = consumableNamed(question);
  if (part && !FILTER.test(part)) return consumableAnswer(tools, facts, question, lang, lookUp);
  const entry = await entryById(tools, FILTER_ENTRY, FILTER_QUERY[lang]);
  return entry && { id: entry.id, text: answerWithSource(entry, lang) };
}
