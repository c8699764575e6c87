/**
 * Policy names: "一机一号规定", "丧亲关怀政策", "the bereavement support scheme". A reply may name a
 * policy only when a tool result or a passage names it; the key is the name without the generic
 * words around it (根据, 国家, 我们的, new, our, company), so "国家三包规定" is supported by a
 * passage on 三包. Words that only sound like a policy (the rules, 规定时间内, a source line's
 * "相关标准和规定": standards and rules in general) are not names.
 */
import type { Claim } from './claim';
import { clauses } from './clauses';

const ZH_POLICY = /([\u4e00-\u9fff0-9A-Za-z“”"'‘’「」《》]{2,12})(?:政策|规定|制度|条例|条款|(?:关怀|补贴|补助|抚恤|扶助|援助|回馈|换新|专项)(?:计划|活动|项目|方案))/g;
/** Where a policy's name starts: after the verb or the generic words in front of it. */
const ZH_BOUNDARY =
  /根据|按照|依据|依照|享受|属于|参与|参加|申请|适用|符合|可以|能够|我们|我司|公司|国家|官方|最新|特殊|特别|相关|内部|售后|服务|这个|这项|此项|标准|法规|法律|以及|[有是的了在按据将会该本新和及与“”"'‘’「」《》]/;
/** What is left that is not a name: 规定时间 and 按规定 leave nothing, 什么 asks. */
const ZH_NOT_A_NAME = /^(?:什么|哪些|哪个|任何|一些|这些|那些)$/;

const EN_POLICY = /\b((?:[a-z0-9-]+\s+){1,4})(?:policy|policies|scheme|initiative)\b/gi;
const EN_GENERIC = new Set([
  'our',
  'the',
  'a',
  'an',
  'new',
  'company',
  'official',
  'this',
  'that',
  'special',
  'under',
  'per',
  'by',
  'to',
  'according',
  'with',
  'your',
  'my',
  'its',
  'of',
  'in',
  'on',
  'for',
  'as',
  'is',
  'and',
  'latest',
  'current',
  'internal',
  'service',
  'after-sales',
  'we',
  'have',
  'has',
  'there',
  'it',
  'from',
  'store',
  'following',
  'any',
  'no',
  'what',
  'which',
  'about',
  'check',
  'see',
  'read',
]);

/** The policy's own name, or undefined when only generic words are left. */
export function policyName(words: string, lang: 'zh' | 'en'): string | undefined {
  if (lang === 'zh') {
    const core = words.split(ZH_BOUNDARY).at(-1) ?? '';
    return core.length >= 2 && !ZH_NOT_A_NAME.test(core) ? core : undefined;
  }
  const kept = words
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !EN_GENERIC.has(w));
  return kept.length ? kept.join(' ') : undefined;
}

export function policyClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const clause of clauses(text)) {
    if (clause.refusing) continue;
    for (const m of clause.text.matchAll(ZH_POLICY)) {
      const name = policyName(m[1]!, 'zh');
      if (name) claims.push({ kind: 'policy', key: name, said: m[0] });
    }
    for (const m of clause.text.matchAll(EN_POLICY)) {
      const name = policyName(m[1]!, 'en');
      if (name) claims.push({ kind: 'policy', key: name, said: m[0].trim() });
    }
  }
  return claims;
}
