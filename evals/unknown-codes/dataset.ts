/**
 * The unknown-codes set: real error codes, taken from manufacturers' published code tables, for
 * brands the knowledge base covers but codes it does not hold. Each line is one customer who
 * quotes such a code, in their own (our written) words, with the source the code was found in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseJsonLines } from '../json-lines';
import { CATEGORIES } from '../../knowledge/case-schema';

export const UNKNOWN_CODES_FILE = path.join(import.meta.dirname, 'codes.jsonl');

const source = z.object({
  /** The document the code table is in, named so a reader can find it again. */
  title: z.string().trim().min(10),
  url: z.url(),
  /** 'manufacturer': a copy of the manufacturer's own document; 'reproduction': its table quoted by someone else. */
  kind: z.enum(['manufacturer', 'reproduction']),
  /** The section or line of the document that gives the code. */
  where: z.string().trim().min(1).optional(),
});

export const unknownCode = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/),
  /** Canonical brand name, as kernel/lexicon/brands.ts spells it. */
  brand: z.string().trim().min(2),
  category: z.enum(CATEGORIES),
  code: z.string().regex(/^[A-Za-z0-9]{1,8}$/),
  meaning: z.object({ zh: z.string().trim().min(2), en: z.string().trim().min(3) }),
  source,
  lang: z.enum(['zh', 'en']),
  /** What the customer writes, one message per turn. */
  turns: z.array(z.string().trim().min(4)).min(1).max(3),
});
export type UnknownCode = z.infer<typeof unknownCode>;

/** Reads the set; a bad line stops the run with its line number, so a typo is never scored. */
export function loadUnknownCodes(file = UNKNOWN_CODES_FILE): UnknownCode[] {
  return parseJsonLines(fs.readFileSync(file, 'utf8'), unknownCode, file).map((row) => row.value);
}
