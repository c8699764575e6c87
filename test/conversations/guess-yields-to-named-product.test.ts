/**
 * The product the customer has been talking about wins over a guess. A model number that looks
 * like another maker's ("P60" reads as a Huawei phone) or a slip in a later line (灶 written
 * wrong, "stovee") is only a guess; once a range hood or a fridge is named, the model is that
 * product's, the reply never turns to another product, and the ticket files the product named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** Another product in the reply (the engineer's "phone number" is no product). */
const OTHER_EN = /\b(?:the|your|a) phone\b(?! number)|Huawei|gas stove|Did you mean/i;
const OTHER_ZH = /手机(?!号)|华为|燃气灶|您说的是/;

const EN_REST = ['it was bought in June 2025', 'no, it did not help', '+44 7700 900 644', '3 Orchard Walk, Bristol BS8 2AA', 'yes'];
const ZH_REST = ['2025年6月买的', '没用', '13912345678', '杭州市西湖区文三路90号 5幢1单元302', '对'];

describe('a model number or a slip never replaces the product named', () => {
  it.each([
    ['en', 'the range hood barely pulls any steam, can an engineer come', 'model P60', 'range_hood', OTHER_EN],
    ['en', 'my cooker hood has gone very weak, I need it repaired', 'the model number is Nova 9 on the sticker', 'range_hood', OTHER_EN],
    ['en', 'the kitchen hood fan rattles loudly, please book a repair', 'model CXW-200-A671, fitted over the stovee', 'range_hood', /gas stove|Did you mean/i],
    ['zh', '油烟机吸不动烟了，想约师傅上门', '型号nova 9', 'range_hood', OTHER_ZH],
    ['zh', '冰箱冷藏室不制冷，帮我报修', '型号BCD-471，就在洗碗鸡旁边那台', 'refrigerator', /洗碗机|您说的是/],
  ] as const)('%s: %s / %s', async (lang, first, model, category, other) => {
    const c = world.customer(`guess-named-${first}`);
    await c.say(first);
    const said = await c.say(model);
    expect(said.text).not.toMatch(other);
    const rest = lang === 'en' ? EN_REST : ZH_REST;
    for (const line of rest) {
      const next = await c.say(line);
      expect(next.text).not.toMatch(other);
    }
    const [ticket] = await c.tickets();
    expect(ticket?.category).toBe(category);
    expect(ticket?.brand ?? '').not.toMatch(/huawei|华为/i);
  });

  it.each([
    ['en', 'model P60 has a cracked screen', /phone/i],
    ['zh', '我的P60屏幕裂了', /手机/],
  ] as const)('with no product named, the model still says which one (%s)', async (_lang, first, phone) => {
    const said = await world.customer(`guess-unnamed-${first}`).say(first);
    expect(said.text).toMatch(phone);
  });
});
