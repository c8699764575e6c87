/**
 * The open problem a customer returns to after a side topic ("那刚才那个问题呢", "ok and the noise?"):
 * the nearest troubleshooting or repair job on the stack, and the words it is about (product,
 * problem, the case found) for telling whether a named thing ("the noise") is part of it.
 */
import { factsOf, type EngineState, type Frame } from './engine-state';
import { categoryName } from './wording';

const PROBLEM_FLOWS = new Set(['fault', 'repair', 'return', 'complaint']);

/** The nearest job about a problem, from the top of the stack down. */
export function openProblem(state: EngineState): Frame | undefined {
  return [...state.stack].reverse().find((f) => PROBLEM_FLOWS.has(f.flow));
}

/** What the job is about, in both languages' product names and the customer's own words. */
export function problemAbout(state: EngineState, frame: Frame): string {
  const f = factsOf(state, frame);
  return [f.symptom, f.errorCode, frame.caseTitle, categoryName(f.category, 'zh'), categoryName(f.category, 'en'), f.brand].filter(Boolean).join(' ');
}
