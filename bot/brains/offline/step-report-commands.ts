/**
 * What the customer reports back at "did that help?", read for its outcome rather than its words:
 * - it works now ("现在转了", "it's turning now"), whatever cause is told beside it: fixed;
 * - a bare list of steps done ("换过了 擦了 放正了", "replaced X, wiped Y"): tried, still not working,
 *   so the visit goes on with the problem already known;
 * - only what still works ("加热倒是正常", "it still heats fine"): context, not a new fault to look up.
 * Runs after the other readers, so it corrects what they made of the same words.
 */
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import { top, type EngineState } from '../../engine/engine-state';
import { saysOnlyWhatStillWorks } from '../../understanding/still-works';
import { reportsStepsOnly } from '../../understanding/steps-only-report';
import { worksAgain } from '../../understanding/works-again';

/** What the same words were misread as: a verdict, a new fault, a yes. */
const VERDICTS = new Set<Command['kind']>(['fixed', 'notFixed', 'affirm', 'deny', 'outOfScope']);

const isNewFault = (c: Command) => (c.kind === 'start' && c.flow === 'fault' && !c.facts) || (c.kind === 'set' && c.slot === 'symptom');

export function applyStepReport(turn: TurnInput, state: EngineState, commands: Command[]): void {
  if (top(state)?.stage !== 'feedback' || turn.understanding.safety) return;
  if (commands.some((c) => ['danger', 'human', 'cancel', 'ask', 'declineVisit'].includes(c.kind))) return;
  if (commands.some((c) => c.kind === 'start' && c.flow !== 'fault')) return;
  const text = turn.text;
  const from = text.slice(0, 120);
  const drop = (test: (c: Command) => boolean) => {
    for (let i = commands.length - 1; i >= 0; i--) if (test(commands[i]!)) commands.splice(i, 1);
  };
  // (Where the other readers already heard only the fix, their reading stands as it is.)
  const heardFixedOnly = commands.some((c) => c.kind === 'fixed') && !commands.some((c) => c.kind === 'notFixed' || isNewFault(c));
  if (heardFixedOnly && !reportsStepsOnly(text) && !saysOnlyWhatStillWorks(text)) return;
  if (worksAgain(text)) {
    // The cause told beside the good news ("the ring was off its track") is no new fault nor a failure.
    drop((c) => VERDICTS.has(c.kind) || isNewFault(c));
    commands.push({ kind: 'fixed', from });
  } else if (reportsStepsOnly(text)) {
    // The original problem stays the problem: what was tried is no new symptom.
    drop((c) => VERDICTS.has(c.kind) || isNewFault(c));
    commands.push({ kind: 'notFixed', from });
  } else if (saysOnlyWhatStillWorks(text)) {
    // ("其他都没问题" is about the rest of it: no "glad it's working" for the fault still there.)
    drop((c) => isNewFault(c) || ['outOfScope', 'fixed', 'affirm'].includes(c.kind));
  }
}
