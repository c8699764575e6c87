/**
 * Details told after a first answer ("the screen is black and says no input", "外机上全是冰，出来的是凉风"):
 * not a report that the steps failed, but what the product actually does. They are matched against
 * the knowledge base again with the product known, and a better case answers them; the steps given
 * are never said again as if the new words were only a "still not working".
 */
import { classifyClause } from '../understanding/fault-clauses';
import { saysOnlyWhatStillWorks } from '../understanding/still-works';
import { addedFault } from './problem-added';
import { faultWords } from './problem-words';
import { symptomKinds } from './symptom-fit';
import { vagueFault } from './vague-fault';

/** States seen on the product that the symptom kinds do not name: a dark screen, ice on a unit, cold air blown. */
const SEEN =
  /(?:屏幕|画面|屏)[^，。,.；;]{0,4}(?:黑|暗|不亮)|(?:结|挂|长|全是|一层|都是)[^，。,.；;]{0,6}(?:冰|霜)|(?:吹|出)(?:的是|来的是)?(?:凉|冷)风|\b(?:ice|iced|frost(?:ed|y)?)\b|\bblows? (?:only |just )?(?:cool|cold)\b|\bscreen\b[^.,;]{0,20}\b(?:black|dark|blank)\b|\b(?:says|shows|reads) ["“']?no (?:signal|input)\b/i;

/** Where the engine joins a problem's later details to it. */
const JOIN = /[；;]\s*/;

/**
 * The new description a message after an answer adds to the problem told so far, or undefined when
 * it adds none (an "ok", a time, the same fault said again). The first match decides: a symptom kind
 * not named before, a clause read as a fault, or a state seen.
 */
export function detailsAfterAnswer(before: string, text: string): string | undefined {
  // "it still heats fine", "加热倒是正常": what still works is context, never a new fault to look up.
  if (saysOnlyWhatStillWorks(text)) return undefined;
  const fault = faultWords(text);
  if (!fault || vagueFault(fault)) return undefined;
  const known = symptomKinds(before);
  const kinds = [...symptomKinds(fault)];
  const newKind = kinds.length > 0 && kinds.some((k) => !known.has(k));
  const seen = SEEN.test(fault) && !SEEN.test(before);
  const added = addedFault(before, text);
  if (!newKind && !seen && !added) return undefined;
  // (A clause that is not about the product at all, "I'm out till tonight", is no detail of it.)
  if (!newKind && !seen && !fault.split(JOIN).some((part) => classifyClause(part) === 'fault')) return undefined;
  return added && !newKind && !seen ? added : fault;
}

/** The problem with its new details after it, as the ticket keeps it (the search reads the details alone). */
export function problemWithDetails(before: string | undefined, details: string): string {
  return before ? `${before}${/[\u4e00-\u9fff]/.test(details) ? '；' : '; '}${details}` : details;
}
