/**
 * Eval data files are JSON Lines: one object a line, checked with a zod schema. A bad line stops
 * the load with its file and line number, so a typo in a dataset is found where it is.
 */
import type { z } from 'zod';

export function parseJsonLines<S extends z.ZodType>(text: string, schema: S, source: string): { value: z.output<S>; line: number }[] {
  const rows: { value: z.output<S>; line: number }[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new Error(`${source}:${i + 1}: not JSON (${(error as Error).message})`, { cause: error });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new Error(`${source}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}`);
    rows.push({ value: parsed.data, line: i + 1 });
  }
  return rows;
}
