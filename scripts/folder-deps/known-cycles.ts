/**
 * The folder cycle check against the recorded known list: the list may only shrink. A cycle edge
 * not on it fails (someone closed a new loop); an edge on it that no longer closes a loop fails too,
 * so the entry is deleted and the loop cannot come back unnoticed.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { cycleEdges, loopThrough } from './folder-cycles';
import type { FolderGraph } from './folder-graph';

export const knownCyclesFile = z.object({
  note: z.string(),
  edges: z.array(z.object({ edge: z.string().regex(/^\S+ -> \S+$/), why: z.string().min(1) })),
});
export type KnownCycles = z.infer<typeof knownCyclesFile>;

export function readKnownCycles(file: string): KnownCycles {
  return knownCyclesFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export interface CycleVerdict {
  /** Edges on a cycle today that the known list does not hold. */
  added: string[];
  /** Known edges that are no longer on any cycle: remove them from the list. */
  fixed: string[];
  /** Every edge on a cycle today. */
  current: string[];
}

export function judgeCycles(graph: FolderGraph, known: KnownCycles): CycleVerdict {
  const current = cycleEdges(graph);
  const knownEdges = new Set(known.edges.map((e) => e.edge));
  return {
    added: current.filter((e) => !knownEdges.has(e)),
    fixed: [...knownEdges].filter((e) => !current.includes(e)).sort(),
    current,
  };
}

/** What a person reads when the check fails: the loop and the files that make its first step. */
export function explainEdge(graph: FolderGraph, edge: string): string {
  const imports = graph.get(edge) ?? [];
  const shown = imports.slice(0, 3).map((i) => `      ${i.fromFile} -> ${i.toPath}`);
  if (imports.length > 3) shown.push(`      ... and ${imports.length - 3} more`);
  return [`  ${edge}   (loop: ${loopThrough(graph, edge).join(' -> ')})`, ...shown].join('\n');
}
