/**
 * Earbuds, bands, watches, e-readers and game consoles named by their product line ("freebuds",
 * "mi band", "galaxy watch", "kindle", "nintendo switch") are products: a clear return request for
 * one gets the return rules, never the opening menu or "which appliance is it?".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Sunday 6 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const NO_PRODUCT = /哪种产品|哪件产品|什么产品|which appliance|which product|what can I help/i;

describe('a return for small electronics named by product line', () => {
  it.each([
    ['en', 'my huawei freebuds 5i lost sound in the right ear, ordered online 2 days ago, I want a refund'],
    ['en', 'bought a mi band 8 on Tmall, it arrived 3 days ago and will not pair, I want to return it'],
    ['en', 'I want to return my kindle, ordered it online on Tuesday and the screen is frozen'],
    ['en', 'nintendo switch oled from JD, got it 4 days ago, the left joycon drifts, I want my money back'],
    ['en', 'galaxy watch 6 bought online five days ago keeps rebooting, refund please'],
    ['zh', '京东买的华为freebuds 收到两天 右耳没声 想退货'],
    ['zh', '网上买的小米手环 才用了三天 充不进电 要退'],
    ['zh', '天猫买的kindle 用了四天 翻页卡死 想退掉'],
    ['zh', '孩子的switch 拼多多买的 用了五天 手柄漂移 要退款'],
  ])('%s: %s', async (lang, text) => {
    const c = world.customer(`line-name-${text}`);
    const [rules, registering] = await c.sayAll(text, lang === 'zh' ? '好的 登记吧' : 'yes please register it');
    expect(rules).toMatch(/还在7天内|still within 7 days/);
    // Registering asks for the phone next, never which product it is.
    expect(registering).toMatch(/手机号|mobile number/);
    expect(`${rules}\n${registering}`).not.toMatch(NO_PRODUCT);
  });
});

describe('the product the request is for, said back by name', () => {
  it.each([
    ['en', ['I ordered a kindle online, it came on Wednesday and it will not turn on, I want to return it', 'yes register it', '13812345678', 'send back'], /e-reader/],
    ['zh', ['京东买的switch游戏机 收到货三天 开不了机 想退货', '登记', '13812345678', '寄回'], /游戏机/],
  ])('%s', async (_lang, lines, product) => {
    const c = world.customer(`line-name-summary-${lines[0]}`);
    const replies = await c.sayAll(...lines);
    expect(replies.join('\n')).toMatch(product);
    expect(replies.join('\n')).not.toMatch(NO_PRODUCT);
  });
});

describe('a switch that is a part stays the part', () => {
  it.each([
    ['en', 'the power switch on my Midea kettle is broken', /kettle/],
    ['en', 'the switch on the side of my Haier fridge light does nothing', /fridge/],
  ])('%s: %s', async (_lang, text, product) => {
    const c = world.customer(`line-name-part-${text}`);
    const said = await c.say(text);
    expect(said.text).not.toMatch(/game console|游戏机/);
    expect(said.text).toMatch(product);
  });
});
