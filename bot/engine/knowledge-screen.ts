/**
 * Knowledge text is data, not an instruction: a step in a case may have been written by anyone
 * (ADVERSARIAL #9, a poisoned entry asking customers to e-mail ID photos to an outside address).
 * Before the offline brain quotes a line of the knowledge base, the output guard reads it on its
 * own, with no tool result to back it: a line with a link, an e-mail, a contact request, money or
 * a warranty promise is left out rather than shown word for word. The knowledge screen that `kb
 * ingest` refuses entries by (guardrails/knowledge-text-screen.ts) applies here too, so an entry
 * that reached a knowledge base before it existed (or by another road) is never quoted either.
 */
import { screenKnowledgeText } from '../guardrails/knowledge-text-screen';
import { OutputGuard } from '../guardrails/output-guard';

const guard = new OutputGuard();

/**
 * The guard's verdict on each line, kept: the lines are the knowledge base's own, the guard reads
 * a line the same way every time, and the cases customers ask about most are screened again on
 * every answer. Bounded so that a knowledge base that changes often cannot grow it without end.
 */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 20_000;

/** The verdict kept under `key` (the test's name and the text), or `judge()`'s, kept. */
function keptVerdict(key: string, judge: () => boolean): boolean {
  let safe = verdicts.get(key);
  if (safe === undefined) {
    safe = judge();
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, safe);
  }
  return safe;
}

function lineIsSafe(line: string): boolean {
  return keptVerdict(`line:${line}`, () => guard.check(line).ok && screenKnowledgeText(line).length === 0);
}

export function screenKnowledgeLines(lines: readonly string[] | undefined): string[] {
  return (lines ?? []).filter(lineIsSafe);
}

/** What an approved answer (a policy, a curated reply) may never carry: it may name fees, not links. */
const NEVER_IN_ANSWERS = new Set(['link', 'image', 'email', 'canary', 'prompt_leak', 'profanity']);

/** Kept like a line's verdict: the same policy answers are screened on every turn that finds them (a long English answer's address and phone scan cost a few ms each time). */
export function approvedAnswerIsClean(answer: string): boolean {
  return keptVerdict(`answer:${answer}`, () => !guard.check(answer).violations.some((v) => NEVER_IN_ANSWERS.has(v.kind)) && screenKnowledgeText(answer).length === 0);
}

/** A case's title is quoted too (这个情况一般是「…」): a case whose title trips the screen is not used. */
export function knowledgeTitleIsClean(title: string): boolean {
  return keptVerdict(`title:${title}`, () => guard.check(title).ok && screenKnowledgeText(title).length === 0);
}
