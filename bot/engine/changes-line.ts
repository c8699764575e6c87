/**
 * The line said when a request is filed straight after the customer changed some of it ("不对，门牌
 * 是12号不是21号，别的都对"): the corrected values are named, so the customer hears that the change
 * went in rather than only a ticket number.
 */
import type { Lang } from '../phrases';
import type { SlotName } from './commands';
import { brandName, categoryName, purchaseWords } from './wording';
import { phoneSaidBack } from '../text/phone-shown';

const LABELS: Partial<Record<SlotName, { zh: string; en: string }>> = {
  address: { zh: '地址', en: 'address' },
  phone: { zh: '电话', en: 'phone' },
  model: { zh: '型号', en: 'model' },
  preferredTime: { zh: '上门时间', en: 'visit time' },
  purchaseDate: { zh: '购买时间', en: 'purchase date' },
  category: { zh: '产品', en: 'product' },
  symptom: { zh: '问题', en: 'problem' },
  brand: { zh: '品牌', en: 'brand' },
  errorCode: { zh: '故障码', en: 'error code' },
};

const ZH_LEAD = '已按您说的改好：';
const EN_LEAD = 'Changed as you said: ';
const ZH_NOTED = '记下了：';
const EN_NOTED = 'Got it: ';

/** Whether a line of a reply is the one that says a change went in (a new fact, never a mere lead-in to old words). */
export const isChangesLine = (line: string): boolean => [ZH_LEAD, EN_LEAD, ZH_NOTED, EN_NOTED].some((lead) => line.startsWith(lead));

/** "记下了：上门时间 工作日（周三除外）。" — a fact given while another question was open, said so it is seen kept. */
export function notedLine(lang: Lang, facts: Readonly<Partial<Record<SlotName, string>>>, slots: readonly SlotName[]): string | undefined {
  const line = changesLine(lang, facts, slots);
  return line && (lang === 'zh' ? `${ZH_NOTED}${line.slice(ZH_LEAD.length)}` : `${EN_NOTED}${line.slice(EN_LEAD.length)}`);
}

/** "已按您说的改好：地址 杭州市…12号。" / "Changed as you said: model KF-50X." — or nothing when no labelled fact changed. */
export function changesLine(lang: Lang, facts: Readonly<Partial<Record<SlotName, string>>>, slots: readonly SlotName[]): string | undefined {
  // A date is said in words, as in the confirmation (never its stored form 2026-11-24/2026-11-28).
  // Products and brands in the customer's words (烘干机, "dryer"), never the lexicon's ids (tumble_dryer).
  const value = (s: SlotName) =>
    s === 'purchaseDate'
      ? purchaseWords(facts[s], lang)
      : s === 'category'
        ? categoryName(facts[s], lang)
        : s === 'brand'
          ? brandName(facts[s], lang)
          : s === 'phone' && facts[s]
            ? phoneSaidBack(facts[s])
            : facts[s];
  const named = [...new Set(slots)].filter((s) => LABELS[s] && facts[s]).map((s) => `${LABELS[s]![lang]} ${value(s)}`);
  if (!named.length) return undefined;
  return lang === 'zh' ? `${ZH_LEAD}${named.join('；')}。` : `${EN_LEAD}${named.join('; ')}.`;
}
