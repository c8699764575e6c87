/**
 * The run's knowledge template (testing/knowledge-template.ts) must give a world exactly what
 * seeding a fresh data folder gives: the same cases and the same search answers. And it must stay
 * out of worlds it does not fit (another seed folder), which seed as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { openKnowledgeFromConfig } from '../../app/knowledge';
import { SAMPLE_KNOWLEDGE_DIR } from '../../knowledge/knowledge-base';
import { copyKnowledgeTemplate } from '../../testing/knowledge-template';
import { tempDir } from '../../testing/temp-dir';
import { TEMPLATE_ENV } from '../../testing/vitest-global-setup';

const quiet = { info: () => undefined, warn: () => undefined };
const QUESTIONS = ['空调显示E1', '洗衣机不排水怎么办', 'my fridge is not cooling', '热水器漏水'];

describe('knowledge template', () => {
  const temp = tempDir('kb-template-');
  afterAll(temp.cleanup);

  it('is provided by the run, and a world copied from it searches exactly like one seeded afresh', async () => {
    expect(process.env[TEMPLATE_ENV]).toBeTruthy();
    const copied = loadConfig({ AFTERSALES_DATA_DIR: path.join(temp.dir, 'copied') });
    const seeded = loadConfig({ AFTERSALES_DATA_DIR: path.join(temp.dir, 'seeded') });
    expect(await copyKnowledgeTemplate(copied)).toBe(true);
    expect(fs.readdirSync(copied.indexDir).sort()).toEqual(['knowledge.cases.json', 'knowledge.hnsw', 'knowledge.meta.json']);
    const [a, b] = await Promise.all([openKnowledgeFromConfig(copied, quiet), openKnowledgeFromConfig(seeded, quiet)]);
    try {
      for (const question of QUESTIONS) {
        const [fromTemplate, fromSeed] = await Promise.all([a.search(question), b.search(question)]);
        expect(fromTemplate.results.length).toBeGreaterThan(0);
        expect(fromTemplate).toEqual(fromSeed);
      }
      expect(JSON.parse(fs.readFileSync(path.join(copied.indexDir, 'knowledge.cases.json'), 'utf8'))).toEqual(JSON.parse(fs.readFileSync(path.join(seeded.indexDir, 'knowledge.cases.json'), 'utf8')));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('is not copied where seeding would load other cases, or where an index is already kept', async () => {
    const otherSeed = loadConfig({ AFTERSALES_DATA_DIR: path.join(temp.dir, 'other'), KNOWLEDGE_SEED_DIR: SAMPLE_KNOWLEDGE_DIR });
    expect(await copyKnowledgeTemplate(otherSeed)).toBe(false);
    expect(fs.existsSync(otherSeed.indexDir)).toBe(false);
    const kept = loadConfig({ AFTERSALES_DATA_DIR: path.join(temp.dir, 'kept') });
    fs.mkdirSync(kept.indexDir, { recursive: true });
    expect(await copyKnowledgeTemplate(kept)).toBe(false);
    expect(fs.readdirSync(kept.indexDir)).toEqual([]);
  });
});
