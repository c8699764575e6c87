/** The team's labelled understanding set (labelled.jsonl) and how the rules score on it. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { understand } from '../../bot/understanding';
import { INTENTS, LANGUAGES, PRIORITY_TIERS, type Understanding } from '../../bot/understanding/types';
import { accuracy, confusionMatrix, macroF1, perClassMetrics, type ClassMetrics, type ConfusionMatrix } from '../metrics';

export const LABELLED_SET = path.join(import.meta.dirname, 'labelled.jsonl');
/** The set was written for a summer day (air conditioners failing in the heat); rows may override it. */
export const DEFAULT_TODAY = '2026-07-20';

const rowSchema = z.object({
  id: z.string(),
  lang: z.enum(LANGUAGES),
  text: z.string().min(1),
  intent: z.enum(INTENTS),
  secondary: z.array(z.enum(INTENTS)).optional(),
  urgency: z.enum(PRIORITY_TIERS),
  slots: z.record(z.string(), z.string()).optional(),
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  priorContacts: z.number().int().min(0).optional(),
});
export type LabelledRow = z.infer<typeof rowSchema>;

export function loadLabelledSet(file = LABELLED_SET): LabelledRow[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = rowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export interface TaskScore {
  accuracy: number;
  macroF1: number;
  classes: ClassMetrics[];
  confusion: ConfusionMatrix;
}

export interface SlotScore {
  slot: string;
  correct: number;
  total: number;
}

export interface LabelledReport {
  size: number;
  intent: TaskScore;
  urgency: TaskScore;
  language: { accuracy: number };
  /** Of the labelled secondary intents, how many were found among the predicted ones. */
  secondaryRecall: { found: number; total: number };
  safety: { p1Recall: number; total: number };
  slots: SlotScore[];
  latencyMs: { p50: number; p99: number; mean: number };
  /** Time per message, in set order (for latency distributions). */
  timingsMs: number[];
  mistakes: { id: string; text: string; field: string; expected: string; got: string }[];
  predictions: { row: LabelledRow; result: Understanding }[];
}

function score(gold: string[], predicted: string[], labels: readonly string[]): TaskScore {
  return {
    accuracy: accuracy(gold, predicted),
    macroF1: macroF1(gold, predicted, labels),
    classes: perClassMetrics(gold, predicted, labels),
    confusion: confusionMatrix(gold, predicted, labels),
  };
}

function slotValue(result: Understanding, slot: string): string | undefined {
  if (slot === 'purchaseDate') return result.slots.purchaseDate?.value;
  const value = (result.slots as Record<string, unknown>)[slot];
  return value === undefined ? undefined : String(value);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export function evaluateLabelledSet(rows: LabelledRow[] = loadLabelledSet()): LabelledReport {
  // Warm up so the figures are the steady state a running bot sees.
  for (const row of rows.slice(0, 30)) understand(row.text, { today: row.today ?? DEFAULT_TODAY });
  const timings: number[] = [];
  const predictions = rows.map((row) => {
    const started = performance.now();
    const result = understand(row.text, { today: row.today ?? DEFAULT_TODAY, priorContacts: row.priorContacts });
    timings.push(performance.now() - started);
    return { row, result };
  });
  const mistakes: LabelledReport['mistakes'] = [];
  const slotTally = new Map<string, SlotScore>();
  let secondaryFound = 0;
  let secondaryTotal = 0;
  for (const { row, result } of predictions) {
    if (row.intent !== result.intent) mistakes.push({ id: row.id, text: row.text, field: 'intent', expected: row.intent, got: result.intent });
    if (row.urgency !== result.urgency.priority) {
      mistakes.push({ id: row.id, text: row.text, field: 'urgency', expected: row.urgency, got: `${result.urgency.priority} (${result.urgency.reasons.map((r) => r.code).join(',')})` });
    }
    for (const s of row.secondary ?? []) {
      secondaryTotal++;
      if (result.secondaryIntents.includes(s) || result.intent === s) secondaryFound++;
    }
    for (const [slot, expected] of Object.entries(row.slots ?? {})) {
      const tally = slotTally.get(slot) ?? { slot, correct: 0, total: 0 };
      tally.total++;
      const got = slotValue(result, slot);
      if (got === expected) tally.correct++;
      else mistakes.push({ id: row.id, text: row.text, field: `slot.${slot}`, expected, got: got ?? '(none)' });
      slotTally.set(slot, tally);
    }
  }
  const safetyRows = predictions.filter(({ row }) => row.urgency === 'P1');
  const sorted = [...timings].sort((a, b) => a - b);
  return {
    size: rows.length,
    intent: score(
      rows.map((r) => r.intent),
      predictions.map((p) => p.result.intent),
      INTENTS,
    ),
    urgency: score(
      rows.map((r) => r.urgency),
      predictions.map((p) => p.result.urgency.priority),
      PRIORITY_TIERS,
    ),
    language: {
      accuracy: accuracy(
        rows.map((r) => r.lang),
        predictions.map((p) => p.result.language),
      ),
    },
    secondaryRecall: { found: secondaryFound, total: secondaryTotal },
    safety: { p1Recall: safetyRows.filter((p) => p.result.urgency.priority === 'P1').length / (safetyRows.length || 1), total: safetyRows.length },
    slots: [...slotTally.values()].sort((a, b) => a.slot.localeCompare(b.slot)),
    latencyMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: timings.reduce((a, b) => a + b, 0) / (timings.length || 1) },
    timingsMs: timings,
    mistakes,
    predictions,
  };
}
