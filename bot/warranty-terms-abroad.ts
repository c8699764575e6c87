/**
 * Our warranty periods come from China's "three guarantees" (三包) rules, and the replies name them
 * as the law: "(Source: China's national 'three guarantees' warranty rules)", "按三包规定". For a
 * customer abroad that law is not theirs: the periods stay (they are the terms we apply), but we
 * say so honestly, and say once per conversation that where they bought it local consumer law and
 * the brand's local warranty may give more, which the seller or local service partner confirms.
 * The phrase tables keep one wording; this says it for a customer abroad (customer-where.ts).
 */
import { SANBAO_RULES_EN } from './sanbao-words';
import type { Lang } from './phrases';

const RULES_EN = SANBAO_RULES_EN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rules named as the source or the law a period comes from. */
const EN_SOURCE = new RegExp(String.raw`\(?Source: ${RULES_EN}\)?`, 'g');
const EN_UNDER = new RegExp(String.raw`\b([Uu])nder (?:${RULES_EN}|the statutory rules|the statutory warranty|China's national "three guarantees" rules)`, 'g');
const EN_STATUTORY = /\bthe statutory (rules|warranty|cover)\b/g;
const ZH_SOURCE = /依据：国家三包规定/g;
const ZH_UNDER = /按(?:国家)?三包规定/g;

const EN_TERMS = `the warranty terms we apply (from China's "three guarantees" rules)`;
const EN_SOURCE_TERMS = `our warranty terms, from China's "three guarantees" rules`;
const ZH_TERMS = '我们执行的保修条款（参照中国的三包规定）';
const ZH_SOURCE_TERMS = '我们执行的保修条款，参照中国的三包规定';

const EN_NOTE = `These are the warranty terms we apply (from China's "three guarantees" rules). Where you bought it, local consumer law and the brand's local warranty may give you more; the seller or the local service partner confirms it.`;
const ZH_NOTE = '以上是我们执行的保修条款（参照中国的三包规定）。您购买所在地的消费者保护法律和品牌在当地的保修可能给您更多保障，具体以销售商或当地服务商的确认为准。';

/** Already said in this reply or an earlier one. */
const NOTED = /local consumer law and the brand's local warranty|所在地的消费者保护法律和品牌在当地的保修/;

/**
 * The reply with the rules named as our terms; `noted`: whether the local-law note has been said
 * in this conversation (given), or is now (returned).
 */
export function warrantyTermsAbroad(text: string, lang: Lang, noted: boolean): { text: string; noted: boolean } {
  const zh = lang === 'zh';
  const named = (zh ? [ZH_SOURCE, ZH_UNDER] : [EN_SOURCE, EN_UNDER, EN_STATUTORY]).some((re) => text.search(re) >= 0);
  if (!named) return { text, noted };
  const out = zh
    ? text.replace(ZH_SOURCE, `依据：${ZH_SOURCE_TERMS}`).replace(ZH_UNDER, `按${ZH_TERMS}`)
    : text
        .replace(EN_SOURCE, (all) => (all.startsWith('(') ? `(Source: ${EN_SOURCE_TERMS})` : `Source: ${EN_SOURCE_TERMS}`))
        .replace(EN_UNDER, (_all, u: string) => `${u}nder ${EN_TERMS}`)
        .replace(EN_STATUTORY, EN_TERMS);
  if (noted || NOTED.test(out)) return { text: out, noted: true };
  // Said right under the first line that names the rules, where the customer reads the periods.
  const lines = out.split('\n');
  const at = lines.findIndex((line) => (zh ? [ZH_TERMS, ZH_SOURCE_TERMS] : [EN_TERMS, EN_SOURCE_TERMS]).some((terms) => line.includes(terms)));
  // A line that only cites the source is the note itself, said in full.
  const sourceOnly = /^[(（]?(?:Source: |依据：)[^\n]*[)）]?$/.test(lines[at]!.trim());
  lines.splice(sourceOnly ? at : at + 1, sourceOnly ? 1 : 0, zh ? ZH_NOTE : EN_NOTE);
  return { text: lines.join('\n'), noted: true };
}
