/**
 * What every `KnowledgeCaseStore` promises (knowledge/knowledge-case-store.ts), run against each
 * implementation by knowledge-case-store.test.ts: nothing stored reads as undefined (so the caller
 * seeds), an empty knowledge base reads as empty (so it is not seeded again), entries come back
 * whole and in order, and a save replaces the whole set: two saves at once leave one of them, never
 * a mix.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeEntry } from '../../knowledge/case-schema';
import { contentHash } from '../../knowledge/ingest/read-folder';
import type { LoadedEntry } from '../../knowledge/ingest/read-folder';
import type { KnowledgeCaseStore } from '../../knowledge/knowledge-case-store';
import { silentLog } from '../../knowledge/knowledge-log';
import { faultCase } from '../knowledge/helpers';

export interface KnowledgeCaseStoreUnderTest {
  store: KnowledgeCaseStore;
  /** A second handle on the same stored cases (another instance, or the same file opened again). */
  other: () => KnowledgeCaseStore;
  close(): Promise<void>;
}

export function loadedCase(id: string, line?: number, overrides: Record<string, unknown> = {}): LoadedEntry {
  const entry = knowledgeEntry.parse(faultCase(id, overrides));
  return { entry, file: `cases/${id.split('-')[0]}.json`, ...(line === undefined ? {} : { line }), hash: contentHash(entry) };
}

export function describeKnowledgeCaseStoreContract(name: string, make: () => Promise<KnowledgeCaseStoreUnderTest>) {
  describe(`KnowledgeCaseStore contract: ${name}`, () => {
    const withStore = async (work: (t: KnowledgeCaseStoreUnderTest) => Promise<void>) => {
      const t = await make();
      try {
        await work(t);
      } finally {
        await t.close();
      }
    };

    it('reads nothing stored as undefined, and a stored empty knowledge base as empty', () =>
      withStore(async ({ store, other }) => {
        expect(await store.load(silentLog)).toBeUndefined();
        await store.save([]);
        expect(await other().load(silentLog)).toEqual([]);
      }));

    it('gives back every entry whole, in the order saved, with its file, line and hash', () =>
      withStore(async ({ store, other }) => {
        const entries = [loadedCase('zz-last', 3), loadedCase('aa-first'), loadedCase('mm-middle', 1, { brands: ['Gree'], errorCodes: ['E4'] })];
        await store.save(entries);
        expect(await other().load(silentLog)).toEqual(entries);
      }));

    it('replaces the whole set on save: entries left out are gone, changed ones changed', () =>
      withStore(async ({ store, other }) => {
        await store.save([loadedCase('a-one'), loadedCase('b-two'), loadedCase('c-three')]);
        const changed = loadedCase('b-two', 9, { title: { zh: '改过的标题', en: 'Changed title' } });
        await store.save([changed]);
        expect(await other().load(silentLog)).toEqual([changed]);
      }));

    it('leaves one whole set when two saves race, never a mix', () =>
      withStore(async ({ store, other }) => {
        const left = Array.from({ length: 40 }, (_, i) => loadedCase(`left-${i}`));
        const right = Array.from({ length: 25 }, (_, i) => loadedCase(`right-${i}`));
        await Promise.all([store.save(left), other().save(right)]);
        const ids = (await store.load(silentLog))!.map((e) => e.entry.id);
        expect([left.map((e) => e.entry.id), right.map((e) => e.entry.id)]).toContainEqual(ids);
      }));
  });
}
