/**
 * Whether a model's rewording of the engine's reply may be sent instead of it. The rewording may
 * change words, never facts: every number, code, ticket number and question the engine said is
 * still there, nothing numeric appears that neither the engine nor the quoted knowledge said,
 * the length and language are the engine's, and the output guard finds nothing against the
 * turn's tool results. Any doubt means the engine's own text is sent.
 */
import type { GuardEvidence, OutputGuard } from '../../guardrails/output-guard';
import type { Lang } from '../../phrases';

/** Things a customer acts on: ticket numbers, codes (E4, F-18, 22E), model numbers, amounts, dates and times. */
const FACT_TOKEN = /[A-Z]{1,4}-?\d[\w/-]*|\d+[A-Z][\w-]*|\d+(?:[.:：/-]\d+)*/gi;
const HAN = /[\u4e00-\u9fff]/g;

const tokens = (text: string): Set<string> => new Set([...text.matchAll(FACT_TOKEN)].map((m) => m[0].toUpperCase()));
const asksSomething = (text: string) => /[?？]/.test(text);

export interface PhrasingCheckInput {
  phrased: string;
  engineText: string;
  /** Knowledge text the model was given (it may say a number from there). */
  passages: string;
  lang: Lang;
  guard: OutputGuard;
  evidence: GuardEvidence;
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
  const verdict = input.guard.check(phrased, { toolResults: [...input.evidence.toolResults, { engineReply: engineText }] });
  if (!verdict.ok) doubts.push(...verdict.violations.map((v) => `guard: ${v.kind} (${v.match})`));
  return doubts;
}
