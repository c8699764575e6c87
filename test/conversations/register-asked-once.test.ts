/**
 * A customer who asked for the return or exchange to be registered before the day was given is not
 * asked "shall I register it?" again once the rules are said: the summary comes as the one
 * confirmation (the request is still restated before filing), and a yes to it files it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Sunday 6 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const OFFER = /需要我帮您登记|Shall I register/i;
const SUMMARY = /跟您确认一下|Let me confirm/;
const FILED = /已登记|is registered/;

describe('every fact given with the wish to register: one summary, one yes', () => {
  it.each([
    ['zh', ['天猫买的美的微波炉 不加热 请帮我登记退货 手机13912345678 地址 杭州市西湖区文三路88号2幢501', '12月1日签收的'], '对'],
    ['zh', ['京东买的海尔冰箱冷藏不凉 麻烦帮我申请换货 电话13712340000 地址 成都市武侯区人民南路四段9号2单元1101', '上周四到的'], '没问题 提交吧'],
    [
      'en',
      [
        'I ordered a Midea microwave online and it does not heat, please register a return. Mobile 13912345678, address Flat 5, Building 3, 66 Wensan Road, Xihu District, Hangzhou',
        'it arrived on 1 December',
      ],
      'yes',
    ],
    [
      'en',
      [
        'my Haier fridge from JD is not cooling, go ahead and register an exchange for me, phone 13712340000, address Room 1101, Unit 2, 9 Renmin South Road, Wuhou District, Chengdu',
        'the delivery was on 3 December',
      ],
      'yes that is right',
    ],
  ])('%s', async (_lang, lines, yes) => {
    const c = world.customer(`register-once-${lines[0]}`);
    const replies = await c.sayAll(...lines);
    const rules = replies.at(-1)!;
    expect(rules).toMatch(/7天|7 days/);
    expect(rules).not.toMatch(OFFER);
    expect(rules).toMatch(SUMMARY);
    const filed = await c.say(yes);
    expect(filed.text).toMatch(FILED);
    expect(filed.tools).toContain('createTicket');
  });
});

describe('the wish to register said while the day was asked is kept', () => {
  it.each([
    ['zh', ['网上买的海尔冰箱 冷藏不制冷 想换货', '给我办理换货吧', '12月3号收到的'], /手机号/],
    ['en', ['bought a Hisense TV online, there is a dead line down the screen, I want an exchange', 'please register the exchange', 'it was delivered on 3 December'], /mobile number/],
  ])('%s', async (_lang, lines, asksPhone) => {
    const c = world.customer(`register-kept-${lines[0]}`);
    const replies = await c.sayAll(...lines);
    expect(replies.at(-1)).not.toMatch(OFFER);
    expect(replies.at(-1)).toMatch(asksPhone);
  });
});

describe('registering turned down is still offered later', () => {
  it.each([
    ['zh', ['网上买的美的冰箱不制冷 想退货 先不用登记 我就问问', '12月2号到的']],
    ['en', ["I ordered a Midea fridge online, it won't cool, I want to return it but don't register anything yet", 'it was delivered on 2 December']],
  ])('%s', async (_lang, lines) => {
    const c = world.customer(`register-not-yet-${lines[0]}`);
    const replies = await c.sayAll(...lines);
    expect(replies.at(-1)).toMatch(OFFER);
  });
});
