/** Questions about going on without proof of purchase, and look-alikes that are not (playtest round 15). */
import { describe, expect, it } from 'vitest';
import { asksWithoutProof } from '../../bot/understanding/proof-missing-question';

describe('a question about missing proof of purchase', () => {
  it.each([
    'I threw the receipt away, is it still covered?',
    'no invoice, can I still get free repair?',
    'the receipt is long gone, what now?',
    "can't find my proof of purchase, will the warranty still apply?",
    "don't have the receipt any more, can you still fix it for free",
    '单据都没了怎么办',
    '发票找不到了，还能保修吗',
    '小票早扔了 还给免费修吗',
    '没有购物凭证可以保修吗',
  ])('%s', (text) => expect(asksWithoutProof(text)).toBe(true));

  it.each([
    '发票还在，保修吗',
    'I have the receipt, is it covered?',
    'where do I get an invoice?',
    'no power, is it covered?',
    '没有反应，还保吗',
    'threw it away, is it covered?',
    'I lost the receipt.',
  ])('not: %s', (text) => expect(asksWithoutProof(text)).toBe(false));
});
