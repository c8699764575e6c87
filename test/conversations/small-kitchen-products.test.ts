/**
 * Small kitchen appliances (air fryer, toaster, bread maker, kettle, rice cooker, slow cooker, juicer)
 * are products of the one lexicon: a repair for one is filed with its product, the warranty rules
 * treat it as "other", and the bot never asks "which appliance?" after it was named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { firstCategory } from '../../kernel/lexicon/product-categories';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const WHICH_PRODUCT = /哪种产品|什么产品|Which (?:appliance|product)/i;

describe('small kitchen appliances are products', () => {
  it.each([
    ['zh', '家里的空气炸锅不热了，帮我登记送修', ['不知道型号', '去年买的', '13912345678', '广州市天河区', '对'], 'air_fryer'],
    ['en', 'please book a repair for my toaster, the lever will not stay down', ["don't know the model", 'bought it last year', '13912345678', 'Tianhe District, Guangzhou', 'yes'], 'toaster'],
    ['en', 'can I register a repair, my breadmaker stopped kneading', ['no idea about the model', 'got it last year', '13912345678', 'Tianhe District, Guangzhou', 'yes'], 'bread_maker'],
  ])('a repair is filed with its product (%s)', async (_lang, first, rest, category) => {
    const c = world.customer(`kitchen-file-${category}`);
    const opened = await c.say(first);
    expect(opened.text).not.toMatch(WHICH_PRODUCT);
    for (const line of rest) expect((await c.say(line)).text).not.toMatch(WHICH_PRODUCT);
    const [ticket] = await c.tickets();
    expect(ticket?.category).toBe(category);
  });

  it.each([
    ['zh', '面包机揉面的时候不转了'],
    ['zh', '吐司机弹不起来了'],
    ['zh', '电热水壶烧不开水'],
    ['zh', '养生壶一插电就跳闸'],
    ['zh', '电炖锅不加热'],
    ['zh', '榨汁机转不动了'],
    ['en', 'the air fryer basket will not heat up'],
    ['en', 'my electric kettle keeps switching off before it boils'],
    ['en', 'our slow cooker does not get hot'],
    ['en', 'the juicer motor hums but does not spin'],
  ])('a fault is never answered with "which appliance?" (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`kitchen-fault-${line}`).say(line);
    expect(said.text).not.toMatch(WHICH_PRODUCT);
  });

  it.each([
    ['面包机不揉面', 'bread_maker'],
    ['烤面包机烤不上色', 'toaster'],
    ['my pop-up toaster sparks', 'toaster'],
    ['the airfryer smells', 'air_fryer'],
    ['电饭锅煮饭夹生', 'rice_cooker'],
    ['crock pot lid cracked', 'slow_cooker'],
  ])('"%s" names %s', (line, category) => {
    expect(firstCategory(line)).toBe(category);
  });

  it.each(['I burnt the toast in the oven', "if this breaks again I'm toast", '网上都炸锅了，你们的空调到底行不行', 'I raised a toast to the engineer'])(
    '"%s" names no toaster and no air fryer',
    (line) => {
      expect(['toaster', 'air_fryer']).not.toContain(firstCategory(line));
    },
  );
});
