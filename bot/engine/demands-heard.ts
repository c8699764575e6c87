/**
 * What a customer demands when asking for a person ("我要投诉 要换新的 叫你们领导来", "I want a
 * refund and a manager"; compensation is answered by complaint-heard.ts): said back in our words and written on the ticket, so the customer knows
 * the demand reached someone and the person handling it sees it first. Never a promise: the person
 * decides.
 */
import type { Lang } from '../phrases';
import { ASKS_FOR_SENIOR } from '../understanding/lexicons/senior-person';

type Bi = { zh: string; en: string };

/** Someone senior: said back on its own by the waiting replies, so callers can tell it apart. */
export const MANAGER_DEMAND: Bi = { zh: '由主管处理', en: 'a manager to handle it' };

const DEMANDS: [RegExp, Bi][] = [
  [/投诉|\b(?:formal )?complaint\b|\bcomplain\b/i, { zh: '正式投诉', en: 'a formal complaint' }],
  [/换(?:个|台|一台|一个)?新(?:的|机)?|换机|换货|换一台|\b(?:replacement|replace it|new one|swap it|exchange)\b/i, { zh: '换新', en: 'a replacement' }],
  // Asked for, not named: "叫你们领导来" asks for one; "Supervisor here", "我是主管" introduce someone (see below).
  [new RegExp(String.raw`${ASKS_FOR_SENIOR.source}|\b(?:your|a|the|to)\s+(?:manager|supervisor|boss|ceo)\b|\bescalate\b`, 'i'), MANAGER_DEMAND],
];

/** Someone saying they are staff ("Supervisor here", "我是客服主管"): a claim to check, never a demand to note. */
const SELF_INTRODUCED = /我是[^，,。！？!?]{0,6}(?:领导|主管|经理|负责人)|\b(?:manager|supervisor|admin|staff) here\b|\bi(?:'m| am) (?:a |the |your )?(?:manager|supervisor|admin)\b/i;

/**
 * The demands a message makes, in our words, or none. Money (a refund, compensation) is left out:
 * staff decide it, and it has its own line ("staff decide refunds...") and complaint-heard.ts.
 */
export function demandsIn(text: string): Bi[] {
  if (SELF_INTRODUCED.test(text)) return [];
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

/** The note `demandsNote` writes, wherever it stands in a text (a summary ends with it). */
const DEMANDS_NOTE = /客户要求 \/ Customer asks for: ((?:[^;()]+ \([^()]+\)(?:; )?)+)/g;

/**
 * A text holding the demands note in one language: the desk shows its agent "客户要求：正式投诉"
 * or "Customer asks for: a formal complaint", never both (the stored note keeps both for exports).
 */
export function demandsNoteIn(text: string, lang: Lang): string {
  return text.replace(DEMANDS_NOTE, (_, items: string) => {
    const said = [...items.matchAll(/([^;()]+?) \(([^()]+)\)/g)].map((m) => ({ zh: m[1]!.trim(), en: m[2]!.trim() }));
    return lang === 'zh' ? `客户要求：${said.map((d) => d.zh).join('、')}` : `Customer asks for: ${said.map((d) => d.en).join('; ')}`;
  });
}

/** What the customer hears: the demands are on the ticket, and a person decides them. */
export function demandsHeard(demands: Bi[], lang: Lang, ticket: string): string {
  const zh = lang === 'zh';
  const what = list(
    demands.map((d) => d[lang]),
    lang,
  );
  return zh
    ? `您的要求（${what}）已经写在工单 ${ticket} 上，由处理的人工客服核实后答复您；我这里不能替他们答应，但会一直记在工单上。`
    : `Your request for ${what} is written on ticket ${ticket}; the person handling it will check and answer you. I can't promise it from here, but it stays on record.`;
}

/** What the customer hears when the demand went with a handoff that filed nothing new (an earlier case chased). */
export function demandsPassedOn(demands: Bi[], lang: Lang): string {
  const what = list(
    demands.map((d) => d[lang]),
    lang,
  );
  return lang === 'zh'
    ? `您的要求（${what}）已经和您之前的单子一起交给人工客服，由他们核实后答复您；我这里不能替他们答应。`
    : `Your request for ${what} has gone to the person with your earlier case; they will check and answer you. I can't promise it from here.`;
}
