/**
 * The dependency rules of ../shared/STYLE.md, checked on every run: the core imports no transport
 * or storage library, channels never import one another, and there are no import cycles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['app', 'cli', 'bot', 'channels', 'agent-desk', 'knowledge', 'ocr', 'tickets', 'storage', 'warranty', 'reports', 'evals', 'kernel', 'testing'];
// Named, dynamic and bare side-effect imports (`import './x'`).
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function sourceFiles(dirs: readonly string[] = SOURCE_DIRS): string[] {
  return dirs.flatMap((top) => {
    const dir = path.join(ROOT, top);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.includes('node_modules'))
      .map((f) => path.join(dir, f));
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const rel = (file: string) => path.relative(ROOT, file);

describe('architecture', () => {
  const files = sourceFiles();

  it('keeps bot/ free of transport and storage libraries', () => {
    const forbidden = /^(wechaty|wechaty-puppet.*|@slack\/bolt|express|sqlite3|hnswlib-node|tesseract\.js)(\/|$)/;
    const offenders = files
      .filter((f) => rel(f).startsWith('bot/'))
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => forbidden.test(s))
          .map((s) => `${rel(f)} -> ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps the core free of any one desk: no Slack names or ids in bot/, no imports of a desk', () => {
    const offenders = files
      .filter((f) => rel(f).startsWith('bot/'))
      .flatMap((f) => {
        const text = fs.readFileSync(f, 'utf8');
        const literals = [...text.matchAll(/['"`](?:slack|[^'"`\n]*(?:thread_?ts|channel_?id|threadTs|channelId))['"`]|\b(?:threadTs|channelId)\b/gi)].map((m) => `${rel(f)}: ${m[0]}`);
        const imports = importsOf(f)
          .map((s) => resolveLocal(f, s))
          .filter((t): t is string => !!t && /^(?:channels|agent-desk)\//.test(rel(t)))
          .map((t) => `${rel(f)} -> ${rel(t)}`);
        return [...literals, ...imports];
      });
    expect(offenders).toEqual([]);
  });

  it('never lets one channel import another', () => {
    const offenders: string[] = [];
    for (const f of files.filter((f) => rel(f).startsWith('channels/'))) {
      const own = rel(f).split('/')[1];
      for (const spec of importsOf(f)) {
        const target = resolveLocal(f, spec);
        if (!target) continue;
        const [top, channel] = rel(target).split('/');
        if (top === 'channels' && channel !== own && !channel!.endsWith('.ts')) offenders.push(`${rel(f)} -> ${rel(target)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the lower layers from importing the composition root', () => {
    const offenders = files
      .filter((f) => !['app/', 'cli/', 'evals/', 'testing/'].some((root) => rel(f).startsWith(root)))
      .flatMap((f) =>
        importsOf(f)
          .map((s) => resolveLocal(f, s))
          .filter((t): t is string => !!t && rel(t).startsWith('app/'))
          .map((t) => `${rel(f)} -> ${rel(t)}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps evals, benchmarks and shared fakes independent of test/ (the eval ships; test/ does not)', () => {
    const offenders = [...files, ...sourceFiles(['bench'])]
      .filter((f) => rel(f).startsWith('evals/') || rel(f).startsWith('testing/') || rel(f).startsWith('bench/'))
      .flatMap((f) =>
        importsOf(f)
          .map((s) => resolveLocal(f, s))
          .filter((t): t is string => !!t && rel(t).startsWith('test/'))
          .map((t) => `${rel(f)} -> ${rel(t)}`),
      );
    expect(offenders).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(
      files.map((f) => [
        f,
        importsOf(f)
          .map((s) => resolveLocal(f, s))
          .filter((t): t is string => !!t),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (node: string) => {
      state.set(node, 'visiting');
      stack.push(node);
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next].map(rel).join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(node, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('keeps what is trained on third-party data inside evals/ (naive Bayes is a baseline, never a product part)', () => {
    const trained = path.join(ROOT, 'evals/sentiment/naive-bayes.ts');
    expect(fs.existsSync(trained)).toBe(true);
    // Every script in the repository, not only the source folders: bin/, bench/ and the root too.
    const everyFile = fs
      .readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(?:ts|js|mjs|cjs)$/.test(f) && !/(?:^|\/)(?:node_modules|\.git)\//.test(f))
      .map((f) => path.join(ROOT, f));
    const outside = everyFile.filter((f) => !/^(?:evals|test)\//.test(rel(f)));
    const direct = outside.filter((f) => importsOf(f).some((s) => resolveLocal(f, s) === trained)).map(rel);
    expect(direct).toEqual([]);
    // Nor may the product reach it through another module (app/ may, through the eval command).
    const graph = new Map(
      files.map((f) => [
        f,
        importsOf(f)
          .map((s) => resolveLocal(f, s))
          .filter((t): t is string => !!t),
      ]),
    );
    const reaches = (start: string, seen = new Set<string>()): boolean => {
      if (start === trained) return true;
      if (seen.has(start)) return false;
      seen.add(start);
      return (graph.get(start) ?? []).some((next) => reaches(next, seen));
    };
    const product = files.filter((f) => /^(?:bot|channels|agent-desk|knowledge|ocr|tickets|kernel)\//.test(rel(f)));
    expect(product.filter((f) => reaches(f)).map(rel)).toEqual([]);
    expect(files.filter((f) => rel(f).startsWith('evals/')).some((f) => reaches(f))).toBe(true);
  });

  it('finds the source it checks', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(importsOf(path.join(ROOT, 'storage/sqlite/open-desk.ts'))).toContain('./migrations');
  });
});
