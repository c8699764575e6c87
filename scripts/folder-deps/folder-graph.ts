/**
 * Which top-level folder imports which: the graph the folder cycle check reads. Imports are found
 * by TypeScript's own scanner (static, type-only, re-exports, dynamic `import('...')` and
 * `require`), so an import in a comment or a string does not count and a multi-line one does.
 * Type-only imports count: a cycle through types still ties two folders together.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Folders that hold no source of ours (or only what tools wrote). */
const SKIPPED = new Set(['node_modules', '.git', 'data', 'test-results', 'coverage', 'dist']);
const SOURCE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;
/** What a file at the repository's root (vitest.config.ts...) belongs to. */
export const ROOT_FOLDER = '.';

/** One import that crosses from one top-level folder into another. */
export interface CrossImport {
  from: string;
  to: string;
  /** The importing file and the imported path, relative to the root, for the message. */
  fromFile: string;
  toPath: string;
}

/** `from -> to` folder edges, each with the imports that make it. */
export type FolderGraph = Map<string, CrossImport[]>;

export const edgeKey = (from: string, to: string) => `${from} -> ${to}`;

export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

/** The relative module specifiers a file imports (bare package names are not ours). */
export function localImports(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName).filter((spec) => spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..');
}

/** The top-level folder a path inside the root belongs to; undefined when it is outside the root. */
export function topFolder(root: string, target: string): string | undefined {
  const rel = path.relative(root, target);
  if (rel === '') return ROOT_FOLDER;
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const [first, ...rest] = rel.split(path.sep);
  if (rest.length > 0) return first;
  // `import '../ocr'` names a folder (its index); `import './vitest.config'` a root file.
  return fs.existsSync(target) && fs.statSync(target).isDirectory() ? first : ROOT_FOLDER;
}

export function folderGraph(root: string): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(root)) {
    const from = topFolder(root, file)!;
    for (const spec of localImports(fs.readFileSync(file, 'utf8'))) {
      const target = path.resolve(path.dirname(file), spec);
      const to = topFolder(root, target);
      if (!to || to === from) continue;
      const key = edgeKey(from, to);
      if (!graph.has(key)) graph.set(key, []);
      graph.get(key)!.push({ from, to, fromFile: path.relative(root, file), toPath: path.relative(root, target) });
    }
  }
  return graph;
}
