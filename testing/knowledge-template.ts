/**
 * The shipped knowledge base, embedded once per test run and copied into each world's data
 * folder. Seeding a fresh folder embeds every case and builds the hnswlib graph (about 2 s of CPU);
 * reopening a folder that already holds the same cases and index only loads them (about 0.3 s).
 * Dozens of test files open a world, so the suite embeds the same cases once instead of each time.
 *
 * The template is built by this run's own code, inside the run (never kept between runs), so a
 * change to the seed cases, the embedder or the index is always in it. It is used only where it
 * is exactly what seeding would build: the local embedder, the shipped seed, no PostgreSQL.
 * Outside vitest (no AFTERSALES_TEST_KNOWLEDGE_TEMPLATE, see testing/vitest-global-setup.ts)
 * worlds seed as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../app/config';
import { loadConfig } from '../app/config';
import { openKnowledgeFromConfig } from '../app/knowledge';
import { TEMPLATE_ENV } from './vitest-global-setup';

const quiet = { info: () => undefined, warn: (message: string) => console.error(message) };

/** Whether a world with this config would seed exactly what the template holds. */
export function templateFits(config: Config): boolean {
  return !config.databaseUrl && !config.knowledgeSeedDir && config.embeddings.provider === 'local';
}

/**
 * Copies the run's knowledge template into config.indexDir when the run provides one and the
 * config fits; returns whether it did. The folder must not hold an index yet.
 */
export async function copyKnowledgeTemplate(config: Config): Promise<boolean> {
  const root = process.env[TEMPLATE_ENV];
  if (!root || !templateFits(config) || fs.existsSync(config.indexDir)) return false;
  const template = await ensureTemplate(root);
  fs.cpSync(template, config.indexDir, { recursive: true });
  return true;
}

/** Builds the template once per run; test files run in parallel workers, so the first finished build wins. */
async function ensureTemplate(root: string): Promise<string> {
  const template = path.join(root, 'index');
  if (fs.existsSync(template)) return template;
  const building = fs.mkdtempSync(path.join(root, 'building-'));
  try {
    const config = loadConfig({ AFTERSALES_DATA_DIR: building });
    const knowledge = await openKnowledgeFromConfig(config, quiet);
    await knowledge.close();
    try {
      // Atomic: a reader sees no template or a whole one. Another worker's may have landed first.
      fs.renameSync(config.indexDir, template);
    } catch (error) {
      if (!fs.existsSync(template)) throw error;
    }
    return template;
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
  }
}
