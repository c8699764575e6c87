/**
 * Finds advice that no customer should be given: open the casing, bridge or short anything,
 * bypass a protection, work on gas parts, test or rewire the mains. One definition, used by
 * `kb lint` on knowledge steps, answers and policy text, and by evals that judge what the bot said.
 *
 * The patterns (unsafe-advice-cues.ts) describe the advice. This file decides whether a sentence
 * gives it: "不要拆开外壳" and "never open the casing" forbid it, and "an engineer will open the
 * casing" hands it to someone else, unless the customer is told to do it themselves; and
 * "自行拆修等人为损坏不在保修范围" names the act as a cause the warranty excludes.
 */
import { DELEGATION_CUES, NAMED_AS_CAUSE_CUES, NEGATION_CUES, NEGATION_RESETS, SELF_CUES, UNSAFE_ADVICE_CUES, UNSAFE_ADVICE_LABELS, type UnsafeAdviceKind } from './unsafe-advice-cues';

export { UNSAFE_ADVICE_KINDS, UNSAFE_ADVICE_LABELS, type UnsafeAdviceKind } from './unsafe-advice-cues';

export interface UnsafeAdvice {
  kind: UnsafeAdviceKind;
  /** The words that gave the advice. */
  match: string;
  /** The whole sentence it was given in, for reports. */
  sentence: string;
  /** Where the match starts in the text that was checked. */
  index: number;
}

/** Sentence ends; commas are not, so "不要拆开外壳、短接保险丝" forbids both. */
const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$)/gu;

interface Sentence {
  text: string;
  start: number;
}

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out.filter((s) => s.text.trim());
}

/** True when a "do not" before the advice, in the same sentence, still applies to it. */
function forbidden(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  let lastNegation = -1;
  for (const m of before.matchAll(NEGATION_CUES)) lastNegation = m.index + m[0].length;
  if (lastNegation < 0) return false;
  for (const m of before.slice(lastNegation).matchAll(NEGATION_RESETS)) if (m) return false;
  return true;
}

/** True when the sentence gives the job to an engineer and not to the customer. */
function delegated(sentence: string): boolean {
  return DELEGATION_CUES.test(sentence) && !SELF_CUES.test(sentence);
}

/**
 * Every piece of unsafe advice in `text` (Chinese, English or both), one per kind and sentence.
 * An empty list means none was found; the check is lexical, so it errs towards reporting.
 */
export function findUnsafeAdvice(text: string): UnsafeAdvice[] {
  const normal = text.normalize('NFKC');
  const found: UnsafeAdvice[] = [];
  for (const sentence of sentences(normal)) {
    if (delegated(sentence.text)) continue;
    const kinds = new Set<UnsafeAdviceKind>();
    for (const { kind, pattern } of UNSAFE_ADVICE_CUES) {
      if (kinds.has(kind)) continue;
      pattern.lastIndex = 0;
      for (const m of sentence.text.matchAll(pattern)) {
        if (forbidden(sentence.text, m.index)) continue;
        if (NAMED_AS_CAUSE_CUES.test(sentence.text.slice(m.index + m[0].length))) continue;
        kinds.add(kind);
        found.push({ kind, match: m[0].trim(), sentence: sentence.text.trim(), index: sentence.start + m.index });
        break;
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A short description of what was found, in both languages, for reports and findings. */
export function describeUnsafeAdvice(advice: UnsafeAdvice): { zh: string; en: string } {
  const label = UNSAFE_ADVICE_LABELS[advice.kind];
  return { zh: `${label.zh}：「${advice.match}」`, en: `${label.en}: "${advice.match}"` };
}
