/**
 * What a customer demands when asking for a person ("我要投诉 要换新的 叫你们领导来", "I want a
 * refund and a manager"): said back in our words and written on the ticket, so the customer knows
 * the demand reached someone and the person handling it sees it first. Never a promise: the person
 * decides.
 */
import type { Lang } from '../phrases';

type Bi = { zh: string; en: string };

/** Someone senior: said back on its own by the waiting replies, so callers can tell it apart. */
export const MANAGER_DEMAND: Bi = { zh: '由主管处理', en: 'a manager to handle it' };

const DEMANDS: [RegExp, Bi][] = [
  [/投诉|\b(?:formal )?complaint\b|\bcomplain\b/i, { zh: '正式投诉', en: 'a formal complaint' }],
  [/换(?:个)?新(?:的|机)?|换货|换一台|\b(?:replacement|replace it|new one|swap it|exchange)\b/i, { zh: '换新', en: 'a replacement' }],
  [/退货|退款|退钱|把钱退|\b(?:refund|money back|return it)\b/i, { zh: '退款', en: 'a refund' }],
  [/赔偿|补偿|赔我|\b(?:compensat\w*|reimburs\w*)\b/i, { zh: '赔偿', en: 'compensation' }],
  [/领导|主管|经理|负责人|上级|\b(?:manager|supervisor|someone senior|escalat\w*)\b/i, MANAGER_DEMAND],
];

/** The demands a message makes, in our words, or none. */
export function demandsIn(text: string): Bi[] {
  return DEMANDS.filter(([words]) => words.test(text)).map(([, said]) => said);
}

function list(items: string[], lang: Lang): string {
  if (lang === 'zh') return items.join('、');
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The note for the person handling the ticket. */
export function demandsNote(demands: Bi[]): string {
  return `客户要求 / Customer asks for: ${demands.map((d) => `${d.zh} (${d.en})`).join('; ')}`;
}

/** What the customer hears: the demands are on the ticket, and a person decides them. */
export function demandsHeard(demands: Bi[], lang: Lang, ticket: string): string {
  const zh = lang === 'zh';
  const what = list(
    demands.map((d) => d[lang]),
    lang,
  );
  return zh
    ? `您的要求（${what}）已经写在工单 ${ticket} 上，由处理的人工客服核实后答复您；我这里不能替他们答应，但不会漏掉。`
    : `Your request for ${what} is written on ticket ${ticket}; the person handling it will check and answer you. I can't promise it from here, but it won't get lost.`;
}
