/**
 * Scores knowledge search on the team's question set (questions.jsonl): hit@1, hit@5 and MRR on
 * questions that have an answer, and no-answer precision/recall on all of them, per language.
 * Shared by `npm run eval:kb` and the test that holds retrieval to its floor.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { CATEGORIES } from '../../knowledge/case-schema';
import { openKnowledgeBase, type KnowledgeBase } from '../../knowledge/knowledge-base';
import { hnswIndexFactory } from '../../knowledge/hnsw-knowledge-index';
import { LocalEmbedder } from '../../knowledge/local-embedder';

const questionSchema = z.object({
  lang: z.enum(['zh', 'en']),
  q: z.string(),
  /** Entry ids that answer it (any one counts); empty means the right answer is "none". */
  expect: z.array(z.string()),
  type: z.string(),
  options: z.object({ category: z.enum(CATEGORIES).optional(), brand: z.string().optional(), model: z.string().optional() }).optional(),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export const QUESTIONS_FILE = path.join(import.meta.dirname, 'questions.jsonl');

export function loadQuestions(file = QUESTIONS_FILE): EvalQuestion[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const parsed = questionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export interface LanguageScores {
  questions: number;
  answerable: number;
  hitAt1: number;
  hitAt5: number;
  mrr: number;
  /** Of the questions the search declined ("no answer"), the share that truly had none. */
  noAnswerPrecision: number;
  /** Of the questions that truly had no answer, the share the search declined. */
  noAnswerRecall: number;
}

export interface EvalOutcome {
  question: EvalQuestion;
  returned: string[];
  rank?: number;
  ok: boolean;
  /** Time the search took for this question. */
  ms: number;
}

export interface EvalReport {
  overall: LanguageScores;
  byLanguage: Record<'zh' | 'en', LanguageScores>;
  outcomes: EvalOutcome[];
}

export async function evaluate(kb: KnowledgeBase, questions: EvalQuestion[], onQuestion?: () => void): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  for (const question of questions) {
    const started = performance.now();
    const result = await kb.search(question.q, { k: 10, ...question.options });
    const ms = performance.now() - started;
    onQuestion?.();
    const returned = result.results.map((r) => r.id);
    const index = returned.findIndex((id) => question.expect.includes(id));
    const rank = index >= 0 ? index + 1 : undefined;
    const ok = question.expect.length ? rank === 1 : returned.length === 0;
    outcomes.push({ question, returned, rank, ok, ms });
  }
  const score = (list: EvalOutcome[]): LanguageScores => {
    const answerable = list.filter((o) => o.question.expect.length);
    const declined = list.filter((o) => o.returned.length === 0);
    const none = list.filter((o) => !o.question.expect.length);
    const share = (n: number, d: number) => (d ? round(n / d) : 1);
    return {
      questions: list.length,
      answerable: answerable.length,
      hitAt1: share(answerable.filter((o) => o.rank === 1).length, answerable.length),
      hitAt5: share(answerable.filter((o) => o.rank !== undefined && o.rank <= 5).length, answerable.length),
      mrr: share(
        answerable.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0),
        answerable.length,
      ),
      noAnswerPrecision: share(declined.filter((o) => !o.question.expect.length).length, declined.length),
      noAnswerRecall: share(none.filter((o) => o.returned.length === 0).length, none.length),
    };
  };
  return {
    overall: score(outcomes),
    byLanguage: { zh: score(outcomes.filter((o) => o.question.lang === 'zh')), en: score(outcomes.filter((o) => o.question.lang === 'en')) },
    outcomes,
  };
}

/**
 * The whole eval as one call: the sample knowledge base (or `knowledgeDir`) in a temp folder,
 * scored, then removed. The questions name the sample's ids, so with another folder the expected
 * ids it lacks are reported: a low score then says "different knowledge", not "worse search".
 */
export async function runKbEval(
  options: { questions?: EvalQuestion[]; onQuestion?: () => void; knowledgeDir?: string } = {},
): Promise<EvalReport & { msPerQuestion: number; missingExpectedIds: string[] }> {
  const { kb, dir } = await openSampleKnowledgeBase(options.knowledgeDir);
  try {
    const questions = options.questions ?? loadQuestions();
    const missingExpectedIds = [...new Set(questions.flatMap((q) => q.expect))].filter((id) => !kb.get(id)).sort();
    const started = performance.now();
    const report = await evaluate(kb, questions, options.onQuestion);
    return { ...report, msPerQuestion: (performance.now() - started) / (questions.length || 1), missingExpectedIds };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A knowledge base on the shipped sample (or `knowledgeDir`) in a fresh temporary folder, as a new install has. */
export async function openSampleKnowledgeBase(knowledgeDir?: string): Promise<{ kb: KnowledgeBase; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-eval-'));
  const kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir: dir, embedder: new LocalEmbedder(), seed: knowledgeDir });
  return { kb, dir };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
