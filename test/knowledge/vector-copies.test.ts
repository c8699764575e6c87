import { describe, expect, it } from 'vitest';
import { LocalEmbedder } from '../../knowledge/local-embedder';
import { VectorCopies } from '../../knowledge/vector-copies';

const embedder = new LocalEmbedder();
const texts = Array.from({ length: 1500 }, (_, i) => `${['空调', 'washer', '冰箱', 'water heater'][i % 4]} fault ${i} 显示E${i % 30} 不制冷 leaking ${i * 7}`);

function exactDot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

describe('VectorCopies', () => {
  it('keeps dot products of embedded texts within 0.0001 of float32, past its first slab', async () => {
    const dims = await embedder.dimensions();
    const vectors = texts.map((t) => embedder.embedOne(t));
    const copies = new VectorCopies(dims);
    vectors.forEach((v, label) => copies.set(label, v));
    expect(copies.size).toBe(1500);
    const query = embedder.embedOne('空调显示E3 不制冷');
    let worst = 0;
    vectors.forEach((v, label) => (worst = Math.max(worst, Math.abs(copies.dot(label, query)! - exactDot(v, query)))));
    expect(worst).toBeLessThan(0.0001);
    expect(worst).toBeGreaterThan(0); // they are copies, not the same floats
  });

  it('forgets deleted labels, reuses their room and overwrites a label set twice', () => {
    const copies = new VectorCopies(3, 2);
    copies.set(1, [1, 0, 0]);
    copies.set(2, [0, 1, 0]);
    copies.delete(1);
    expect(copies.dot(1, new Float32Array([1, 0, 0]))).toBeUndefined();
    copies.set(3, [0, 0, 1]);
    copies.set(2, [0, -1, 0]);
    expect(copies.size).toBe(2);
    expect(copies.dot(3, new Float32Array([0, 0, 2]))).toBeCloseTo(2, 5);
    expect(copies.dot(2, new Float32Array([0, 1, 0]))).toBeCloseTo(-1, 5);
    copies.set(4, [0, 0, 0]);
    expect(copies.dot(4, new Float32Array([1, 1, 1]))).toBe(0);
    expect(() => copies.set(5, [1, 2])).toThrow(/2 dimensions/);
  });
});
