/**
 * The keyword index scores like MiniSearch, configured as the product configured it before the
 * typed-array index replaced it, on the shipped sample and the eval questions; and it stays right
 * through removals, re-adds and the vacuum that renumbers documents.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { readKnowledgeFolder } from '../../knowledge/ingest/read-folder';
import { SAMPLE_KNOWLEDGE_DIR } from '../../knowledge/knowledge-base';
import { KEYWORD_FIELDS, keywordDocument, type KeywordDocument } from '../../knowledge/search/entry-text';
import { KeywordIndex, type KeywordMatch } from '../../knowledge/search/keyword-index';
import { tokenise, tokeniseBoth } from '../../knowledge/text/tokenise';
import { loadQuestions } from '../../evals/kb/evaluate';

const sample = readKnowledgeFolder(SAMPLE_KNOWLEDGE_DIR).entries.map((e) => keywordDocument(e.entry));
const questions = loadQuestions().map((q) => [...new Set(tokeniseBoth(q.q).terms)]);

/** The product's MiniSearch set-up before this index (knowledge base sizes below 5,000 used every term). */
function miniSearch(docs: KeywordDocument[]) {
  const search = new MiniSearch<KeywordDocument>({
    fields: [...KEYWORD_FIELDS],
    tokenize: (text) => tokenise(text),
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: 2, asks: 1.5, codes: 3, names: 1, detail: 0.4 },
      combineWith: 'OR',
      fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
      prefix: (term) => /^[a-z]{4,}$/.test(term),
      maxFuzzy: 2,
      weights: { fuzzy: 0.6, prefix: 0.5 },
    },
  });
  search.addAll(docs);
  return (terms: string[], limit: number): KeywordMatch[] =>
    search
      .search(terms.join(' '), { tokenize: (t) => t.split(' ') })
      .slice(0, limit)
      .map((r) => ({ entryId: r.id as string, score: r.score, matchedTerms: r.queryTerms }));
}

/** Same entries, scores and matched terms; entries with equal scores may come in either order. */
function expectSameRanking(ours: KeywordMatch[], reference: KeywordMatch[]): void {
  expect(ours.map((m) => m.score)).toEqual(reference.map((m) => expect.closeTo(m.score, 9)));
  const byScore = (list: KeywordMatch[]) => list.map((m) => `${m.score.toFixed(6)} ${m.entryId} ${[...m.matchedTerms].sort().join(',')}`).sort();
  // A tie at the cut-off may keep a different entry of the same score; compare those above it.
  const floor = reference.at(-1)?.score ?? 0;
  const above = (list: KeywordMatch[]) => byScore(list.filter((m) => m.score > floor + 1e-9));
  expect(above(ours)).toEqual(above(reference));
}

describe('KeywordIndex', () => {
  it('ranks the eval questions on the sample knowledge base as MiniSearch does', () => {
    const ours = new KeywordIndex();
    ours.addAll(sample);
    const reference = miniSearch(sample);
    expect(sample.length).toBeGreaterThan(150);
    let withResults = 0;
    for (const terms of questions) {
      const expected = reference(terms, 20);
      if (expected.length) withResults++;
      expectSameRanking(ours.search(terms, 20), expected);
    }
    expect(withResults).toBeGreaterThan(questions.length * 0.9);
  });

  it('forgets removed entries and scores re-added ones as a fresh index would', () => {
    const churned = new KeywordIndex();
    churned.addAll(sample);
    const removed = sample.filter((_, i) => i % 3 === 0);
    for (const doc of removed) churned.remove(doc.id);
    const edited = sample.filter((_, i) => i % 3 === 1).map((doc) => ({ ...doc, title: `${doc.title} 压缩机 compressor` }));
    for (const doc of edited) churned.add(doc);

    const editedIds = new Set(edited.map((d) => d.id));
    const remaining = sample.filter((_, i) => i % 3 !== 0).map((doc) => (editedIds.has(doc.id) ? edited.find((d) => d.id === doc.id)! : doc));
    const fresh = new KeywordIndex();
    fresh.addAll(remaining);
    expect(churned.size).toBe(remaining.length);
    const removedIds = new Set(removed.map((d) => d.id));
    for (const terms of [...questions.slice(0, 60), ['压缩机'], ['compressor']]) {
      const got = churned.search(terms, 20);
      expect(got.filter((m) => removedIds.has(m.entryId))).toEqual([]);
      expectSameRanking(got, fresh.search(terms, 20));
      for (const t of terms) expect(churned.idf(t)).toBeCloseTo(fresh.idf(t), 9);
    }
    expect(churned.hasTerm(removed[0]!.id, tokenise(removed[0]!.title)[0]!)).toBe(false);
    expect(churned.hasTerm(edited[0]!.id, 'compressor')).toBe(true);
  });

  it('vacuums many removals without losing or mixing up the entries that stay', () => {
    const docs = Array.from({ length: 3000 }, (_, i) => ({
      id: `case-${i}`,
      title: `型号 m${i} 故障 fault${i % 50 === 0 ? ' 漏水 leaking' : ''}`,
      asks: `code e${i % 97}`,
      codes: `e${i % 97} m${i}`,
      names: 'washer',
      detail: '',
    }));
    const index = new KeywordIndex();
    index.addAll(docs);
    for (let i = 0; i < 2500; i++) index.remove(`case-${i}`); // past the vacuum threshold
    const fresh = new KeywordIndex();
    fresh.addAll(docs.slice(2500));
    expect(index.size).toBe(500);
    expect(index.search(['m2999'], 5).map((m) => m.entryId)).toEqual(['case-2999']);
    expect(index.search(['m10'], 5)).toEqual([]);
    expectSameRanking(index.search(['漏水', 'leaking'], 20), fresh.search(['漏水', 'leaking'], 20));
    expect(
      index
        .search(['漏水'], 20)
        .map((m) => m.entryId)
        .sort(),
    ).toEqual(['case-2500', 'case-2550', 'case-2600', 'case-2650', 'case-2700', 'case-2750', 'case-2800', 'case-2850', 'case-2900', 'case-2950']);
    index.add({ ...docs[10]!, title: 'back again 漏水' });
    expect(index.search(['漏水'], 20).map((m) => m.entryId)).toContain('case-10');
    expect(index.hasTerm('case-2600', 'e78')).toBe(true); // 2600 % 97 = 78
    expect(index.hasTerm('case-2600', 'e79')).toBe(false);
  });

  it('filters, limits and reports the query terms each entry matched', () => {
    const index = new KeywordIndex();
    index.addAll(sample);
    const all = index.search(['漏水', 'leaking'], 50);
    expect(all.length).toBeGreaterThan(3);
    const accepted = new Set(all.filter((_, i) => i % 2 === 1).map((m) => m.entryId));
    const filtered = index.search(['漏水', 'leaking'], 50, (id) => accepted.has(id));
    expect(filtered.map((m) => m.entryId)).toEqual(all.filter((m) => accepted.has(m.entryId)).map((m) => m.entryId));
    expect(index.search(['漏水', 'leaking'], 2)).toEqual(all.slice(0, 2));
    for (const m of all) expect(m.matchedTerms.length).toBeGreaterThan(0);
    expect(index.search(['leakng'], 5)[0]?.matchedTerms).toEqual(['leakng']); // a typo matched fuzzily, reported as asked
    expect(index.search([], 5)).toEqual([]);
    expect(new KeywordIndex().search(['漏水'], 5)).toEqual([]);
  });
});
