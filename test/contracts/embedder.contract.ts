/**
 * What every `Embedder` promises (knowledge/embedder.ts), run against each implementation by
 * embedder.test.ts: one unit-length vector per text, in the order given, at the width
 * `dimensions()` reports; the same text gives the same vector wherever it stands in a batch; a
 * reworded question lands nearer its case than an unrelated one; and an `id` naming the space.
 */
import { describe, expect, it } from 'vitest';
import { dot, type Embedder } from '../../knowledge/embedder';

export interface EmbedderUnderTest {
  embedder: Embedder;
  close(): Promise<void> | void;
}

export function describeEmbedderContract(name: string, make: () => Promise<EmbedderUnderTest>) {
  describe(`Embedder contract: ${name}`, () => {
    const withEmbedder = async (check: (embedder: Embedder) => Promise<void>) => {
      const { embedder, close } = await make();
      try {
        await check(embedder);
      } finally {
        await close();
      }
    };

    it('gives one unit-length vector per text, in order, at the width it reports', () =>
      withEmbedder(async (embedder) => {
        const texts = ['空调不制冷', 'the washing machine will not drain', '冰箱显示E5'];
        const vectors = await embedder.embed(texts);
        const width = await embedder.dimensions();
        expect(vectors).toHaveLength(texts.length);
        for (const [i, v] of vectors.entries()) {
          expect(v).toBeInstanceOf(Float32Array);
          expect(v.length).toBe(width);
          expect(dot(v, v)).toBeCloseTo(1, 4);
          // In the order given: each vector is its own text's.
          const [own] = await embedder.embed([texts[i]!]);
          expect(dot(v, own!)).toBeCloseTo(1, 4);
        }
        expect(await embedder.embed([])).toEqual([]);
      }));

    it('gives the same text the same vector wherever it stands in a batch', () =>
      withEmbedder(async (embedder) => {
        const [alone] = await embedder.embed(['洗衣机不排水']);
        const batch = await embedder.embed(['热水器打不着火', '洗衣机不排水', 'fridge is noisy']);
        expect(dot(alone!, batch[1]!)).toBeCloseTo(1, 4);
        expect(dot(batch[0]!, batch[1]!)).toBeLessThan(0.99);
      }));

    it('puts a reworded question nearer its case than an unrelated one', () =>
      withEmbedder(async (embedder) => {
        const [fault, reworded, unrelated] = await embedder.embed(['格力空调显示E1不制冷', '我家格力空调不制冷了，屏幕上是E1', '热水器打不着火']);
        expect(dot(fault!, reworded!)).toBeGreaterThan(dot(fault!, unrelated!));
      }));

    it('names its vector space', () =>
      withEmbedder(async (embedder) => {
        expect(embedder.id).toMatch(/\S/);
        expect(embedder.id).toBe(embedder.id);
      }));
  });
}
