/**
 * Our replies were written for mainland China: "leave and call 119", "a call-out fee (sample rate
 * 50 CNY in the city)", "or ask 12345". A customer in Arizona who rings 119 reaches nobody, and one
 * in Texas has no use for a yuan price. Every reply passes here on its way out (pipeline.ts), so
 * the phrase tables, the safety script, knowledge answers and a model's wording all keep one
 * wording and this one function says it for where the customer is:
 * - known to be abroad: the local emergency number where we are sure of it (emergency-numbers.ts),
 *   else "your local emergency number"; fees are set by the local service partner and quoted first;
 *   mainland-only service lines are left out;
 * - country unknown, English: 119 stays, "or your local emergency number" is added; a yuan sample is
 *   said to be a mainland one;
 * - in mainland China, or unknown in Chinese: the reply is unchanged.
 * Only whom to call changes: every instruction (leave, don't switch anything on, ventilate) stays.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { emergencyNumber, MAINLAND_EMERGENCY } from './emergency-numbers';
import type { Lang } from './phrases';

const NUM = String.raw`(?:119|120|110)`;
/**
 * A mainland emergency number where a reply tells someone to ring it: after call/dial/or, or in
 * brackets, or ", 119 if there is fire". Never a house number ("120 Main St"), a voltage or a time.
 */
const EN_GROUP = new RegExp(
  String.raw`(?<=\b(?:[Cc]all|[Dd]ial|[Rr]ing|[Pp]hone|or|then)\s|\(|,\s(?=${NUM}\s+if\b))${NUM}(?:\s?(?:or|\/)\s?${NUM})*(?![\w%°])(?!\)?[\s-]{0,2}\d)(?!,? (?:or )?your local emergency number)(?!\s+(?:[A-Z][a-z]|(?:V|volts?|Hz|W|watts?|days?|minutes?|mins?|hours?|seconds?|cm|mm|litres?|liters?|kg|years?|months?)\b))`,
  'g',
);
const ZH_GROUP = new RegExp(String.raw`(?<=(?:拨打|拨|打|或|（|\(|报警|电话)\s?)${NUM}(?:\s?(?:或|或者|\/|、)\s?${NUM})*(?![\d号楼路室栋])(?!（当地紧急电话）)`, 'g');

const ALREADY_SAID = /local emergency number|当地紧急电话|当地的紧急求助电话/;

/** A fee sample in yuan, in brackets: "(sample rate 50 CNY in the city, more for remote areas)". */
const EN_FEE_SAMPLE = /\s*\((?:sample rate |e\.g\.,? |for example,? |about |around )?(\d[\d,.]*\s*(?:CNY|RMB|yuan)\b[^()]*)\)/gi;
const EN_AMOUNT = /\b\d[\d,.]*\s*(?:CNY|RMB|yuan)\b|(?:\bCNY|\bRMB|¥)\s*\d[\d,.]*/gi;
const ZH_FEE_SAMPLE = /（[^（）]*\d+\s*元[^（）]*）/g;

/** Service lines that exist only in mainland China (12345 city line, 95598 power grid, 12315 consumer line), as the replies name them. */
const EN_MAINLAND_LINES: [RegExp, string][] = [
  [/[,;]?\s*(?:or ask |or call )?(?<![\d+][\s-]?)\b12345\b(?![\s-]?\d)(?:\s*\(city service line\))?(?:\s*can also tell you)?/g, ''],
  [/The power grid hotline is 95598\b[^.]*\./g, "I don't have your electricity supplier's number; its emergency line is on your bill and its website."],
  [/(?<![\d+][\s-]?)\b12315\b(?![\s-]?\d)(?:\s*\([^)]*\))?/g, 'your local consumer protection authority'],
];

const ZH_MAINLAND_LINES: [RegExp, string][] = [
  [/[，,]?(?:也可以|或)?打12345(?!\d)问(?:当地的号码)?/g, ''],
  [/供电公司的服务热线全国都是95598[^。]*。/g, '供电公司的电话我这里没有，一般印在电费单上，也可以在供电公司的网站或App上找到。'],
  [/(?<![\d+][\s-]?)12315(?![\s-]?\d)(?:（[^）]*）)?/g, '当地的消费者保护机构'],
];

export function replyForCountry(text: string, country: CountryCode | undefined, lang: Lang): string {
  if (country === 'CN' || (!country && lang === 'zh')) return text;
  if (!country) return forUnknownCountry(text);
  let out = localEmergencyNumbers(text, country, lang);
  if (lang === 'zh') {
    out = out.replace(ZH_FEE_SAMPLE, '（金额由当地服务商定，师傅动工前会先报价，您同意后才收费）');
    for (const [line, instead] of ZH_MAINLAND_LINES) out = out.replace(line, instead);
    return out;
  }
  out = out.replace(EN_FEE_SAMPLE, ' (the amount is set by the local service partner, and the engineer tells you it before any work)');
  out = out.replace(EN_AMOUNT, 'the local rate');
  for (const [line, instead] of EN_MAINLAND_LINES) out = out.replace(line, instead);
  return out;
}

/** English, country unknown: the mainland number is kept, with the customer's own as the other choice (once). */
function forUnknownCountry(text: string): string {
  // Said already (a reply fitted once is not fitted twice).
  let added = ALREADY_SAID.test(text);
  const out = text.replace(EN_GROUP, (group) => {
    if (added) return group;
    added = true;
    return `${group} or your local emergency number`;
  });
  return out.replace(EN_FEE_SAMPLE, (_all, sample: string) => ` (in mainland China, for example ${sample})`);
}

function localEmergencyNumbers(text: string, country: CountryCode, lang: Lang): string {
  let named = ALREADY_SAID.test(text);
  const out = text.replace(lang === 'zh' ? ZH_GROUP : EN_GROUP, (group) => {
    const services = [...new Set((group.match(/\d{3}/g) ?? []).map((n) => MAINLAND_EMERGENCY[n]!))];
    const numbers = services.map((s) => emergencyNumber(country, s));
    if (numbers.some((n) => !n)) return lang === 'zh' ? '当地的紧急求助电话' : 'your local emergency number';
    const distinct = [...new Set(numbers as string[])];
    const said = (n: string) => (lang === 'zh' ? n.replaceAll(' or ', '或') : n);
    const local = distinct.length === 1 ? said(distinct[0]!) : services.map((s, i) => `${said(numbers[i]!)}${lang === 'zh' ? `（${SERVICE_ZH[s]}）` : ` (${s})`}`).join(lang === 'zh' ? '或' : ' or ');
    // The words "your local emergency number" once, at the first number; the rest are the number alone.
    if (named) return local;
    named = true;
    if (lang === 'zh') return `${local}（当地紧急电话）`;
    return `${local}, your local emergency number${/ or /.test(local) ? 's' : ''}${CLAUSE_END}`;
  });
  // "call 999, your local emergency number, if anyone is hurt" but "call 999, your local emergency number."
  return out.replace(new RegExp(`${CLAUSE_END}(?=\\s+[A-Za-z])`, 'g'), ',').replaceAll(CLAUSE_END, '');
}

/** Where the inserted words end: a comma when the sentence goes on, nothing before punctuation. */
const CLAUSE_END = '\u0001';

const SERVICE_ZH = { fire: '火警', ambulance: '急救', police: '报警' } as const;
