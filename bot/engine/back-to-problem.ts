/**
 * The open problem a customer returns to after a side topic ("那刚才那个问题呢", "ok and the noise?"):
 * the nearest troubleshooting or repair job on the stack, and the words it is about (product,
 * problem, the case found) for telling whether a named thing ("the noise") is part of it.
 */
import { factsOf, type EngineState, type Frame } from './engine-state';
import type { Lang } from '../phrases';
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

/** After a side topic, the troubleshooting just given is pointed to again with the ways on, rather than repeated. */
export function stepsAgain(caseTitle: string, lang: Lang): string {
  return lang === 'zh'
    ? `上面给您的处理方法（「${caseTitle}」）试过了吗？试了还不行，回复“还是不行”，我帮您安排维修；想直接报修也可以回复“报修”。`
    : `Did the steps above ("${caseTitle}") help? If not, reply "still not working" and I'll arrange a repair; or reply "book a repair" to go straight to it.`;
}
