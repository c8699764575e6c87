/**
 * Where a whole turn's time goes, for the turn benchmark's figures: one more pass over the
 * questions with a timer around each stage. The headline ratio comes from the pass without
 * timers; this pass only says what the turn is made of.
 *
 * Stages are wall times and overlap where the turn overlaps them: the turn reads the message and
 * runs the brain (with its retrieval) while the COMMIT that stores the message waits for the
 * disk, so `understandingMs` and `brainMs` run alongside `messageCommitMs`; `retrievalMs` lies
 * inside `brainMs`. `overlapMs` is how much shorter the turn is than its stages one after another.
 */
import type { Assistant } from '../app/assistant';
import { percentile } from './result';
import { sqliteOf } from '../testing/desk';

export interface StageFigures {
  p50: number;
  mean: number;
}

export async function timeTurnStages(assistant: Assistant, questions: string[], nextId: () => string): Promise<Record<string, StageFigures | string>> {
  const samples = new Map<string, number[]>();
  let current: Map<string, number> | undefined;
  const restore: (() => void)[] = [];
  const add = (stage: string, ms: number) => current?.set(stage, (current.get(stage) ?? 0) + ms);

  /** Times one method of one object (async or not) under a stage name, until `restore`. */
  const time = <O extends object>(target: O, method: keyof O & string, stage: string | ((args: unknown[]) => string | undefined)) => {
    const original = target[method] as unknown as (...args: unknown[]) => unknown;
    const own = Object.hasOwn(target, method);
    (target as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const name = typeof stage === 'string' ? stage : stage(args);
      const start = performance.now();
      const result = original.apply(target, args);
      if (!name) return result;
      if (result instanceof Promise) return result.finally(() => add(name, performance.now() - start));
      add(name, performance.now() - start);
      return result;
    };
    restore.push(() => {
      if (own) (target as Record<string, unknown>)[method] = original;
      else delete (target as Record<string, unknown>)[method];
    });
  };

  const { bot, desk, understanding, brain, knowledge } = assistant;
  let units = 0;
  let commits = 0;
  // The turn's first unit of work stores the customer and the message; commitTurn stores the reply.
  time(sqliteOf(desk).db, 'transaction', () => (units++ === 0 ? 'messageStoredMs' : undefined));
  time(sqliteOf(desk).db, 'exec', (args) => (String(args[0]).startsWith('COMMIT') ? (commits++ === 0 ? 'messageCommitMs' : 'replyCommitMs') : undefined));
  time(understanding, 'understand', 'understandingMs');
  time(brain, 'reply', 'brainMs');
  time(knowledge, 'search', 'retrievalMs');
  time(desk.conversations, 'commitTurn', 'replyStoredMs');
  try {
    for (const text of questions) {
      current = new Map();
      units = 0;
      commits = 0;
      const id = nextId();
      const start = performance.now();
      await bot.handle({ channel: 'web', channelMessageId: `stage-${id}`, customerRef: `stage-${id}`, text, receivedAt: new Date().toISOString() });
      const turn = performance.now() - start;
      current.set('turnMs', turn);
      const inSequence = ['messageStoredMs', 'understandingMs', 'brainMs', 'replyStoredMs'].reduce((sum, stage) => sum + (current!.get(stage) ?? 0), 0);
      current.set('overlapMs', inSequence - turn);
      for (const [stage, ms] of current) (samples.get(stage) ?? samples.set(stage, []).get(stage)!).push(ms);
    }
  } finally {
    current = undefined;
    for (const undo of restore.reverse()) undo();
  }
  const figures: Record<string, StageFigures | string> = {
    note: 'one extra pass with timers (not the headline pass); wall times; understanding and brain run while messageCommit (inside messageStored) waits for the disk; retrieval is inside brain; each commit includes its fsync (synchronous=FULL); overlap = stages one after another minus the turn',
  };
  for (const [stage, values] of samples) {
    figures[stage] = { p50: round(percentile(values, 50)), mean: round(values.reduce((a, b) => a + b, 0) / values.length) };
  }
  return figures;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
