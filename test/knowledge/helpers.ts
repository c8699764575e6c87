/** Shared pieces for the knowledge suites: temp folders, knowledge files on disk, a counting embedder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Embedder } from '../../knowledge/embedder';
import { LocalEmbedder } from '../../knowledge/local-embedder';

export function tempDir(prefix = 'kb-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

/** The real local embedder, counting the texts it embeds so tests can see what was re-embedded. */
export class CountingEmbedder implements Embedder {
  readonly inner = new LocalEmbedder();
  readonly id = this.inner.id;
  texts = 0;
  dimensions() {
    return this.inner.dimensions();
  }
  async embed(texts: string[]) {
    this.texts += texts.length;
    return this.inner.embed(texts);
  }
}

export function faultCase(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    category: 'air_conditioner',
    title: { zh: `测试案例 ${id}`, en: `Test case ${id}` },
    symptoms: { zh: ['空调不制冷'], en: ['AC not cooling'] },
    steps: { zh: ['清洗滤网'], en: ['Clean the filter'] },
    engineerVisit: false,
    source: 'test',
    ...overrides,
  };
}

export const memoryLog = () => {
  const lines: { level: 'info' | 'warn'; message: string }[] = [];
  return {
    lines,
    info: (message: string) => lines.push({ level: 'info', message }),
    warn: (message: string) => lines.push({ level: 'warn', message }),
  };
};
