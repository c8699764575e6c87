/**
 * Round 17: a product named only to show something works ("灶台能点着火", "the cooker lights fine,
 * so there is gas") is not the product under discussion: the water heater stays the product, and
 * "打着火" (it lights) is no fire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { extractCategory } from '../../bot/understanding/slots/category';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a product named as evidence is not the product', () => {
  it.each([
    ['zh', '家里煤气灶都能正常打着火，就是燃气热水器一直点不着'],
    ['zh', '热水器打不着火，灶台点火是正常的，说明燃气没问题'],
    ['zh', '燃气热水器开热水没反应，厨房的燃气灶用着好好的'],
    ['en', 'the gas cooktop works fine but my gas water heater will not fire up'],
    ['en', "my tankless water heater won't ignite, and the stove lights no problem so the gas supply is fine"],
    ['en', 'Our hob is working normally, yet the gas water heater never lights when I run the hot tap'],
  ])('the water heater stays the product (%s: %s)', async (lang, line) => {
    const c = world.customer(`r17-evidence-${line}`);
    const said = await c.say(line);
    expect(said.text).not.toMatch(/燃气灶|灶具|gas stove|\bhob\b|cooktop/i);
    expect(said.text).not.toMatch(/明火|119|on fire/i);
    expect(said.tools).not.toContain('handOff');
    const more = await c.say(lang === 'zh' ? '试了还是不行，安排师傅上门吧' : 'tried that, still the same, please book an engineer');
    expect(more.text).not.toMatch(/燃气灶|gas stove/i);
    expect(more.text).toMatch(/型号|model/i);
  });

  it.each([
    ['燃气灶能打着火，但是松手就灭', 'gas_stove'],
    ['our stove lights but goes out after a second', 'gas_stove'],
    ['燃气灶打不着火，热水器倒是正常', 'gas_stove'],
    ['the water heater is fine, the hob is the one that will not light', 'gas_stove'],
  ])('a product with its own fault is still read as the product: "%s"', (line, category) => {
    expect(extractCategory(line)).toBe(category);
  });
});
