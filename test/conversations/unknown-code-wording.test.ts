/**
 * A code the knowledge base does not hold: the reply says plainly that it cannot confirm what the
 * code means on this product, and that it will not guess; not only "no information on code X".
 * Asked again ("what does it mean then?"), the same plain words. Wordings are our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const chat = (...lines: string[]): Promise<string[]> => world.customer(`unknown-code-${++n}`).sayAll(...lines);

const CANNOT_CONFIRM = { zh: /无法确认[\s\S]*(?:不能乱猜|不想给您乱猜)/, en: /can't confirm what[\s\S]*won't guess/ };

describe('an unknown code is said to be unconfirmed, never guessed', () => {
  it.each([
    ['zh', '美的空调屏幕上跳出来一个A7'],
    ['zh', '洗碗机面板显示X3，一直闪'],
    ['en', 'my Haier washer is flashing Q9'],
    ['en', 'the dishwasher display says X3 and stops'],
  ])('first time (%s: %s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).toMatch(CANNOT_CONFIRM[lang as 'zh' | 'en']);
  });

  it.each([
    ['zh', '空调显示P9', 'P9到底是啥意思'],
    ['en', 'the air conditioner shows P9', 'so what does P9 mean?'],
  ])('asked again what it means (%s)', async (lang, first, second) => {
    const [, reply] = await chat(first, second);
    expect(reply).toMatch(CANNOT_CONFIRM[lang as 'zh' | 'en']);
  });
});
