/**
 * The scripted-customer file (../shared/conversations/README.md): one JSON object per line, each
 * a customer with their turns and what a good desk does with them. Parsed with zod line by line,
 * so a malformed line or a regex that does not compile is named by its line number before any
 * conversation is played, instead of crashing half-way through a run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseJsonLines } from '../json-lines';

const regex = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'i');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid JavaScript regular expression' },
);

export const customerSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['zh', 'en']),
  persona: z.string().optional(),
  turns: z.array(z.string()).min(1),
  expect: z
    .object({
      handoff: z.boolean().optional(),
      ticket: z.boolean().optional(),
      priority: z.enum(['P1', 'P2', 'P3', 'P4']).nullable().optional(),
      must_mention: z.array(regex).default([]),
      must_not: z.array(regex).default([]),
    })
    .default({ must_mention: [], must_not: [] }),
});

export type ScriptedCustomer = z.output<typeof customerSchema>;
export type CustomerExpectation = ScriptedCustomer['expect'];

export interface CustomerFile {
  customers: ScriptedCustomer[];
  /** The folder the file sits in: `[image:NAME]` turns name files here. */
  dir: string;
}

/** A turn written `[image:NAME]` is a photo upload of NAME, not text. */
export function imageTurn(turn: string): string | undefined {
  return /^\[image:(.+)\]$/.exec(turn.trim())?.[1];
}

export function parseCustomers(text: string, source = 'customers'): ScriptedCustomer[] {
  const seen = new Set<string>();
  return parseJsonLines(text, customerSchema, source).map(({ value, line }) => {
    if (seen.has(value.id)) throw new Error(`${source}:${line}: customer id ${value.id} appears twice`);
    seen.add(value.id);
    return value;
  });
}

export function loadCustomers(file: string): CustomerFile {
  const resolved = path.resolve(file);
  return { customers: parseCustomers(fs.readFileSync(resolved, 'utf8'), path.basename(resolved)), dir: path.dirname(resolved) };
}
