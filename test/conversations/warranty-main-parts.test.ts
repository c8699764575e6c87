/**
 * The main parts named in a warranty answer are the product's own: a dishwasher has a motor and a
 * heater, no compressor; a fridge's compressor is named for a fridge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('main parts named for the product', () => {
  it.each([
    ['zh', '洗碗机保修多久啊'],
    ['zh', '我家洗碗机买了快两年了 还在保修吗'],
    ['en', 'how long is a dishwasher covered for?'],
    ['en', "what's the warranty on a dishwasher"],
  ])('a dishwasher is never told about a compressor (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`dishwasher-parts-${line}`).say(line);
    expect(said.text).toMatch(/保修|warranty|covered/i);
    expect(said.text).not.toMatch(/压缩机|compressor/i);
  });

  it.each([
    ['zh', '冰箱保修几年'],
    ['en', 'how long is the fridge warranty'],
  ])('a fridge hears of its compressor (%s)', async (_lang, line) => {
    const said = await world.customer(`fridge-parts-${line}`).say(line);
    expect(said.text).toMatch(/压缩机|compressor/i);
  });
});
