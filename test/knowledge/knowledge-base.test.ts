import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase, type KnowledgeBase } from '../../knowledge/knowledge-base';
import { hnswIndexFactory } from '../../knowledge/hnsw-knowledge-index';
import { CountingEmbedder, faultCase, memoryLog, tempDir, writeFiles } from './helpers';

/** A small knowledge folder where two models share a symptom, for isolation and re-ingest tests. */
function smallKb(dir: string) {
  return writeFiles(dir, {
    'ac.json': JSON.stringify([
      faultCase('ac-model-a-wifi', {
        brands: ['Midea'],
        models: ['KFR-35GW/N8XHC1'],
        title: { zh: '空调WiFi连不上（A型号）', en: 'AC will not join Wi-Fi (model A)' },
        symptoms: { zh: ['空调连不上WiFi', '配网失败'], en: ['AC will not connect to wifi', 'pairing fails'] },
      }),
      faultCase('ac-model-b-wifi', {
        brands: ['Gree'],
        models: ['KFR-26GW/(26592)FNhAa-A1'],
        title: { zh: '空调WiFi连不上（B型号）', en: 'AC will not join Wi-Fi (model B)' },
        symptoms: { zh: ['空调连不上WiFi', '配网失败'], en: ['AC will not connect to wifi', 'pairing fails'] },
      }),
      faultCase('ac-gree-e1', {
        brands: ['格力'],
        errorCodes: ['E1'],
        title: { zh: '格力空调E1高压保护', en: 'Gree AC E1 high pressure' },
        symptoms: { zh: ['格力空调显示E1'], en: ['Gree AC shows E1'] },
      }),
      faultCase('ac-midea-e1', {
        brands: ['Midea'],
        errorCodes: ['E1'],
        title: { zh: '美的空调E1通讯故障', en: 'Midea AC E1 communication fault' },
        symptoms: { zh: ['美的空调显示E1'], en: ['Midea AC shows E1'] },
      }),
      faultCase('ac-not-cooling', { title: { zh: '空调不制冷', en: 'AC not cooling' }, symptoms: { zh: ['空调不制冷', '吹的不凉'], en: ['AC not cooling', 'blowing warm air'] } }),
    ]),
  });
}

describe('knowledge base on the shipped sample', () => {
  let kb: KnowledgeBase;
  let dir: string;
  const log = memoryLog();
  beforeAll(async () => {
    dir = tempDir();
    kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir: dir, embedder: new CountingEmbedder(), log });
  });

  it('ingests the sample automatically on a fresh data folder and persists it next to the index', () => {
    const stats = kb.stats();
    expect(stats.byKind.fault).toBeGreaterThanOrEqual(150);
    expect(stats.indexStatusAtOpen).toBe('created');
    expect(fs.existsSync(path.join(dir, 'knowledge.hnsw'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'knowledge.cases.json'))).toBe(true);
    expect(log.lines.some((l) => l.message.includes('loading'))).toBe(true);
  });

  it('answers "空调 显示E1" with the E1 cases first, citing ids, scores and the matched code', async () => {
    const result = await kb.search('空调 显示E1', { k: 5 });
    expect(result.status).toBe('answered');
    expect(result.recognised.errorCodes).toEqual(['E1']);
    const top3 = result.results.slice(0, 3);
    expect(top3.every((h) => h.matched.errorCodes.includes('E1') && h.category === 'air_conditioner')).toBe(true);
    expect(top3[0]!.scores.boost).toBeGreaterThan(0);
    expect(top3[0]!.file).toMatch(/air-conditioners\.json$/);
  });

  it('boosts an exact error code over similar wording', async () => {
    const withCode = await kb.search('格力空调显示E6');
    expect(withCode.results[0]!.id).toBe('ac-gree-e6-communication');
    const fullWidth = await kb.search('格力空调显示Ｅ６');
    expect(fullWidth.results[0]!.id).toBe('ac-gree-e6-communication');
  });

  it('keeps a brand named by the customer from getting another brand’s meaning of the same code', async () => {
    const gree = await kb.search('格力空调E1');
    expect(gree.results.map((h) => h.id)).toContain('ac-gree-e1-high-pressure');
    expect(gree.results.map((h) => h.id)).not.toContain('ac-midea-e1-communication');
    const midea = await kb.search('空调E1', { brand: '美的' });
    expect(midea.results[0]!.id).toBe('ac-midea-e1-communication');
    expect(midea.results.map((h) => h.id)).not.toContain('ac-gree-e1-high-pressure');
  });

  it('returns no answer for questions the knowledge base does not cover', async () => {
    for (const q of ['今天天气怎么样', 'book me a flight to beijing', 'my robot vacuum shows E24']) {
      const result = await kb.search(q);
      expect(result.status, q).toBe('no_answer');
      expect(result.results).toEqual([]);
    }
  });

  it('handles empty, punctuation-only, huge and other-script questions with clear results', async () => {
    expect((await kb.search('')).status).toBe('empty_query');
    expect((await kb.search('   ？？！！ 😀')).status).toBe('empty_query');
    const huge = await kb.search('空调不制冷 '.repeat(5000));
    expect(huge.truncated).toBe(true);
    expect(huge.results[0]!.id).toBe('ac-not-cooling');
    expect((await kb.search('Кондиционер не охлаждает, что делать?')).status).toBe('no_answer');
    expect((await kb.search('مكيف الهواء لا يبرد')).status).toBe('no_answer');
  });

  it('offers the curated answer when a frequent question matches it', async () => {
    const result = await kb.search('空调每年都要加氟吗');
    expect(result.curatedAnswer?.id).toBe('qa-ac-refrigerant-yearly');
    expect(result.curatedAnswer?.entry.kind).toBe('qa');
  });

  it('filters by category', async () => {
    const result = await kb.search('显示E1', { category: 'refrigerator' });
    expect(result.results.every((h) => h.category === 'refrigerator' || h.category === 'general')).toBe(true);
    expect(result.results[0]!.id).toBe('rf-midea-e1-e2-sensor');
  });
});

describe('knowledge base storage', () => {
  it('never lets a case for one model answer for another model the customer named', async () => {
    const kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir: tempDir(), embedder: new CountingEmbedder(), seed: smallKb(tempDir()) });
    const named = await kb.search('KFR-35GW/N8XHC1 连不上wifi');
    expect(named.results.map((h) => h.id)).toContain('ac-model-a-wifi');
    expect(named.results.map((h) => h.id)).not.toContain('ac-model-b-wifi');
    const other = await kb.search('空调连不上WiFi', { model: 'KFR-50LW/XYZ' });
    expect(other.results.map((h) => h.id)).not.toContain('ac-model-a-wifi');
    expect(other.results.map((h) => h.id)).not.toContain('ac-model-b-wifi');
    const unnamedInText = await kb.search('我的KFR-72LW/ABC1空调连不上WiFi');
    expect(unnamedInText.recognised.unknownModels).toContain('KFR72LWABC1');
    expect(unnamedInText.results.some((h) => h.id.startsWith('ac-model-'))).toBe(false);
    const none = await kb.search('空调连不上WiFi');
    expect(none.results.map((h) => h.id)).toEqual(expect.arrayContaining(['ac-model-a-wifi', 'ac-model-b-wifi']));
  });

  it('reloads the saved index without re-embedding, and re-ingest embeds only changed entries', async () => {
    const indexDir = tempDir();
    const source = smallKb(tempDir());
    const first = new CountingEmbedder();
    await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder: first, seed: source });
    expect(first.texts).toBeGreaterThan(0);

    const second = new CountingEmbedder();
    const reopened = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder: second });
    expect(second.texts).toBe(0);
    expect(reopened.stats().indexStatusAtOpen).toBe('loaded');
    expect((await reopened.search('美的空调E1')).results[0]!.id).toBe('ac-midea-e1');

    const cases = JSON.parse(fs.readFileSync(path.join(source, 'ac.json'), 'utf8'));
    cases[4].symptoms.zh.push('屋里还是很热'); // one changed case, one new case, four untouched
    fs.writeFileSync(path.join(source, 'ac.json'), JSON.stringify([...cases, faultCase('ac-new', { title: { zh: '新案例', en: 'New case' } })]));
    const report = await reopened.ingest(source);
    expect(report).toMatchObject({ added: 1, updated: 1, unchanged: 4, removed: 0, embedded: 2, ok: true });

    fs.writeFileSync(path.join(source, 'ac.json'), JSON.stringify(cases.slice(0, 2)));
    const shrink = await reopened.ingest(source);
    expect(shrink).toMatchObject({ removed: 4, unchanged: 2, embedded: 0 });
    expect(reopened.get('ac-gree-e1')).toBeUndefined();
    expect((await reopened.search('格力空调E1')).results.map((h) => h.id)).not.toContain('ac-gree-e1');
  });

  it('reports duplicate ids across ingested folders naming both files', async () => {
    const indexDir = tempDir();
    const a = writeFiles(tempDir(), { 'a.json': JSON.stringify([faultCase('ac-shared')]) });
    const b = writeFiles(tempDir(), { 'b.json': JSON.stringify([faultCase('ac-shared', { title: { zh: '别的', en: 'other' } })]) });
    const kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder: new CountingEmbedder(), seed: a });
    const report = await kb.ingest(b);
    expect(report.ok).toBe(false);
    expect(report.issues[0]!.code).toBe('duplicate_id');
    expect(report.issues[0]!.reason).toContain(path.join(a, 'a.json'));
    expect(report.issues[0]!.reason).toContain(path.join(b, 'b.json'));
    expect(kb.get('ac-shared')!.title.en).toBe('Test case ac-shared');
  });

  it.each([
    ['overwritten with garbage', (file: string) => fs.writeFileSync(file, 'not an index at all')],
    ['truncated', (file: string) => fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 100))],
    ['deleted', (file: string) => fs.rmSync(file)],
    [
      'mismatched (its map lists a vector the graph lacks)',
      (file: string) => {
        const metaFile = file.replace(/\.hnsw$/, '.meta.json');
        const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
        meta.entries[Object.keys(meta.entries)[0]!].labels = [99999];
        fs.writeFileSync(metaFile, JSON.stringify(meta));
      },
    ],
  ])('rebuilds a %s index file from the cases with a warning instead of crashing', async (_name, damage) => {
    const indexDir = tempDir();
    await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder: new CountingEmbedder(), seed: smallKb(tempDir()) });
    damage(path.join(indexDir, 'knowledge.hnsw'));
    const log = memoryLog();
    const embedder = new CountingEmbedder();
    const kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder, log });
    expect(log.lines.some((l) => l.level === 'warn' && /rebuilding/.test(l.message))).toBe(true);
    expect(embedder.texts).toBeGreaterThan(0);
    expect(kb.stats().index.entries).toBe(5);
    expect((await kb.search('美的空调E1')).results[0]!.id).toBe('ac-midea-e1');
    // ... and the rebuilt index is saved, so the next start loads it.
    const again = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder: new CountingEmbedder() });
    expect(again.stats().indexStatusAtOpen).toBe('loaded');
  });

  it('sets a corrupt case store aside and starts over from the seed', async () => {
    const indexDir = tempDir();
    const seed = smallKb(tempDir());
    await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder: new CountingEmbedder(), seed });
    fs.writeFileSync(path.join(indexDir, 'knowledge.cases.json'), '{"format": 1, "entries": [');
    const log = memoryLog();
    const kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder: new CountingEmbedder(), seed, log });
    expect(kb.stats().entries).toBe(5);
    expect(log.lines.some((l) => l.level === 'warn' && /unreadable/.test(l.message))).toBe(true);
    expect(fs.readdirSync(indexDir).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  it('re-embeds everything when the embedder changes', async () => {
    const indexDir = tempDir();
    const seed = smallKb(tempDir());
    await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder: new CountingEmbedder(), seed });
    const other = new CountingEmbedder();
    Object.defineProperty(other, 'id', { value: 'another-embedder' });
    const kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder: other });
    expect(kb.stats().indexStatusAtOpen).toBe('rebuild_embedder_changed');
    expect(other.texts).toBeGreaterThan(0);
  });
});
