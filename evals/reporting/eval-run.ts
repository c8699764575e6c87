/** One eval run as saved in results.json: what ran, on what, and every suite's figures. */
import fs from 'node:fs';
import { z } from 'zod';
import type { SuiteResult } from '../suite';

export interface EvalRun {
  version: 1;
  ranAt: string;
  durationMs: number;
  /** knowledgeDir is set when a folder other than the shipped sample was scored. */
  options: { suites: string[]; llm: boolean; model?: string; datasetsDir: string; knowledgeDir?: string; ocrLimit?: number };
  machine: { node: string; cores: number; platform: string };
  suites: SuiteResult[];
}

// Only what a comparison reads is checked, so older files with extra fields still load.
const savedRunSchema = z
  .object({
    version: z.literal(1),
    ranAt: z.string(),
    options: z.object({ llm: z.boolean(), model: z.string().optional() }).loose(),
    suites: z.array(
      z
        .object({
          name: z.string(),
          title: z.string(),
          status: z.enum(['ok', 'ran', 'skipped', 'failed']).transform((s) => (s === 'ok' ? 'ran' : s)),
          metrics: z.array(z.object({ key: z.string(), label: z.string(), value: z.number(), better: z.enum(['higher', 'lower']), unit: z.string() })),
        })
        .loose(),
    ),
  })
  .loose();

export function readEvalRun(file: string): EvalRun {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${file} as JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = savedRunSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not an eval results.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data as unknown as EvalRun;
}
