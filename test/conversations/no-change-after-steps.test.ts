/**
 * "Nothing changed" after the self-help, said without the plain words: a list of steps ending in a
 * bare "nothing", "no dice", "一点变化都没有", "白搭", "还是那个样". It is "still not working": the
 * booking goes on with the problem known, never "glad it works", a no to the visit, or a lookup
 * (bot/understanding/answers/lexicon-no-change.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const BOOKING_GOES_ON = /didn'?t fix|model number|抱歉没能解决|型号/i;
const MISREAD =
  /如果按上面的方法|if the steps above|太好了|能用就好|glad|what can i help|message me any time|有什么可以帮|没有确切的资料|don'?t have a reliable answer|back to your problem|回到您刚才说的问题/i;

describe('no change after the steps is still not working', () => {
  it.each([
    ['zh', '洗衣机不排水', '试了，一点变化都没有'],
    ['zh', '洗衣机不排水', '没啥变化'],
    ['zh', '洗衣机不排水', '弄了半天 白搭'],
    ['zh', '洗衣机不排水', '过滤器清了也通了 还是那个样'],
    ['zh', '洗衣机不排水', '按你说的都弄了，反应也没有'],
    ['en', 'my dryer is not heating', 'tried that and the other thing, no dice'],
    ['en', 'my dryer is not heating', 'emptied the tank and rinsed the condenser... nothing'],
    ['en', 'my oven does not heat up', 'flipped the breaker and waited an hour... nothing'],
    ['en', 'my oven does not heat up', 'swapped the fuse and reset the clock, nothing'],
  ])('%s: "%s" then "%s"', async (_lang, fault, report) => {
    const c = world.customer(`v5-nochange-${fault}-${report}`);
    await c.say(fault);
    const said = await c.say(report);
    expect(said.text).toMatch(BOOKING_GOES_ON);
    expect(said.text).not.toMatch(MISREAD);
    expect(said.tools).not.toContain('handOff');
  });
});
