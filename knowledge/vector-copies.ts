import { resized } from '../kernel/typed-arrays';

/**
 * Compact copies of the index's vectors, for scoring an entry the graph search did not return
 * (hybrid search re-scores its keyword and exact-code candidates). hnswlib-node's getPoint builds a
 * JS array of numbers on every call: ~30 us and ~10 KB of garbage each at 100k cases, which with a
 * few dozen candidates made those re-scores the hybrid search's p99 (bench/knowledge.bench.ts).
 *
 * Int16 with one scale per vector: half of float32's memory, and a dot product of unit vectors
 * moves by under 0.0001 (test/knowledge/vector-copies.test.ts). Int8 moved it by up to 0.005: the
 * hashed n-gram vectors have a few large components, which set a coarse step for all the others.
 * Vectors sit in one slab, reused slot by slot as labels are deleted.
 */
export class VectorCopies {
  private values: Int16Array;
  private scales: Float32Array;
  private readonly slots = new Map<number, number>();
  private readonly free: number[] = [];
  private used = 0;

  constructor(
    private readonly dimensions: number,
    capacity = 1024,
  ) {
    this.values = new Int16Array(dimensions * capacity);
    this.scales = new Float32Array(capacity);
  }

  get size(): number {
    return this.slots.size;
  }

  set(label: number, vector: ArrayLike<number>): void {
    if (vector.length !== this.dimensions) throw new RangeError(`vector has ${vector.length} dimensions, copies have ${this.dimensions}`);
    let slot = this.slots.get(label) ?? this.free.pop();
    if (slot === undefined) {
      slot = this.used++;
      if (slot === this.scales.length) {
        this.values = resized(this.values, this.values.length * 2);
        this.scales = resized(this.scales, this.scales.length * 2);
      }
    }
    let largest = 0;
    for (let i = 0; i < vector.length; i++) largest = Math.max(largest, Math.abs(vector[i]!));
    const scale = largest / 32767;
    const offset = slot * this.dimensions;
    for (let i = 0; i < vector.length; i++) this.values[offset + i] = scale ? Math.round(vector[i]! / scale) : 0;
    this.scales[slot] = scale;
    this.slots.set(label, slot);
  }

  delete(label: number): void {
    const slot = this.slots.get(label);
    if (slot === undefined) return;
    this.slots.delete(label);
    this.free.push(slot);
  }

  /** Dot product of a stored vector with `query`, or undefined for a label not stored. */
  dot(label: number, query: Float32Array): number | undefined {
    const slot = this.slots.get(label);
    if (slot === undefined) return undefined;
    const offset = slot * this.dimensions;
    let sum = 0;
    for (let i = 0; i < this.dimensions; i++) sum += this.values[offset + i]! * query[i]!;
    return sum * this.scales[slot]!;
  }
}
