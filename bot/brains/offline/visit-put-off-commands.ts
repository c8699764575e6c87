/**
 * A visit put off in the middle of its booking ("先不约了", "hold off on the booking") is read as that and
 * nothing else: the form is called off with the visit declined, whatever the words looked like on the way
 * (a person asked for in "不行再联系你们", a slot answer, a question the form would answer next).
 */
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import { top, type EngineState } from '../../engine/engine-state';
import { putsVisitOff } from '../../understanding/visit-put-off';

/** Keeps the thanks or goodbye said with it; everything else the words were read as goes. */
const KEPT = new Set<Command['kind']>(['thanks', 'bye']);

export function applyVisitPutOff(turn: TurnInput, state: EngineState, commands: Command[]): void {
  const frame = top(state);
  const booking = frame?.flow === 'repair' && (frame.stage === 'collect' || frame.stage === 'confirm');
  if (!booking || turn.understanding.safety || !putsVisitOff(turn.text)) return;
  if (commands.some((c) => c.kind === 'danger' || ((c.kind === 'set' || c.kind === 'correct') && ['phone', 'address'].includes(c.slot)))) return;
  const from = turn.text.slice(0, 120);
  const kept = commands.filter((c) => KEPT.has(c.kind));
  commands.splice(0, commands.length, { kind: 'declineVisit', from }, { kind: 'cancel', from }, ...kept);
}
