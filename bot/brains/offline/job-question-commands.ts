/**
 * A question about the job asked in the middle of it (bot/understanding/job-questions.ts) is a
 * question to answer, and nothing else: "那次预约是不是被取消了" / "was that appointment cancelled?"
 * called the booking off or started a cancellation, "会不会半夜打电话给我" / "will someone call me
 * at midnight?" read "call me" as asking for a person and handed the conversation over. With a job
 * open, those readings are dropped and the question is asked (the engine answers it and resumes).
 * Facts told with it (a phone number) are kept.
 */
import type { TurnInput } from '../../brain';
import type { Command, FlowName } from '../../engine/commands';
import { top, type EngineState } from '../../engine/engine-state';
import { jobQuestion } from '../../understanding/job-questions';

/** Readings a question about the job is mistaken for. */
const MISREAD = new Set<Command['kind']>(['cancel', 'human', 'deny', 'declineVisit']);
const MISREAD_START = new Set<FlowName>(['cancelVisit', 'status', 'reschedule', 'return', 'complaint']);

export function applyJobQuestion(turn: TurnInput, state: EngineState, commands: Command[]): void {
  const frame = top(state);
  if (!frame || turn.understanding.safety) return;
  const kind = jobQuestion(turn.text);
  if (!kind) return;
  // (Inside a return, or read as one — "还是不行 上个月买的 能换个新的吗" has its days counted there — a new one is the return's own business.)
  // (In a booking form it is a side question: the 三包 answer, and the booking goes on.)
  if (kind === 'replacement' && (frame.flow === 'return' || (frame.flow !== 'repair' && commands.some((c) => c.kind === 'start' && c.flow === 'return')))) return;
  for (let i = commands.length - 1; i >= 0; i--) {
    const c = commands[i]!;
    if (MISREAD.has(c.kind) || (c.kind === 'start' && MISREAD_START.has(c.flow) && c.flow !== frame.flow)) commands.splice(i, 1);
  }
  if (!commands.some((c) => c.kind === 'ask')) commands.push({ kind: 'ask', question: turn.redactedText.slice(0, 300), from: turn.text.slice(0, 120) });
}
