/**
 * The scripted-customer file (../shared/conversations/README.md): one JSON object per line, each
 * a customer with their turns and what a good desk does with them. Parsed with zod line by line,
 * so a malformed line or a regex that does not compile is named by its line number before any
 * conversation is played, instead of crashing half-way through a run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

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
  const customers: ScriptedCustomer[] = [];
  const seen = new Set<string>();
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new Error(`${source}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = customerSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${source}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}`);
    if (seen.has(parsed.data.id)) throw new Error(`${source}:${i + 1}: customer id ${parsed.data.id} appears twice`);
    seen.add(parsed.data.id);
    customers.push(parsed.data);
  }
  return customers;
}

export function loadCustomers(file: string): CustomerFile {
  const resolved = path.resolve(file);
  return { customers: parseCustomers(fs.readFileSync(resolved, 'utf8'), path.basename(resolved)), dir: path.dirname(resolved) };
}
