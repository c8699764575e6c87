/**
 * What every `KnowledgeIndex` promises (knowledge/knowledge-index.ts), run against each
 * implementation by knowledge-index.test.ts: nearest entries first, each entry once at its best
 * vector, an upsert replacing what an entry had, a removal forgetting it everywhere, exact
 * similarities for the candidates a search names, and (for an index that persists) the same
 * answers after `save` and opening again.
 */
import { describe, expect, it } from 'vitest';
import { dot, normaliseVector } from '../../knowledge/embedder';
import type { KnowledgeIndex } from '../../knowledge/knowledge-index';

export interface KnowledgeIndexUnderTest {
  index: KnowledgeIndex;
  /** Opens the saved index again (only for an index that persists). */
  reopen?: () => Promise<KnowledgeIndex>;
  close(): void;
}

export const CONTRACT_DIMENSIONS = 16;

/** A unit vector pointing mostly along `axis`, tilted towards `towards` by `tilt`. */
export function unitVector(axis: number, towards = (axis + 1) % CONTRACT_DIMENSIONS, tilt = 0): Float32Array {
  const v = new Float32Array(CONTRACT_DIMENSIONS);
  v[axis] = 1;
  v[towards] = (v[towards] ?? 0) + tilt;
  return normaliseVector(v);
}

export function describeKnowledgeIndexContract(name: string, make: (init: { embedderId: string; dimensions: number }) => Promise<KnowledgeIndexUnderTest>) {
  describe(`KnowledgeIndex contract: ${name}`, () => {
    const open = () => make({ embedderId: 'contract-embedder', dimensions: CONTRACT_DIMENSIONS });

    it('starts empty: no entries indexed and no matches', async () => {
      const { index, close } = await open();
      try {
        expect(index.dimensions).toBe(CONTRACT_DIMENSIONS);
        expect(index.embedderId).toBe('contract-embedder');
        expect([...(await index.indexed())]).toEqual([]);
        expect(await index.search(unitVector(0), 5)).toEqual([]);
        expect(index.stats()).toMatchObject({ entries: 0, vectors: 0 });
      } finally {
        close();
      }
    });

    it('returns the nearest entries first, each once at its best vector, with cosine similarity', async () => {
      const { index, close } = await open();
      try {
        await index.upsert('near', 'h-near', [unitVector(3), unitVector(0, 1, 0.2)]);
        await index.upsert('middle', 'h-middle', [unitVector(0, 1, 1)]);
        await index.upsert('far', 'h-far', [unitVector(7)]);
        const query = unitVector(0);
        const matches = await index.search(query, 3);
        expect(matches.map((m) => m.entryId)).toEqual(['near', 'middle', 'far']);
        expect(matches[0]!.similarity).toBeCloseTo(dot(query, unitVector(0, 1, 0.2)), 4);
        expect(matches[1]!.similarity).toBeCloseTo(dot(query, unitVector(0, 1, 1)), 4);
        expect(matches[2]!.similarity).toBeCloseTo(0, 4);
        expect((await index.search(query, 1)).map((m) => m.entryId)).toEqual(['near']);
        expect(index.stats()).toMatchObject({ entries: 3, vectors: 4 });
      } finally {
        close();
      }
    });

    it('remembers the content hash per entry, and an upsert replaces what the entry had', async () => {
      const { index, close } = await open();
      try {
        await index.upsert('a', 'v1', [unitVector(2)]);
        await index.upsert('b', 'v1', [unitVector(5)]);
        await index.upsert('a', 'v2', [unitVector(9)]);
        expect(Object.fromEntries(await index.indexed())).toEqual({ a: 'v2', b: 'v1' });
        // The old vector of `a` no longer answers: a query along it finds `a` only at its new one.
        const [top] = await index.search(unitVector(2), 1);
        expect(top?.similarity ?? 0).toBeLessThan(0.5);
        expect((await index.search(unitVector(9), 1))[0]).toMatchObject({ entryId: 'a' });
        expect(index.stats()).toMatchObject({ entries: 2, vectors: 2 });
      } finally {
        close();
      }
    });

    it('forgets a removed entry in searches, hashes and similarities', async () => {
      const { index, close } = await open();
      try {
        await index.upsert('keep', 'k', [unitVector(1)]);
        await index.upsert('drop', 'd', [unitVector(4)]);
        await index.remove('drop');
        await index.remove('never-there');
        expect([...(await index.indexed()).keys()]).toEqual(['keep']);
        expect((await index.search(unitVector(4), 5)).map((m) => m.entryId)).toEqual(['keep']);
        expect([...(await index.similarities(unitVector(4), ['drop', 'keep'])).keys()]).toEqual(['keep']);
      } finally {
        close();
      }
    });

    it('gives the exact similarity of the query to each listed entry (its best vector), leaving out unknown ones', async () => {
      const { index, close } = await open();
      try {
        await index.upsert('two', 'h', [unitVector(6), unitVector(0, 1, 0.5)]);
        await index.upsert('one', 'h', [unitVector(0, 2, 2)]);
        const query = unitVector(0);
        const found = await index.similarities(query, ['two', 'one', 'unknown']);
        expect([...found.keys()].sort()).toEqual(['one', 'two']);
        expect(found.get('two')).toBeCloseTo(dot(query, unitVector(0, 1, 0.5)), 4);
        expect(found.get('one')).toBeCloseTo(dot(query, unitVector(0, 2, 2)), 4);
        expect((await index.similarities(query, [])).size).toBe(0);
      } finally {
        close();
      }
    });

    it('refuses a vector of another width', async () => {
      const { index, close } = await open();
      try {
        await expect(index.upsert('wide', 'h', [new Float32Array(CONTRACT_DIMENSIONS + 1).fill(0.1)])).rejects.toThrow(/dimensions/);
        expect([...(await index.indexed())]).toEqual([]);
      } finally {
        close();
      }
    });

    it('answers the same after save and opening again (an index that persists)', async () => {
      const { index, reopen, close } = await open();
      try {
        await index.upsert('x', 'hx', [unitVector(0)]);
        await index.upsert('y', 'hy', [unitVector(0, 1, 1)]);
        await index.upsert('z', 'hz', [unitVector(8)]);
        await index.remove('z');
        await index.save();
        if (!reopen) return; // in memory only: save is a no-op and nothing outlives the index
        const again = await reopen();
        expect(Object.fromEntries(await again.indexed())).toEqual({ x: 'hx', y: 'hy' });
        expect(await again.search(unitVector(0), 5)).toEqual(await index.search(unitVector(0), 5));
        expect(await again.similarities(unitVector(1), ['x', 'y'])).toEqual(await index.similarities(unitVector(1), ['x', 'y']));
      } finally {
        close();
      }
    });
  });
}
