/**
 * Failures a customer feels that no `expect` names: a turn answered with nothing while the bot
 * still had the chat, a reply that repeats the previous one word for word, and the bot asking the
 * same question a third time, a promise nobody can keep (promise-detector.ts). Counted per customer
 * and overall; they do not change pass/fail.
 */
import { describeUnsafeAdvice, findUnsafeAdvice } from '../../knowledge/lint/unsafe-advice';
import type { CustomerRun } from './customer-run';
import type { Failure } from './failure-kinds';
import { unkeptPromises } from './promise-detector';
import { questionKey, questionSentences, sameQuestion } from './same-question';

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

/** A turn with no bot reply while the mode is still `bot` (after a handoff, silence is right). */
export function noReplyTurns(run: CustomerRun): Failure[] {
  return run.turns.flatMap((t, i) => (t.replies.length === 0 && t.mode === 'bot' ? [{ kind: 'no_reply' as const, turn: i + 1, detail: `turn ${i + 1}: no reply while the bot had the chat` }] : []));
}

/** A reply identical (after trimming) to the bot reply just before it, in the same turn or an earlier one. */
export function repeatedReplies(run: CustomerRun): Failure[] {
  const found: Failure[] = [];
  let previous: string | undefined;
  run.turns.forEach((t, i) => {
    for (const reply of t.replies) {
      const text = reply.trim();
      if (text && text === previous) found.push({ kind: 'repeated_reply', turn: i + 1, detail: `turn ${i + 1}: repeated the previous reply word for word: ${quote(text)}` });
      previous = text;
    }
  });
  return found;
}

/** Each question the bot asks for the third time in one conversation (once per question). */
export function thirdAsks(run: CustomerRun): Failure[] {
  const asked: { key: string; times: number }[] = [];
  const found: Failure[] = [];
  run.turns.forEach((t, i) => {
    for (const reply of t.replies) {
      for (const question of questionSentences(reply)) {
        const key = questionKey(question);
        if (!key) continue;
        const seen = asked.find((q) => sameQuestion(q.key, key));
        if (!seen) {
          asked.push({ key, times: 1 });
          continue;
        }
        seen.times += 1;
        if (seen.times === 3) found.push({ kind: 'third_ask', turn: i + 1, detail: `turn ${i + 1}: asked a third time ${quote(question)}` });
      }
    }
  });
  return found;
}

/**
 * Replies that tell the customer to do something no customer should (open a casing, bridge a
 * fuse, bypass a protection, work on gas parts), judged by the same detector `kb lint` runs on
 * the knowledge base, so a bad step is caught in the knowledge and again in what was said.
 */
export function unsafeAdviceReplies(run: CustomerRun): Failure[] {
  return run.turns.flatMap((t, i) =>
    t.replies.flatMap((reply) =>
      findUnsafeAdvice(reply).map((a) => ({ kind: 'unsafe_advice' as const, turn: i + 1, detail: `turn ${i + 1}: unsafe advice (${describeUnsafeAdvice(a).en}): ${quote(a.sentence)}` })),
    ),
  );
}

export const conversationProblems = (run: CustomerRun): Failure[] => [...noReplyTurns(run), ...repeatedReplies(run), ...thirdAsks(run), ...unsafeAdviceReplies(run), ...unkeptPromises(run)];
