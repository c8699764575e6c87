/**
 * At "did that help?", another part failing too ("冷冻室也开始化了", "now the freezer is warm as well") is
 * the steps not fixing it: read as notFixed whatever "好的"/"ok" opened it, with the new symptom set so
 * it joins the problem (the engine keeps the first description and adds only what is new).
 */
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import { top, type EngineState } from '../../engine/engine-state';
import { furtherFailure } from '../../understanding/further-failure';

/** What "ok"/"好的" in front of it was read as: a yes, a fix. */
const MISREAD = new Set<Command['kind']>(['fixed', 'affirm', 'thanks', 'outOfScope']);

/** Answer words the message may open with. */
const LEAD = /^(?:(?:ok(?:ay)?|yeah|yes|well|right|hmm+|好的?|嗯+|行|试了|试过了|照做了)[\s,，.。!！~]*)+/i;

export function applyFurtherFailure(turn: TurnInput, state: EngineState, commands: Command[]): void {
  const frame = top(state);
  if (frame?.stage !== 'feedback' || turn.understanding.safety || commands.some((c) => c.kind === 'danger' || c.kind === 'human')) return;
  if (!furtherFailure(turn.text)) return;
  const from = turn.text.slice(0, 120);
  for (let i = commands.length - 1; i >= 0; i--) if (MISREAD.has(commands[i]!.kind)) commands.splice(i, 1);
  if (!commands.some((c) => c.kind === 'notFixed')) commands.push({ kind: 'notFixed', from });
  // (The "ok"/"好的" in front is no part of the symptom the engineer reads.)
  const symptom = turn.text.replace(LEAD, '').trim().slice(0, 200);
  if (symptom && !commands.some((c) => c.kind === 'set' && c.slot === 'symptom')) commands.push({ kind: 'set', slot: 'symptom', value: symptom, from });
}
