/**
 * BM25 keyword search (MiniSearch) with our tokeniser: jieba words for Chinese, stemmed words for
 * English. It also knows each term's document frequency, so the hybrid search can ask "how much of
 * what the customer said does this entry cover?", an absolute signal that BM25's relative scores
 * do not give and that the no-answer decision needs.
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { tokenise } from '../text/tokenise';
import { KEYWORD_FIELDS, type KeywordDocument } from './entry-text';

export interface KeywordMatch {
  entryId: string;
  score: number;
  /** Query terms this entry matched (exactly, by prefix or fuzzily). */
  matchedTerms: string[];
}

const EMPTY: ReadonlySet<string> = new Set();

const FIELD_BOOST = { title: 2, asks: 1.5, codes: 3, names: 1, detail: 0.4 };
const FUZZY_TERM = /^[a-z]{5,}$/;
const PREFIX_TERM = /^[a-z]{4,}$/;
const FUZZY = 0.2;
const MAX_FUZZY = 2;
/** Every term a prefix or fuzzy match of a Latin word can reach (those with digits too: heat5 is one edit from heats). */
const LATIN_TERM = /^(?=.*[a-z])[a-z0-9]{3,}$/;

export class KeywordIndex {
  private readonly search_: MiniSearch<KeywordDocument>;
  private readonly documentFrequency = new Map<string, number>();
  private readonly termsByDoc = new Map<string, ReadonlySet<string>>();
  /** Latin words with their document frequency, for finding what a prefix or typo would expand to. */
  private readonly latinTerms = new SearchableMap<number>();
  /**
   * Retrieval skips terms in more than this share of entries (never below 500 entries)... At 100k
   * entries MiniSearch scores ~1.6 us per posting, so 8 terms of up to 1,000 entries each made the
   * slowest questions 13-19 ms; 0.5% and 6 terms halve that (bench/knowledge.bench.ts).
   */
  private readonly capShare = 0.005;
  /** ...and, on a large corpus, at most this many of the most selective terms, so a long question costs no more than a short one. */
  private readonly maxTerms = 6;

  constructor() {
    this.search_ = new MiniSearch<KeywordDocument>({
      fields: [...KEYWORD_FIELDS],
      idField: 'id',
      tokenize: (text) => tokenise(text),
      processTerm: (term) => term, // tokenise already lower-cases and stems
      searchOptions: {
        boost: FIELD_BOOST,
        combineWith: 'OR',
        // Typo tolerance for longer Latin words only: fuzzy CJK or code matching would turn E1 into E2.
        fuzzy: (term) => (FUZZY_TERM.test(term) ? FUZZY : false),
        prefix: (term) => PREFIX_TERM.test(term),
        maxFuzzy: MAX_FUZZY,
        weights: { fuzzy: 0.6, prefix: 0.5 },
      },
    });
  }

  get size(): number {
    return this.search_.documentCount;
  }

  add(doc: KeywordDocument): void {
    if (this.search_.has(doc.id)) this.remove(doc.id);
    this.search_.add(doc);
    const terms = new Set(KEYWORD_FIELDS.flatMap((f) => tokenise(doc[f])));
    this.termsByDoc.set(doc.id, terms);
    for (const t of terms) {
      const df = (this.documentFrequency.get(t) ?? 0) + 1;
      this.documentFrequency.set(t, df);
      if (LATIN_TERM.test(t)) this.latinTerms.set(t, df);
    }
  }

  addAll(docs: KeywordDocument[]): void {
    for (const doc of docs) this.add(doc);
  }

  remove(id: string): void {
    if (!this.search_.has(id)) return;
    this.search_.discard(id);
    for (const t of this.termsByDoc.get(id) ?? []) {
      const n = (this.documentFrequency.get(t) ?? 1) - 1;
      if (n > 0) this.documentFrequency.set(t, n);
      else this.documentFrequency.delete(t);
      if (LATIN_TERM.test(t)) {
        if (n > 0) this.latinTerms.set(t, n);
        else this.latinTerms.delete(t);
      }
    }
    this.termsByDoc.delete(id);
  }

  /** Inverse document frequency of a query term; a term no entry uses gets the highest weight. */
  idf(term: string): number {
    const n = this.search_.documentCount;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The terms an entry contains, for exact coverage of any candidate (found by keywords or not). */
  termsOf(id: string): ReadonlySet<string> {
    return this.termsByDoc.get(id) ?? EMPTY;
  }

  /**
   * BM25 candidates. Terms found in more than 0.5% of a large corpus (and at least 500 entries) are
   * not used to retrieve: their posting lists are long, their BM25 weight is small, and the vector
   * side finds those entries anyway (coverage still counts them for every candidate). On a
   * knowledge base of a few hundred entries nothing is skipped. The same holds for what a word
   * expands to: a rare word (or a typo) whose prefix or fuzzy matches include such a common term
   * is matched exactly only, since one expansion to a term in 20% of 100k entries would score them all.
   */
  search(terms: string[], limit: number, accept?: (entryId: string) => boolean): KeywordMatch[] {
    if (!terms.length || this.size === 0) return [];
    const maxDf = Math.max(500, this.capShare * this.size);
    const selective = terms
      .filter((t) => (this.documentFrequency.get(t) ?? 0) <= maxDf)
      .sort((a, b) => (this.documentFrequency.get(a) ?? 0) - (this.documentFrequency.get(b) ?? 0))
      .slice(0, this.size > 5000 ? this.maxTerms : undefined);
    if (!selective.length) return [];
    const selectiveExpansions = (matches: Iterable<[string, number]>) => {
      for (const [, df] of matches) if (df > maxDf) return false;
      return true;
    };
    const results = this.search_.search(selective.join(' '), {
      filter: accept ? (r) => accept(r.id as string) : undefined,
      tokenize: (t) => t.split(' '),
      prefix: (term) => PREFIX_TERM.test(term) && selectiveExpansions(this.latinTerms.atPrefix(term)),
      fuzzy: (term) => {
        if (!FUZZY_TERM.test(term)) return false;
        const distance = Math.min(MAX_FUZZY, Math.round(term.length * FUZZY));
        return selectiveExpansions([...this.latinTerms.fuzzyGet(term, distance)].map(([t, [df]]) => [t, df])) ? FUZZY : false;
      },
    });
    return results.slice(0, limit).map((r) => ({ entryId: r.id as string, score: r.score, matchedTerms: r.queryTerms }));
  }
}
