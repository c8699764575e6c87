import { describe, expect, it } from 'vitest';
import { parseSmallNumber } from '../../bot/text/chinese-numbers';

describe('parseSmallNumber', () => {
  it.each([
    ['十五', 15],
    ['二十三', 23],
    ['十', 10],
    ['两', 2],
    ['三十一', 31],
    ['8', 8],
  ])('%s = %i', (text, n) => {
    expect(parseSmallNumber(text)).toBe(n);
  });
});
