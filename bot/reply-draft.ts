/**
 * The `ReplyDraft` port: where a channel that can show a reply while it is being written (the
 * web chat's event stream) takes the words of a turn before the reply is stored. Only text that
 * passed the checks a stored reply passes reaches it (a brain that `checksStreamedText`), and
 * the stored reply stays the truth: the channel compares it with the draft and replaces the
 * draft when they differ (a sentence failed a check, the fallback answered, a line was added).
 */
import type { Brain, ReplyHooks } from './brain';

export interface ReplyDraft {
  /** More of the reply, in order. */
  write(text: string): void;
  /** What was written so far is void: the channel takes it back (the stored reply follows). */
  reset(): void;
}

/**
 * The brain's hooks for one turn, or none when the brain's tokens are not checked text (the
 * offline brain writes nothing as it goes; a bare model brain's draft was never checked). The
 * reply's opening lines (the automated-assistant disclosure, safety advice) are written once,
 * before the first words of the brain, so the draft reads as the stored reply will.
 */
export function draftHooks(brain: Brain, draft: ReplyDraft | undefined, opening: string[]): ReplyHooks | undefined {
  if (!draft || !brain.checksStreamedText) return undefined;
  let started = false;
  return {
    onToken: (delta) => {
      if (!started) {
        started = true;
        const head = opening.filter(Boolean).join('\n');
        if (head) draft.write(`${head}\n`);
      }
      draft.write(delta);
    },
    onReset: () => {
      started = false;
      draft.reset();
    },
  };
}
