/**
 * The folder cycle check of .ci/run (scripts/check-folder-deps.ts): it finds loops between
 * top-level folders in real files on disk, however the import is written, and its known list may
 * only shrink.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cycleEdges, loopThrough, tangledFolders } from '../../scripts/folder-deps/folder-cycles';
import { folderGraph } from '../../scripts/folder-deps/folder-graph';
import { judgeCycles, readKnownCycles } from '../../scripts/folder-deps/known-cycles';
import { tempDir } from '../../testing/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function tree(files: Record<string, string>): string {
  const { dir: root, cleanup } = tempDir('folder-deps-');
  cleanups.push(cleanup);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

const known = (...edges: string[]) => ({ note: 'test', edges: edges.map((edge) => ({ edge, why: 'test' })) });

describe('folder cycle check', () => {
  it('finds a loop closed by a type-only import, a dynamic import and a folder index', () => {
    const root = tree({
      'core/a.ts': "import type { B } from '../store/b';\nexport type A = B;\n",
      'store/b.ts': "export type B = 1;\nexport const load = () => import('../adapters');\n",
      'adapters/index.ts': "export * from '../core/a';\n",
      'leaf/c.ts': "import { x } from 'zod';\nimport '../core/a';\n",
    });
    const graph = folderGraph(root);
    expect(tangledFolders(graph)).toEqual([['adapters', 'core', 'store']]);
    expect(cycleEdges(graph)).toEqual(['adapters -> core', 'core -> store', 'store -> adapters']);
    expect(loopThrough(graph, 'core -> store')).toEqual(['core', 'store', 'adapters', 'core']);
    // A folder that only imports into the loop is not part of it.
    expect(graph.has('leaf -> core')).toBe(true);
    expect(cycleEdges(graph).some((e) => e.startsWith('leaf'))).toBe(false);
  });

  it('ignores imports in comments and strings, and imports inside one folder', () => {
    const root = tree({
      'core/a.ts': "// import { b } from '../store/b';\nconst s = \"import '../store/b'\";\nimport './own';\nexport const a = s;\n",
      'core/own.ts': 'export {};\n',
      'store/b.ts': "import { a } from '../core/a';\nexport const b = a;\n",
    });
    const graph = folderGraph(root);
    expect([...graph.keys()]).toEqual(['store -> core']);
    expect(cycleEdges(graph)).toEqual([]);
  });

  it('fails on a new cycle edge and on a known one that is gone, so the list only shrinks', () => {
    const root = tree({
      'core/a.ts': "import '../store/b';\n",
      'store/b.ts': "import '../core/a';\nimport '../web/w';\n",
      'web/w.ts': "import '../store/b';\n",
    });
    const graph = folderGraph(root);
    const all = ['core -> store', 'store -> core', 'store -> web', 'web -> store'];
    expect(judgeCycles(graph, known(...all))).toMatchObject({ added: [], fixed: [] });
    expect(judgeCycles(graph, known('core -> store', 'store -> core'))).toMatchObject({ added: ['store -> web', 'web -> store'], fixed: [] });
    expect(judgeCycles(graph, known(...all, 'ocr -> bot'))).toMatchObject({ added: [], fixed: ['ocr -> bot'] });
  });

  it('holds for this repository: no cycle between top-level folders beyond the known list', () => {
    const graph = folderGraph(ROOT);
    const verdict = judgeCycles(graph, readKnownCycles(path.join(ROOT, 'scripts/folder-deps/known-cycles.json')));
    expect(verdict.added).toEqual([]);
    expect(verdict.fixed).toEqual([]);
    // The scan sees the repository's real imports, so the check is not passing on an empty graph.
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['bot -> tickets', 'storage -> bot', 'cli -> evals']));
  });
});
