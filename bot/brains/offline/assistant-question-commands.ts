/**
 * "What can you do?" and "are you an AI?" are small talk about the assistant, answered as such
 * (engine social replies), never a question to look up: looked up, they met the out-of-scope refusal
 * again or "an engineer will answer that". Only a message that asks nothing else: a fault, a product,
 * a call for a person or a danger told with it keeps its own reading.
 */
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import type { EngineState } from '../../engine/engine-state';
import { assistantQuestion } from '../../understanding/assistant-question';

/** Asking to be put through to a person, beside the question (转人工, 找真人, "let me talk to a human"). */
const PUT_THROUGH =
  /转|接|找|叫|换|要(?:个|一个)?(?:真人|人工)|人工客服|不要机器人|\b(?:talk|speak|chat) (?:to|with)\b|\bput me through\b|\btransfer\b|\bconnect me\b|\bget me\b|\bi want (?:a|an|to)\b|\blet me\b/i;

/** Message length up to which such a question is the message (a longer one tells more). */
const SHORT = 60;

export function applyAssistantQuestion(turn: TurnInput, _state: EngineState, commands: Command[]): void {
  const u = turn.understanding;
  if (u.safety || turn.text.length > SHORT || !assistantQuestion(turn.text)) return;
  if (u.slots.category || u.slots.errorCode || u.slots.ticketNumber || u.slots.phone) return;
  // ("你是人工智能吗" holds 人工, yet asks for no person: only words that ask to be put through do.)
  const wantsPerson = commands.some((c) => c.kind === 'human') && PUT_THROUGH.test(turn.text);
  if (wantsPerson || commands.some((c) => c.kind === 'cancel' || (c.kind === 'start' && c.facts))) return;
  for (let i = commands.length - 1; i >= 0; i--) {
    const c = commands[i]!;
    if (c.kind === 'human' || c.kind === 'ask' || c.kind === 'outOfScope' || c.kind === 'start' || c.kind === 'affirm' || c.kind === 'deny' || (c.kind === 'set' && c.slot === 'symptom'))
      commands.splice(i, 1);
  }
  if (!commands.some((c) => c.kind === 'chitchat')) commands.push({ kind: 'chitchat', from: turn.text.slice(0, 80) });
}
