/**
 * Task x3, kind 1: facts sent one per message before the problem (the product, then the brand, a
 * model, a date, a phone) are kept and said back, and the problem is asked; never the opening menu,
 * never a case guessed from a product name, never a visit offered before anything is wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const MENU = /我可以帮您排查家电和手机故障|I can troubleshoot appliances and phones/;
const NO_GUESS = /一般是「|is usually "|没找到|建议工程师上门|couldn't find|engineer visit/i;

describe('facts one per message are kept, and the problem is asked', () => {
  it('product, brand, purchase month and phone one at a time, then the fault (zh)', async () => {
    const c = world.customer('x3-one-zh-1');
    const replies = await c.sayAll('油烟机', '方太的', '前年10月买的', '13912345678');
    for (const reply of replies) {
      expect(reply).not.toMatch(MENU);
      expect(reply).not.toMatch(NO_GUESS);
      expect(reply).toMatch(/油烟机现在出了什么问题/);
    }
    expect(replies[1]).toMatch(/品牌 方太/);
    expect(replies[3]).toMatch(/电话/);
    const fault = await c.say('吸不动烟了');
    expect(fault.text).toMatch(/油烟机|吸/);
    expect(fault.tools).toContain('searchKnowledge');
  });

  it('a brand first, then the product, then a model (zh)', async () => {
    const c = world.customer('x3-one-zh-2');
    const brand = await c.say('格力');
    expect(brand.text).not.toMatch(MENU);
    expect(brand.text).toMatch(/品牌 格力[^]*哪个产品/);
    const product = await c.say('空调');
    expect(product.text).not.toMatch(MENU);
    expect(product.text).toMatch(/空调现在出了什么问题/);
    const model = await c.say('型号KFR-35GW');
    expect(model.text).toMatch(/型号 KFR-35GW/);
    expect(model.text).not.toMatch(NO_GUESS);
  });

  it('product, brand, model one at a time, then the fault, and the booking already knows them (en)', async () => {
    const c = world.customer('x3-one-en-1');
    const replies = await c.sayAll('tumble dryer', "it's a Beko", 'model DTGC8000W');
    for (const reply of replies) {
      expect(reply).not.toMatch(MENU);
      expect(reply).not.toMatch(NO_GUESS);
      expect(reply).toMatch(/What is the (?:tumble )?dryer doing wrong/i);
    }
    expect(replies[2]).toMatch(/model DTGC8000W/);
    await c.say('the drum turns but there is no heat at all');
    const no = await c.say('no, still cold');
    // The model given before the problem is not asked again.
    expect(no.text).not.toMatch(/model number/i);
  });

  it('a product alone with "my", then a purchase date, then the fault (en)', async () => {
    const c = world.customer('x3-one-en-2');
    const product = await c.say('my microwave');
    expect(product.text).not.toMatch(MENU);
    expect(product.text).not.toMatch(NO_GUESS);
    expect(product.text).toMatch(/microwave doing wrong/i);
    const date = await c.say('got it last June');
    expect(date.text).toMatch(/purchase date/i);
    expect(date.text).not.toMatch(NO_GUESS);
    const fault = await c.say('it runs but the food stays cold');
    expect(fault.tools).toContain('searchKnowledge');
  });
});
