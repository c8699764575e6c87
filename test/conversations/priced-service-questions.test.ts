/**
 * A service asked about together with its price ("can you move it? how much?") gets that service's
 * rule, not the general call-out fee: the price part was split off and looked up alone (issue 16,
 * seen when the installation rules learned to answer only installing, moving or removing). Our own
 * wordings, both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('moving an air conditioner, with its price in the same breath', () => {
  it.each([
    ['zh', '年底换房子住 格力空调要跟着走 你们能来拆了重装吗 收不收钱'],
    ['zh', '过年搬新房 海尔空调也带过去 移机这事你们管不管 要钱吗'],
    ['en', 'can you move my air conditioner to the other bedroom? how much?'],
    ['en', 'moving house soon. could your team take the AC down and put it up again in the new place? what does it cost'],
  ])('hears the relocation rule, not only the call-out fee (%s)', async (lang, line) => {
    const reply = (await world.customer(`priced-${++n}`).say(line)).text;
    expect(reply).toMatch(lang === 'zh' ? /移机/ : /relocation/i);
    expect(reply).not.toMatch(/没有确切|no reliable|don't have a reliable/i);
  });
});
