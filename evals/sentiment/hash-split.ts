/**
 * A deterministic 80/20 train/test split for datasets that ship none: an item goes to the test
 * split when the first four bytes of the SHA-256 of its text, read as an unsigned big-endian
 * integer, modulo 100 are below 20. The split depends on the text alone (not on file order, not on
 * a random seed), so every run, machine and scorer sees the same test items, and two copies of
 * the same text always land on the same side, so a duplicate cannot leak from train into test.
 */
import { createHash } from 'node:crypto';

export const TEST_PERCENT = 20;

export function inTestSplit(text: string, testPercent = TEST_PERCENT): boolean {
  return createHash('sha256').update(text, 'utf8').digest().readUInt32BE(0) % 100 < testPercent;
}

export function hashSplit<T extends { text: string }>(items: readonly T[], testPercent = TEST_PERCENT): { train: T[]; test: T[] } {
  const train: T[] = [];
  const test: T[] = [];
  for (const item of items) (inTestSplit(item.text, testPercent) ? test : train).push(item);
  return { train, test };
}
