/**
 * The knowledge base and the customer meet through one brand lexicon: every brand the shipped
 * knowledge names is spelt as the lexicon spells it and is found from each of its names, and a
 * customer's 万和 reaches the cases written for Vanward, safety notes and all. (Two lexicons that
 * spelt it Wanhe and Vanward once filtered the gas water heater's E1 case, and its gas-smell
 * warning, away from every 万和 customer.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeHit } from '../../bot/knowledge-search';
import { understand } from '../../bot/understanding';
import { BRANDS, detectBrands, lookupBrand } from '../../kernel/lexicon/brands';
import { categoryLabel, PRODUCT_CATEGORY_IDS } from '../../kernel/lexicon/product-categories';
import { normaliseText } from '../../kernel/text/normal-form';
import { BotKnowledgeSearch } from '../../knowledge/bot-knowledge-search';
import { CATEGORIES, parseEntry, type KnowledgeEntry } from '../../knowledge/case-schema';
import { readCsvEntries } from '../../knowledge/ingest/read-csv';
import { readJsonEntries } from '../../knowledge/ingest/read-json';
import { readMarkdownEntries } from '../../knowledge/ingest/read-markdown';
import { openKnowledgeBase, SAMPLE_KNOWLEDGE_DIR } from '../../knowledge/knowledge-base';
import { hnswIndexFactory } from '../../knowledge/hnsw-knowledge-index';
import { openWorld, type World } from '../../testing/world';
import { CountingEmbedder, tempDir } from './helpers';

/** The sample's entries as written, before ingest canonicalises their brands. */
function sampleEntriesAsWritten(): KnowledgeEntry[] {
  const readers: Record<string, typeof readJsonEntries> = { '.json': readJsonEntries, '.csv': readCsvEntries, '.md': readMarkdownEntries };
  const entries: KnowledgeEntry[] = [];
  for (const name of fs.readdirSync(SAMPLE_KNOWLEDGE_DIR)) {
    const reader = readers[path.extname(name)];
    if (!reader || name === 'README.md') continue;
    for (const raw of reader(fs.readFileSync(path.join(SAMPLE_KNOWLEDGE_DIR, name), 'utf8')).entries) {
      const parsed = parseEntry(raw.value);
      if (parsed.success) entries.push(parsed.data);
    }
  }
  return entries;
}

const written = sampleEntriesAsWritten();
/** Each brand the sample names, with the category of the first entry naming it (for a sentence). */
const sampleBrands = new Map<string, string>();
for (const e of written) for (const b of e.brands) if (!sampleBrands.has(b)) sampleBrands.set(b, e.category);

describe('the sample knowledge base and the brand lexicon', () => {
  it('reads the sample and finds the brands it names', () => {
    expect(written.length).toBeGreaterThan(150);
    expect([...sampleBrands.keys()]).toEqual(expect.arrayContaining(['Gree', 'Midea', 'Haier', 'Vanward', 'Macro', 'Vatti', 'Rinnai', 'Little Swan']));
  });

  it.each([...sampleBrands.keys()])('%s is spelt in the sample as the lexicon spells it', (brand) => {
    expect(lookupBrand(brand)).toBe(brand);
  });

  type Kind = 'free text' | 'name only' | 'missing';
  const aliasRows = [...sampleBrands].flatMap(([brand, category]): [string, string, Kind, string][] => {
    const entry = BRANDS.find((b) => b.name === brand);
    if (!entry) return [[brand, brand, 'missing', category]];
    return [
      ...entry.zh.map((alias): [string, string, Kind, string] => [brand, alias, 'free text', category]),
      ...entry.latin.map((alias): [string, string, Kind, string] => [brand, alias, 'free text', category]),
      ...(entry.named ?? []).map((alias): [string, string, Kind, string] => [brand, alias, 'name only', category]),
    ];
  });

  it.each(aliasRows)('%s resolves from %j (%s)', (brand, alias, kind, category) => {
    expect(kind).not.toBe('missing');
    expect(lookupBrand(alias)).toBe(brand);
    if (kind !== 'free text') return;
    // Found where a customer would write it: before the product, in either language.
    const sentence = /[\u4e00-\u9fff]/.test(alias) ? `我家${alias}${categoryLabel(category, 'zh') ?? ''}坏了` : `my ${alias} ${categoryLabel(category, 'en') ?? ''} is broken`;
    expect(detectBrands(normaliseText(sentence)), sentence).toEqual([brand]);
  });

  it('uses only categories the product lexicon knows (its words describe every entry)', () => {
    for (const c of CATEGORIES) if (c !== 'general') expect(PRODUCT_CATEGORY_IDS, c).toContain(c);
    for (const e of written) expect(CATEGORIES, e.id).toContain(e.category);
  });
});

describe('a brand-specific question reaches the cases written for that brand, through the real knowledge search', () => {
  let search: BotKnowledgeSearch;
  beforeAll(async () => {
    const kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir: tempDir(), embedder: new CountingEmbedder() });
    search = new BotKnowledgeSearch(kb);
  });

  /** As the offline brain asks: the customer's words, with the category and brand understanding read. */
  async function ask(text: string): Promise<KnowledgeHit[]> {
    const u = understand(text, { today: '2026-11-24' });
    return search.search(u.text, { category: u.slots.category, brand: u.slots.brand, language: u.replyLanguage === 'en' ? 'en' : 'zh' });
  }

  it.each([
    ['万和燃气热水器显示E1', 'wh-gas-e1-ignition', '燃气味'],
    ['万和热水器E1', 'wh-gas-e1-ignition', '燃气味'],
    ['wanhe热水器E1', 'wh-gas-e1-ignition', '燃气味'],
    ['Vanward gas water heater shows E1', 'wh-gas-e1-ignition', 'smell gas'],
    ['美的燃气热水器E1', 'wh-gas-e1-ignition', '燃气味'],
    ['华帝热水器显示E1', 'wh-gas-e1-ignition', '燃气味'],
    ['万家乐热水器打不着火显示E1', 'wh-gas-e1-ignition', '燃气味'],
    ['万和热水器E2', 'wh-gas-e2-flame-out', '一氧化碳'],
    ['万家乐热水器E2', 'wh-macro-e2-fan-flue', undefined],
    ['Macro gas water heater E2', 'wh-macro-e2-fan-flue', undefined],
    ['海尔电热水器E1', 'wh-haier-elec-e1-dry-heat', undefined],
    ['林内热水器显示11', 'wh-rinnai-11-ignition', '燃气味'],
    ['格力空调显示E1', 'ac-gree-e1-high-pressure', undefined],
    ['LG滚筒洗衣机显示OE', 'wm-lg-oe-drain', undefined],
  ])('%s -> %s', async (text, id, safety) => {
    const [top] = await ask(text);
    expect(top?.id).toBe(id);
    expect(top?.confident).toBe(true);
    if (safety) expect(top?.safety?.join(' ')).toContain(safety);
  });

  it.each([
    // A code's meaning for some brands must not answer for another brand that uses it differently.
    ['林内热水器显示E1', 'wh-gas-e1-ignition'],
    ['海尔电热水器E1', 'wh-gas-e1-ignition'],
    ['A.O.史密斯热水器E1', 'wh-gas-e1-ignition'],
    ['万家乐热水器E2', 'wh-gas-e2-flame-out'],
    ['万和热水器E2', 'wh-macro-e2-fan-flue'],
    ['格力空调显示E1', 'wh-gas-e1-ignition'],
  ])('%s is never answered with %s', async (text, wrong) => {
    const hits = await ask(text);
    expect(hits.map((h) => h.id)).not.toContain(wrong);
  });
});

describe('the whole assistant', () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld();
  });
  afterAll(async () => world.close());

  it('gives a 万和 customer the gas water heater E1 steps with the gas-smell warning', async () => {
    const said = await world.customer('vanward-e1').say('万和燃气热水器显示E1');
    expect(said.text).toContain('燃气');
    expect(said.text).toMatch(/闻到燃气味/);
  });
});
