/**
 * During a job (a fault being solved, a repair being booked), a number left "in case" is the
 * booking's phone, not a call for a person: the handoff the call-me words were read as is dropped,
 * the number stays set and the form goes on (bot/understanding/contact-left.ts says when).
 */
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import { top, type EngineState } from '../../engine/engine-state';
import { leavesContactForJob } from '../../understanding/contact-left';

export function applyContactLeft(turn: TurnInput, state: EngineState, commands: Command[]): void {
  const frame = top(state);
  if (!frame || frame.flow === 'status' || turn.understanding.safety) return;
  if (!commands.some((c) => c.kind === 'human')) return;
  const numberGiven = commands.some((c) => (c.kind === 'set' || c.kind === 'correct') && c.slot === 'phone');
  if (!leavesContactForJob(turn.text, numberGiven)) return;
  for (let i = commands.length - 1; i >= 0; i--) if (commands[i]!.kind === 'human') commands.splice(i, 1);
}
