/**
 * A product named with a slip ("油烟剂", "frige", "washing mashine") is said back as a question
 * and the conversation goes on with it, never "which product is it?" from scratch; calm words
 * name no product.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const WHICH_PRODUCT = /哪种产品|哪件产品|Which appliance|Which product/i;

describe('a product named with a slip', () => {
  it.each([
    ['zh', '油烟剂不吸烟了', /您说的是油烟机吧/],
    ['zh', '洗碗鸡洗完碗还是湿的', /您说的是洗碗机吧/],
    ['en', 'my frige is not cooling at all', /Did you mean your fridge/],
    ['en', 'the washing mashine will not spin', /Did you mean your washing machine/],
  ])('is said back as a question (%s: %s)', async (_lang, text, guess) => {
    const c = world.customer(`slip-${text}`);
    const reply = await c.say(text);
    expect(reply.text).toMatch(guess);
    expect(reply.text).not.toMatch(WHICH_PRODUCT);
  });

  it('a repair booked with a slip is filed for the product meant (zh)', async () => {
    const c = world.customer('slip-repair');
    await c.say('热水气打不着火 帮我报修');
    for (const line of ['不知道', '去年', '13912345678', '杭州市西湖区文一路88号2幢301']) await c.say(line);
    const filed = await c.say('对');
    expect(filed.text).toMatch(/AS-\d{8}/);
    const [ticket] = await c.tickets();
    expect(ticket!.category).toBe('water_heater');
  });

  it.each([
    ['zh', '好的 谢谢'],
    ['en', 'ok fine thanks'],
    ['en', 'I washed it over the weekend'],
  ])('calm words name no product (%s: %s)', async (_lang, text) => {
    const c = world.customer(`calm-${text}`);
    const reply = await c.say(text);
    expect(reply.text).not.toMatch(/您说的是|Did you mean/);
  });
});

describe('a product the lexicon does not hold', () => {
  it('is taken in the customer’s own words for a return, not asked again (en)', async () => {
    const c = world.customer('own-product-en');
    await c.say('I want to return something I bought online last week');
    const asked = await c.say('yes');
    expect(asked.text).toMatch(WHICH_PRODUCT);
    const next = await c.say('a hair dryer');
    expect(next.text).not.toMatch(WHICH_PRODUCT);
    // Bought online: collected from the order's address, so the summary follows the phone.
    const summary = await c.say('13912345678');
    expect(summary.text).toMatch(/Product: hair dryer/);
  });

  it.each([
    ['en', 'I want to return something I bought online last week', 'yes', 'a kettle', /Product: kettle/],
    ['en', 'I want to return something I ordered online a few days ago', 'yes please', "it's the humidifier", /Product: humidifier/],
    ['zh', '上周网上买的东西想退', '要', '电水壶', /产品：电水壶/],
    ['zh', '前几天网购的东西想退掉', '需要', '是个加湿器', /产品：加湿器/],
  ])('a product of the lexicon named for "which product?" is the answer, not a fault (%s: %s)', async (_lang, opening, yes, product, line) => {
    const c = world.customer(`form-product-${product}`);
    await c.say(opening);
    expect((await c.say(yes)).text).toMatch(WHICH_PRODUCT);
    const next = await c.say(product);
    expect(next.text).not.toMatch(/什么情况|doing\?|tell me a bit more/i);
    const summary = await c.say('13912345678');
    expect(summary.text).toMatch(line);
  });
});
