/**
 * A washing machine is often named by how it loads ("my LG front loader", "the top-loader",
 * 滚筒的, 波轮的, 双桶的): the bot takes that as the product and never asks which appliance it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ASKS_PRODUCT = /which appliance|air conditioner, washing machine|confirm the appliance|哪(?:个|种|类)(?:产品|电器)|什么(?:产品|电器)|空调、洗衣机/i;

describe('a washer named by how it loads', () => {
  it.each([
    ['en', 'our LG front loader stops mid-cycle and beeps, can you send a technician', /washing machine/i],
    ['en', 'the Samsung top-loader will not drain, I need a repair visit', /washing machine/i],
    ['en', 'my frontloader leaks from the door when it spins, please book someone', /washing machine/i],
    ['en', 'Whirlpool twin tub spinner has stopped, can an engineer come out', /washing machine/i],
    ['zh', 'LG的滚筒不脱水了，帮我约个师傅上门', /洗衣机/],
    ['zh', '家里那台双桶的甩干桶不转了，要报修', /洗衣机/],
  ] as const)('%s: %s', async (lang, first, product) => {
    const c = world.customer(`loader-${first}`);
    const opened = await c.say(first);
    expect(opened.text).not.toMatch(ASKS_PRODUCT);
    const next = await c.say(lang === 'en' ? 'no idea of the model' : '型号不知道');
    expect(next.text).not.toMatch(ASKS_PRODUCT);
    const third = await c.say(lang === 'en' ? 'bought it two years ago' : '两年前买的');
    expect(third.text).not.toMatch(ASKS_PRODUCT);
    await c.say(lang === 'en' ? '+44 7700 900 512' : '13912345678');
    const summary = await c.say(lang === 'en' ? 'Flat 2, 14 Mill Lane, Bristol BS1 4ST' : '杭州市西湖区文三路90号 5幢1单元302');
    expect(summary.text).toMatch(product);
  });
});
