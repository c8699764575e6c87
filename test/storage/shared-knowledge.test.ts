/**
 * The knowledge base's cases in PostgreSQL, shared by several instances (issue 20): each instance
 * keeps its own hnswlib index in its own folder and rebuilds it when told, over LISTEN/NOTIFY, that
 * another instance or the `aftersales kb ingest` command changed the cases. Real parts: a private
 * PostgreSQL server, hnswlib on disk, the local embedder, the CLI as a child process.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followSharedKnowledge } from '../../app/shared-knowledge';
import { hnswIndexFactory } from '../../knowledge/hnsw-knowledge-index';
import { openKnowledgeBase, type KnowledgeBase } from '../../knowledge/knowledge-base';
import { LocalEmbedder } from '../../knowledge/local-embedder';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { PgLiveBus } from '../../storage/postgres/pg-live-bus';
import { PostgresKnowledgeStore } from '../../storage/postgres/postgres-knowledge-store';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';
import { freshPostgresUrl } from '../helpers/postgres';
import { faultCase, memoryLog, writeFiles } from '../knowledge/helpers';

interface Instance {
  knowledge: KnowledgeBase;
  log: ReturnType<typeof memoryLog>;
  errors: unknown[];
  close(): Promise<void>;
}

let url: string;
const cleanups: (() => void | Promise<void>)[] = [];

async function instance(seed?: string | false): Promise<Instance> {
  const db = await PgDatabase.open(url, { poolSize: 2 });
  const live = await PgLiveBus.open(url, db.pool);
  const { dir, cleanup } = tempDir('kb-shared-instance-');
  const log = memoryLog();
  const errors: unknown[] = [];
  const store = new PostgresKnowledgeStore(db);
  const knowledge = await openKnowledgeBase({ indexDir: path.join(dir, 'index'), store, openIndex: hnswIndexFactory(), embedder: new LocalEmbedder(), log, seed });
  const stop = followSharedKnowledge({ knowledgeCases: store, live }, knowledge, (e) => errors.push(e));
  const close = async () => {
    stop();
    await knowledge.close();
    await live.close();
    await db.close();
    cleanup();
  };
  cleanups.push(close);
  return { knowledge, log, errors, close };
}

const boilerCase = (id: string, code: string) =>
  faultCase(id, {
    category: 'water_heater',
    brands: ['Vaillant'],
    errorCodes: [code],
    title: { zh: `威能壁挂炉显示${code}`, en: `Vaillant boiler shows ${code}` },
    symptoms: { zh: [`壁挂炉显示${code}`, '不出热水'], en: [`boiler shows ${code}`, 'no hot water'] },
    steps: { zh: ['检查水压表是否在1-2巴之间'], en: ['Check the pressure gauge reads 1-2 bar'] },
  });

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const foundIds = async (kb: KnowledgeBase, query: string) => (await kb.search(query)).results.map((h) => h.id);

beforeAll(async () => {
  url = await freshPostgresUrl();
});
afterAll(async () => {
  for (const close of cleanups.reverse()) await close();
});

describe('knowledge cases shared by instances on PostgreSQL', () => {
  it('seeds the shared store once: a second instance starts from what the first stored', async () => {
    const first = await instance();
    const second = await instance();
    expect(first.knowledge.stats().entries).toBeGreaterThan(20);
    expect(second.knowledge.stats().entries).toBe(first.knowledge.stats().entries);
    expect(second.log.lines.some((l) => /loading/.test(l.message))).toBe(false);
    expect(second.knowledge.stats().storeFile).toMatch(/knowledge_cases/);
  });

  it('re-indexes on every instance when one ingests, and forgets what another removed', async () => {
    const a = await instance();
    const b = await instance();
    const folder = writeFiles(tempDir('kb-shared-files-').dir, { 'boilers.json': JSON.stringify([boilerCase('boiler-f28', 'F28')]) });
    expect(await foundIds(b.knowledge, '威能壁挂炉显示F28')).not.toContain('boiler-f28');

    const report = await a.knowledge.ingest(folder);
    expect(report.added).toBe(1);
    expect(
      await until(
        () => foundIds(b.knowledge, '威能壁挂炉显示F28'),
        (ids) => ids.includes('boiler-f28'),
      ),
    ).toContain('boiler-f28');
    expect(b.knowledge.get('boiler-f28')?.title.en).toBe('Vaillant boiler shows F28');

    // The same folder, now without that case and with another: gone everywhere, the new one found.
    writeFiles(folder, { 'boilers.json': JSON.stringify([boilerCase('boiler-f75', 'F75')]) });
    await a.knowledge.ingest(folder);
    expect(
      await until(
        async () => b.knowledge.get('boiler-f28'),
        (entry) => entry === undefined,
      ),
    ).toBeUndefined();
    expect(await foundIds(b.knowledge, 'boiler shows F75 no hot water')).toContain('boiler-f75');
    expect(a.errors.concat(b.errors)).toEqual([]);
  });

  it('picks up an ingest made by the command line while the instance runs', async () => {
    const running = await instance();
    const folder = writeFiles(tempDir('kb-shared-cli-').dir, { 'cases.json': JSON.stringify([boilerCase('boiler-cli-f22', 'F22')]) });
    const run = await runCli(['kb', 'ingest', folder, '--json'], { DATABASE_URL: url, AFTERSALES_DATA_DIR: tempDir('kb-shared-cli-data-').dir }, { timeoutMs: 120_000 });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(run.json<{ added: number }>().added).toBe(1);
    expect(
      await until(
        () => foundIds(running.knowledge, '威能壁挂炉显示F22'),
        (ids) => ids.includes('boiler-cli-f22'),
      ),
    ).toContain('boiler-cli-f22');
    expect(running.log.lines.some((l) => /refreshed/.test(l.message))).toBe(true);
  });
});
