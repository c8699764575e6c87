/**
 * One term's posting list: which documents hold it, in which field, how often. Kept in typed
 * arrays grown by doubling rather than in maps of maps, so a 100k-entry index is a few thousand
 * flat buffers the garbage collector never has to trace (MiniSearch's nested maps made its
 * young-generation pauses 5-9 ms at 100k, the whole of the hybrid search's p99).
 */
import { resized } from '../../kernel/typed-arrays';

const FIELD_BITS = 3;
const FIELD_MASK = (1 << FIELD_BITS) - 1;
/** Document numbers must fit in the 31-bit key beside the field. */
export const MAX_DOCUMENTS = 2 ** (31 - FIELD_BITS);
export const MAX_FIELDS = FIELD_MASK + 1;
const MAX_TF = 0xffff;

export class TermPostings {
  private keys = new Int32Array(2);
  private tfs = new Uint16Array(2);
  length = 0;

  /** Appends in increasing document order (the index numbers documents as they are added). */
  add(doc: number, field: number, tf: number): void {
    if (this.length === this.keys.length) this.grow(this.length * 2);
    this.keys[this.length] = (doc << FIELD_BITS) | field;
    this.tfs[this.length] = Math.min(MAX_TF, tf);
    this.length++;
  }

  doc(i: number): number {
    return this.keys[i]! >>> FIELD_BITS;
  }

  field(i: number): number {
    return this.keys[i]! & FIELD_MASK;
  }

  tf(i: number): number {
    return this.tfs[i]!;
  }

  /** Whether `doc` has the term in any field (postings are sorted by document). */
  has(doc: number): boolean {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = this.doc(mid);
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * Keeps the postings of documents that `renumber` maps to a number (>= 0), under that number.
   * Renumbering must keep document order, so the list stays sorted.
   */
  compact(renumber: Int32Array): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const to = renumber[this.doc(i)]!;
      if (to < 0) continue;
      this.keys[kept] = (to << FIELD_BITS) | this.field(i);
      this.tfs[kept] = this.tfs[i]!;
      kept++;
    }
    this.length = kept;
    if (kept * 4 < this.keys.length) this.grow(Math.max(2, kept));
  }

  private grow(capacity: number): void {
    this.keys = resized(this.keys, capacity);
    this.tfs = resized(this.tfs, capacity);
  }
}
