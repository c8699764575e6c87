/**
 * CI check: no new import cycle between top-level folders (bot, tickets, channels, app...).
 * Usage: npx tsx scripts/check-folder-deps.ts [--list]
 * Exit 0 when the cycles are exactly the known ones, 1 otherwise. --list prints every cycle edge.
 */
import path from 'node:path';
import { tangledFolders } from './folder-deps/folder-cycles';
import { folderGraph } from './folder-deps/folder-graph';
import { explainEdge, judgeCycles, readKnownCycles } from './folder-deps/known-cycles';

const ROOT = path.resolve(import.meta.dirname, '..');
const KNOWN = path.join(import.meta.dirname, 'folder-deps', 'known-cycles.json');

const graph = folderGraph(ROOT);
const verdict = judgeCycles(graph, readKnownCycles(KNOWN));

if (process.argv.includes('--list')) {
  console.log(
    'Tangled folders:',
    tangledFolders(graph)
      .map((c) => `{${c.join(', ')}}`)
      .join(' '),
  );
  for (const edge of verdict.current) console.log(explainEdge(graph, edge));
}
if (verdict.added.length) {
  console.error(`New import cycle between top-level folders (${verdict.added.length} edge(s)); break it instead of adding it to ${path.relative(ROOT, KNOWN)}:`);
  for (const edge of verdict.added) console.error(explainEdge(graph, edge));
}
if (verdict.fixed.length) {
  console.error(`These known cycle edges are gone; delete them from ${path.relative(ROOT, KNOWN)} so they cannot come back:`);
  for (const edge of verdict.fixed) console.error(`  ${edge}`);
}
if (verdict.added.length || verdict.fixed.length) process.exit(1);
console.log(`folder cycles: ${verdict.current.length} known edge(s), none new`);
