/**
 * BM25 keyword search with our tokeniser: jieba words for Chinese, stemmed words for English. It
 * also knows each term's document frequency, so the hybrid search can ask "how much of what the
 * customer said does this entry cover?", an absolute signal that BM25's relative scores do not
 * give and that the no-answer decision needs.
 *
 * Scoring is MiniSearch's (per-field BM25 with its k, b and d, field boosts, prefix and fuzzy
 * expansions weighted by distance, the sum multiplied by the number of query terms matched), and
 * MiniSearch's radix tree finds the expansions. The postings are our own typed arrays
 * (./postings.ts) and a query scores into preallocated buffers: MiniSearch's maps of maps and
 * per-posting result objects put the 100k-entry hybrid search's p99 at 6x the vector search, all
 * of it collector pauses (bench/knowledge.bench.ts). test/knowledge/keyword-index.test.ts checks
 * that both rank alike.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { resized } from '../../kernel/typed-arrays';
import { tokenise } from '../text/tokenise';
import { KEYWORD_FIELDS, type KeywordDocument } from './entry-text';
import { MAX_DOCUMENTS, MAX_FIELDS, TermPostings } from './postings';

export interface KeywordMatch {
  entryId: string;
  score: number;
  /** Query terms this entry matched (exactly, by prefix or fuzzily). */
  matchedTerms: string[];
}

const FIELD_BOOST: Record<(typeof KEYWORD_FIELDS)[number], number> = { title: 2, asks: 1.5, codes: 3, names: 1, detail: 0.4 };
const BOOSTS = KEYWORD_FIELDS.map((f) => FIELD_BOOST[f]);
const FIELDS = KEYWORD_FIELDS.length;
if (FIELDS > MAX_FIELDS) throw new Error(`the keyword index holds at most ${MAX_FIELDS} fields`);
/** MiniSearch's BM25 parameters (k1, b, and the floor d a match adds however long the field). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FUZZY_TERM = /^[a-z]{5,}$/;
const PREFIX_TERM = /^[a-z]{4,}$/;
const FUZZY = 0.2;
const MAX_FUZZY = 2;
const WEIGHT = { fuzzy: 0.6, prefix: 0.5 };
/** Every term a prefix or fuzzy match of a Latin word can reach (those with digits too: heat5 is one edit from heats). */
const LATIN_TERM = /^(?=.*[a-z])[a-z0-9]{3,}$/;
/** Removed documents are dropped from the postings once they are this many and outnumber half the live ones. */
const VACUUM_MIN_DEAD = 1000;

export class KeywordIndex {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postings: TermPostings[] = [];
  private documentFrequency = new Int32Array(1024);
  /** Latin words by term id, for finding what a prefix or typo would expand to. */
  private readonly latinTerms = new SearchableMap<number>();

  private readonly docById = new Map<string, number>();
  /** By document number; undefined once removed. */
  private ids: (string | undefined)[] = [];
  /** Sorted ids of the distinct terms of each document. */
  private docTerms: (Int32Array | undefined)[] = [];
  /** Distinct terms per document and field, FIELDS per document. */
  private fieldLengths = new Uint16Array(FIELDS * 1024);
  private readonly fieldTotals = new Float64Array(FIELDS);
  private nextDoc = 0;
  private live = 0;
  private dead = 0;

  /** Scratch for one search, by document number; stamps tell this search's entries from stale ones. */
  private scores = new Float64Array(1024);
  private matches = new Uint16Array(1024);
  private seenInQuery = new Int32Array(1024);
  private seenInTerm = new Int32Array(1024);
  private stamp = 0;
  private touched = new Int32Array(256);
  /** (document, query term) pairs in match order, to list each result's matched terms. */
  private matchLog = new Int32Array(512);

  /**
   * Retrieval skips terms in more than this share of entries (never below 500 entries)...
   * At 100k entries 8 terms of up to 1,000 entries each made the slowest questions 13-19 ms with
   * MiniSearch; 0.5% and 6 terms halved that (bench/knowledge.bench.ts).
   */
  private readonly capShare = 0.005;
  /** ...and, on a large corpus, at most this many of the most selective terms, so a long question costs no more than a short one. */
  private readonly maxTerms = 6;

  get size(): number {
    return this.live;
  }

  add(doc: KeywordDocument): void {
    this.remove(doc.id);
    if (this.nextDoc >= MAX_DOCUMENTS) this.vacuum();
    if (this.nextDoc >= MAX_DOCUMENTS) throw new RangeError(`the keyword index holds at most ${MAX_DOCUMENTS} entries`);
    const num = this.nextDoc++;
    this.ensureDocuments(this.nextDoc);
    const distinct = new Set<number>();
    KEYWORD_FIELDS.forEach((field, f) => {
      const counts = new Map<string, number>();
      for (const term of tokenise(doc[field])) counts.set(term, (counts.get(term) ?? 0) + 1);
      this.fieldLengths[num * FIELDS + f] = Math.min(0xffff, counts.size);
      this.fieldTotals[f]! += counts.size;
      for (const [term, tf] of counts) {
        const id = this.intern(term);
        this.postings[id]!.add(num, f, tf);
        distinct.add(id);
      }
    });
    const termIds = Int32Array.from(distinct).sort();
    for (const id of termIds) {
      if (++this.documentFrequency[id]! === 1 && LATIN_TERM.test(this.terms[id]!)) this.latinTerms.set(this.terms[id]!, id);
    }
    this.ids[num] = doc.id;
    this.docTerms[num] = termIds;
    this.docById.set(doc.id, num);
    this.live++;
  }

  addAll(docs: KeywordDocument[]): void {
    for (const doc of docs) this.add(doc);
  }

  remove(id: string): void {
    const num = this.docById.get(id);
    if (num === undefined) return;
    for (const termId of this.docTerms[num]!) {
      if (--this.documentFrequency[termId]! === 0 && LATIN_TERM.test(this.terms[termId]!)) this.latinTerms.delete(this.terms[termId]!);
    }
    for (let f = 0; f < FIELDS; f++) this.fieldTotals[f]! -= this.fieldLengths[num * FIELDS + f]!;
    this.docById.delete(id);
    this.ids[num] = undefined;
    this.docTerms[num] = undefined;
    this.live--;
    this.dead++;
    if (this.dead >= VACUUM_MIN_DEAD && this.dead * 2 > this.live) this.vacuum();
  }

  /** Inverse document frequency of a query term; a term no entry uses gets the highest weight. */
  idf(term: string): number {
    const df = this.df(term);
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** Whether an entry contains the term, for exact coverage of any candidate (found by keywords or not). */
  hasTerm(entryId: string, term: string): boolean {
    const num = this.docById.get(entryId);
    const termId = this.termIds.get(term);
    return num !== undefined && termId !== undefined && this.postings[termId]!.has(num);
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
    if (!terms.length || this.live === 0 || limit < 1) return [];
    const maxDf = Math.max(500, this.capShare * this.live);
    const selective = terms
      .filter((t) => this.df(t) <= maxDf)
      .sort((a, b) => this.df(a) - this.df(b))
      .slice(0, this.live > 5000 ? this.maxTerms : undefined);
    if (!selective.length) return [];

    if (this.stamp > 2 ** 30) this.resetStamps();
    const queryStamp = ++this.stamp;
    let touched = 0;
    let logged = 0;
    selective.forEach((term, q) => {
      const termStamp = ++this.stamp;
      for (const [termId, weight] of this.expansions(term, maxDf)) {
        const postings = this.postings[termId]!;
        for (let f = 0; f < FIELDS; f++) {
          let matching = 0;
          for (let i = 0; i < postings.length; i++) if (postings.field(i) === f && this.ids[postings.doc(i)] !== undefined) matching++;
          if (!matching) continue;
          const idf = Math.log(1 + (this.live - matching + 0.5) / (matching + 0.5));
          const averageLength = this.fieldTotals[f]! / this.live;
          const fieldWeight = weight * BOOSTS[f]!;
          for (let i = 0; i < postings.length; i++) {
            if (postings.field(i) !== f) continue;
            const doc = postings.doc(i);
            if (this.ids[doc] === undefined) continue;
            const tf = postings.tf(i);
            const length = this.fieldLengths[doc * FIELDS + f]!;
            const bm25 = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength)));
            if (this.seenInQuery[doc] !== queryStamp) {
              this.seenInQuery[doc] = queryStamp;
              this.scores[doc] = 0;
              this.matches[doc] = 0;
              if (touched === this.touched.length) this.touched = resized(this.touched, touched * 2);
              this.touched[touched++] = doc;
            }
            this.scores[doc]! += fieldWeight * bm25;
            if (this.seenInTerm[doc] !== termStamp) {
              this.seenInTerm[doc] = termStamp;
              this.matches[doc]!++;
              if (logged + 2 > this.matchLog.length) this.matchLog = resized(this.matchLog, this.matchLog.length * 2);
              this.matchLog[logged++] = doc;
              this.matchLog[logged++] = q;
            }
          }
        }
      }
    });
    return this.best(touched, logged, selective, limit, accept);
  }

  /**
   * The `limit` best of the documents a search touched, best first; equal scores keep the order
   * they were first matched in. Scores are multiplied by the number of query terms matched.
   */
  private best(touched: number, logged: number, queryTerms: string[], limit: number, accept?: (entryId: string) => boolean): KeywordMatch[] {
    const docs: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < touched; i++) {
      const doc = this.touched[i]!;
      const score = this.scores[doc]! * this.matches[doc]!;
      if (docs.length === limit && score <= scores[limit - 1]!) continue;
      if (accept && !accept(this.ids[doc]!)) continue;
      let at = docs.length < limit ? docs.length : limit - 1;
      while (at > 0 && scores[at - 1]! < score) {
        docs[at] = docs[at - 1]!;
        scores[at] = scores[at - 1]!;
        at--;
      }
      docs[at] = doc;
      scores[at] = score;
    }
    const matched = docs.map(() => [] as string[]);
    for (let i = 0; i < logged; i += 2) {
      const rank = docs.indexOf(this.matchLog[i]!);
      if (rank >= 0) matched[rank]!.push(queryTerms[this.matchLog[i + 1]!]!);
    }
    return docs.map((doc, i) => ({ entryId: this.ids[doc]!, score: scores[i]!, matchedTerms: matched[i]! }));
  }

  /**
   * The terms a query term matches, with MiniSearch's weights: itself (1), longer words it begins
   * (4+ letters) and words within a fifth of its length in edits (5+ letters). A rare word whose
   * expansions include a common term is matched exactly only.
   */
  private expansions(term: string, maxDf: number): [number, number][] {
    const found: [number, number][] = [];
    const exact = this.termIds.get(term);
    if (exact !== undefined && this.documentFrequency[exact]! > 0) found.push([exact, 1]);
    const selective = (ids: Iterable<number>) => {
      for (const id of ids) if (this.documentFrequency[id]! > maxDf) return false;
      return true;
    };
    const prefixed = PREFIX_TERM.test(term) ? this.latinTerms.atPrefix(term) : undefined;
    const usePrefix = prefixed !== undefined && selective(prefixed.values());
    let fuzzy: Map<string, [number, number]> | undefined;
    if (FUZZY_TERM.test(term)) {
      fuzzy = this.latinTerms.fuzzyGet(term, Math.min(MAX_FUZZY, Math.round(term.length * FUZZY)));
      if (!selective([...fuzzy.values()].map(([id]) => id))) fuzzy = undefined;
    }
    if (usePrefix) {
      for (const [word, id] of prefixed) {
        const distance = word.length - term.length;
        if (!distance) continue;
        fuzzy?.delete(word); // scored as a prefix match
        found.push([id, (WEIGHT.prefix * word.length) / (word.length + 0.3 * distance)]);
      }
    }
    for (const [word, [id, distance]] of fuzzy ?? []) {
      if (distance) found.push([id, (WEIGHT.fuzzy * word.length) / (word.length + distance)]);
    }
    return found;
  }

  private df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.documentFrequency[id]!;
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.postings.push(new TermPostings());
      if (id >= this.documentFrequency.length) this.documentFrequency = resized(this.documentFrequency, id * 2);
    }
    return id;
  }

  /** Room for `count` document numbers in the per-document buffers. */
  private ensureDocuments(count: number): void {
    if (count <= this.scores.length) return;
    const capacity = Math.max(count, this.scores.length * 2);
    this.fieldLengths = resized(this.fieldLengths, capacity * FIELDS);
    this.scores = new Float64Array(capacity);
    this.matches = new Uint16Array(capacity);
    this.seenInQuery = new Int32Array(capacity);
    this.seenInTerm = new Int32Array(capacity);
    this.stamp = 0;
  }

  private resetStamps(): void {
    this.seenInQuery.fill(0);
    this.seenInTerm.fill(0);
    this.stamp = 0;
  }

  /** Drops removed documents from every posting list and numbers the live ones from 0 again. */
  private vacuum(): void {
    const renumber = new Int32Array(this.nextDoc).fill(-1);
    let next = 0;
    for (let doc = 0; doc < this.nextDoc; doc++) {
      const id = this.ids[doc];
      if (id === undefined) continue;
      renumber[doc] = next;
      this.ids[next] = id;
      this.docTerms[next] = this.docTerms[doc];
      this.fieldLengths.copyWithin(next * FIELDS, doc * FIELDS, (doc + 1) * FIELDS);
      this.docById.set(id, next);
      next++;
    }
    for (const postings of this.postings) postings.compact(renumber);
    this.ids.length = next;
    this.docTerms.length = next;
    this.nextDoc = next;
    this.dead = 0;
    this.resetStamps();
  }
}
