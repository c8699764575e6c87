/**
 * Whether a model's rewording of the engine's reply may be sent instead of it. The rewording may
 * change words, never facts: every number, code, ticket number and question the engine said is
 * still there, nothing numeric appears that neither the engine nor the quoted knowledge said,
 * the length and language are the engine's, the output guard finds nothing against the turn's
 * tool results, and every claim in it is grounded (guardrails/claims: backed by the tools, the
 * engine's reply, the passages or the customer's own words). Any doubt means the engine's own
 * text is sent.
 */
import { describeClaim } from '../../guardrails/claims/claim';
import { checkGrounding, type GroundingSources } from '../../guardrails/claims/grounding';
import type { GuardEvidence, OutputGuard } from '../../guardrails/output-guard';
import type { Lang } from '../../phrases';

/**
 * Things a customer acts on: ticket numbers, codes (E4, F-18, 22E), model numbers, amounts,
 * dates and times, in digits or in Chinese numerals (五千, financial 伍仟), and money words.
 */
const FACT_TOKEN = /[A-Z]{1,4}-?\d[\w/-]*|\d+[A-Z][\w-]*|\d+(?:[.:：/-]\d+)*|[零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]{2,}|[元块塊圆圓¥￥$]|yuan|rmb|dollars?/gi;
const HAN = /[\u4e00-\u9fff]/g;
/** What a reply is made of, to compare two wordings: its Chinese characters, or its English words. */
const units = (text: string, lang: Lang): Set<string> => new Set(lang === 'zh' ? (text.match(HAN) ?? []) : (text.toLowerCase().match(/[a-z]{4,}/g) ?? []));
/** A rewording keeps most of what the reply is made of, and brings in little of its own. */
const KEPT_AT_LEAST = 0.6;
const NEW_AT_MOST = 0.3;

const tokens = (text: string): Set<string> => new Set([...text.matchAll(FACT_TOKEN)].map((m) => m[0].toUpperCase()));
const asksSomething = (text: string) => /[?？]/.test(text);
const share = (part: number, whole: number, empty: number) => (whole ? part / whole : empty);

export interface PhrasingCheckInput {
  phrased: string;
  engineText: string;
  /** Knowledge text the model was given (it may say a number from there). */
  passages: string;
  lang: Lang;
  guard: OutputGuard;
  evidence: GuardEvidence;
  /** The customer's own words, for the grounding check; no grounding check when absent. */
  customerWords?: string[];
}

/** Why the phrasing cannot be sent; empty when it may be. */
export function phrasingDoubts(input: PhrasingCheckInput): string[] {
  const { phrased, engineText, passages, lang } = input;
  const doubts: string[] = [];
  if (!phrased.trim()) return ['empty'];
  if (phrased.length > engineText.length * 1.6 + 40) doubts.push('much longer than the engine reply');
  if (phrased.length < engineText.length * 0.4) doubts.push('much shorter than the engine reply (facts dropped?)');
  const han = (phrased.match(HAN) ?? []).length;
  if (lang === 'zh' ? han === 0 : han > phrased.length / 4) doubts.push(`not in ${lang}`);
  const said = tokens(engineText);
  const now = tokens(phrased);
  const allowed = new Set([...said, ...tokens(passages)]);
  const lost = [...said].filter((t) => !now.has(t));
  if (lost.length) doubts.push(`drops ${lost.join(', ')}`);
  const added = [...now].filter((t) => !allowed.has(t));
  if (added.length) doubts.push(`adds ${added.join(', ')}`);
  if (asksSomething(engineText) && !asksSomething(phrased)) doubts.push('no longer asks what the engine asked');
  // Something else said in its place (another script, a line an attacker wanted said).
  const before = units(engineText, lang);
  const after = units(phrased, lang);
  const known = new Set([...before, ...units(passages, lang)]);
  const kept = share([...before].filter((u) => after.has(u)).length, before.size, 1);
  const fresh = share([...after].filter((u) => !known.has(u)).length, after.size, 0);
  if (kept < KEPT_AT_LEAST) doubts.push(`keeps only ${Math.round(kept * 100)}% of the reply`);
  if (fresh > NEW_AT_MOST) doubts.push(`${Math.round(fresh * 100)}% of it is new`);
  const verdict = input.guard.check(phrased, { toolResults: [...input.evidence.toolResults, { engineReply: engineText }] });
  if (!verdict.ok) doubts.push(...verdict.violations.map((v) => `guard: ${v.kind} (${v.match})`));
  if (input.customerWords) {
    const sources: GroundingSources = {
      toolResults: input.evidence.toolResults,
      passages: [engineText, passages],
      customerWords: input.customerWords,
      allowedLinkHosts: input.guard.allowedLinkHosts,
    };
    const grounding = checkGrounding(phrased, sources);
    if (!grounding.ok) doubts.push(...grounding.unsupported.map((c) => `ungrounded: ${describeClaim(c)}`));
  }
  return doubts;
}
