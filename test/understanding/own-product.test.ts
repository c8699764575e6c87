/** A product the lexicon does not hold, named in the customer's own words when asked which product it is. */
import { describe, expect, it } from 'vitest';
import { readOwnProduct } from '../../bot/understanding/slots/own-product';

describe('the customer’s own words for a product', () => {
  it.each<[string, string | undefined]>([
    ['电动牙刷', '电动牙刷'],
    ['是空气炸锅', '空气炸锅'],
    ['一台按摩椅', '按摩椅'],
    ['a hair dryer', 'hair dryer'],
    ["it's an electric toothbrush", 'electric toothbrush'],
    // Answers, not products.
    ['需要', undefined],
    ['好的', undefined],
    ['不知道', undefined],
    ['yes please', undefined],
    ['no idea', undefined],
    ['13912345678', undefined],
    ['是哪个机器？', undefined],
  ])('%s', (text, product) => {
    expect(readOwnProduct(text)).toBe(product);
  });
});
