/**
 * A TV or a washer named by its maker's line ("Neo QLED", "Bravia", "EcoBubble", a screen size) is
 * the product: the fault is answered for a TV or a washer, never with the opening menu, and a later
 * warranty question gets that product's periods instead of "which product is it?".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Monday 7 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-07T03:00:00Z');
});
afterAll(() => world.close());

const NO_PRODUCT = /哪种产品|哪件产品|什么产品|which appliance|which product|what can I help/i;

describe('a product line names the product', () => {
  it.each([
    ['en', 'The Neo QLED in our lounge, a dark patch spread over the lower right corner', 'does the guarantee still apply?', /Televisions|TV/],
    ['en', 'my Samsung EcoBubble stops halfway with the water still in the drum', 'is that still under warranty?', /Washing machines/],
    ['zh', '客厅那台索尼75寸的 右下角有一块发暗', '这个还在保修期里吗', /彩电|电视/],
  ])('%s: %s', async (_lang, fault, warranty, periods) => {
    const c = world.customer(`line-${fault}`);
    const [first, second] = await c.sayAll(fault, warranty);
    expect(first).not.toMatch(NO_PRODUCT);
    expect(second).toMatch(periods);
    expect(second).not.toMatch(NO_PRODUCT);
  });
});

describe('a screen size is not a TV for a laptop or a suitcase', () => {
  it('a 15 inch laptop stays a laptop', async () => {
    const c = world.customer('line-laptop');
    const said = await c.say('my 15 inch Dell laptop will not charge any more');
    expect(said.text).not.toMatch(/\bTV\b|television/i);
  });
});
