/**
 * The product the customer names wins over anything a brand might suggest: "索尼耳塞", "Samsung
 * headset", "Sony in-ears" are earbuds, and get the earbuds' cover and help, never another product's
 * nor "which product is it?".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the named product wins over the brand', () => {
  it.each([
    ['zh', '索尼耳塞保修多久', /耳机/],
    ['zh', '三星的蓝牙耳塞保修期是多长', /耳机/],
    ['zh', '华为的耳塞过保了吗，去年三月买的', /耳机|整机保修1年/],
    ['en', 'Sony in-ears stopped working, are they under warranty?', /earbuds/i],
    ['en', 'how long is the warranty on a Samsung headset', /earbuds/i],
    ['en', 'LG headset warranty please', /earbuds/i],
  ])("a brand with a product named gets that product's cover (%s)", async (_lang, line, product) => {
    const said = await world.customer(`brand-named-${line}`).say(line);
    expect(said.text).toMatch(product);
    expect(said.text).not.toMatch(/电视|彩电|television|\bTV\b|哪种产品|which product|大家电一般|large appliances/i);
  });

  it.each([
    ['zh', '索尼耳塞有杂音'],
    ['en', 'my Philips headset keeps dropping the bluetooth connection'],
  ])('a fault on the named product is not asked "which product?" (%s)', async (_lang, line) => {
    const said = await world.customer(`brand-fault-${line}`).say(line);
    expect(said.text).not.toMatch(/哪种产品|which appliance|what can i help with|我可以帮您排查家电/i);
  });
});
