/**
 * What the customer said stays what they meant (issue 16): a product plugged into the socket only to
 * test it is never the product under repair, and one earbud silent while the other "works" or "is
 * fine" is a fault to help with, never a fix or a goodbye.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a product used to test the socket does not replace the one under repair', () => {
  it('zh: the kettle that boiled on the same socket leaves the fridge as the product', async () => {
    const c = world.customer('e12-tool-zh');
    await c.say('冰箱冷藏不凉了 压缩机也听不到声音');
    const said = await c.say('插座没坏 拿电水壶插上试了能烧水 断电重启也不行');
    expect(said.text).not.toMatch(/电水壶|烧水壶|热水壶/);
    expect(said.text).toMatch(/型号|上门|报修/);
    const summary = (await c.sayAll('海尔 型号不清楚', '2023年5月买的', '13812340000', '上海市闵行区七莘路188号5号楼302')).join('\n');
    expect(summary).toMatch(/产品：海尔冰箱/);
  });

  it('en: a kettle plugged into the same outlet leaves the washer as the product', async () => {
    const c = world.customer('e12-tool-en');
    await c.say('my washing machine is completely dead, no lights on the panel');
    const said = await c.say("outlet's fine, I plugged my kettle into it and it boiled, still nothing from the washer after a restart");
    expect(said.text).not.toMatch(/kettle/i);
    const summary = (await c.sayAll('book an engineer please', 'Bosch, model unknown', 'bought March 2024', '07700 900456', '9 Station Road, Leeds LS1 4DY')).join('\n');
    expect(summary).toMatch(/Product: Bosch washing machine/);
  });
});

describe('one earbud silent while the other is fine is a fault', () => {
  it.each([['华为耳机左边那只不响了 右边正常'], ['漫步者耳机右边这只没声了 左边好的']])('zh: "%s" gets the one-earbud steps, never "glad it works" or out of scope', async (line) => {
    const c = world.customer(`e12-bud-zh-${line}`);
    const said = await c.say(line);
    expect(said.text).not.toMatch(/太好了|能用就好|帮不上|请说说遇到了什么问题/);
    expect(said.text).toMatch(/耳机/);
    expect(said.text).toMatch(/充电盒|配对/);
  });

  it('en: "the left bud is silent, the right one works fine" gets the one-earbud steps', async () => {
    const c = world.customer('e12-bud-en');
    const said = await c.say('Jabra earbuds, the left bud is silent, the right one works fine');
    expect(said.text).not.toMatch(/glad|great/i);
    expect(said.text).toMatch(/charging case|pair/i);
  });
});
