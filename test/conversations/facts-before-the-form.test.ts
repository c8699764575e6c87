/**
 * Facts said before a form starts are not asked again, and giving a form's facts answers its offer
 * (issue u3, session 16): the fault told with a warranty question is the repair's problem; where it
 * was bought (a marketplace is online, a shop is a store) is decided in one place; an address and a
 * phone sent after a side question take the visit on offer; details sent after "I want an exchange"
 * go to the summary, never "shall I register?" again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { saleChannelIn } from '../../bot/understanding/sale-channel';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ASKS_PROBLEM = /什么问题|出了什么问题|what's the problem|what is wrong with it/i;

describe('the fault told with a warranty question is the repair problem', () => {
  it.each([
    ['zh', '空调外机一直往下滴水，这个还在保修期内吗', '那就报修吧', '13800001111', '杭州市西湖区文一西路100号3幢2单元601', /滴水/],
    ['zh', '冰箱冷冻室结冰很厉害，这个保修管吗', '帮我约师傅来修', '13800002222', '成都市武侯区天府大道北段1号5栋1203', /结冰很厉害/],
    [
      'en',
      'the washing machine leaks from underneath, is that covered by the warranty?',
      'ok then, book a repair',
      '13800003333',
      'Flat 601, Building 3, 100 Wenyi West Road, Xihu District, Hangzhou',
      /leaks from underneath/i,
    ],
    [
      'en',
      'my oven stopped heating last week, am I still under warranty?',
      'fine, please arrange a repair',
      '13800004444',
      'Flat 1203, Building 5, 1 Tianfu Avenue, Wuhou District, Chengdu',
      /stopped heating/i,
    ],
  ])('never asked for again, and on the summary (%s)', async (_lang, question, book, phone, address, problem) => {
    const c = world.customer(`u3-warranty-fault-${question}`);
    await c.say(question);
    const replies = await c.sayAll(book, phone, address);
    for (const reply of replies) expect(reply).not.toMatch(ASKS_PROBLEM);
    const summary = replies.find((r) => /跟您确认一下报修信息|Let me confirm the repair request/.test(r)) ?? replies.at(-1)!;
    const line = summary.split('\n').find((l) => /问题：|Problem:/.test(l));
    expect(line).toMatch(problem);
    expect(line).not.toMatch(/未提供|not given/);
  });
});

describe('online or in a store, decided in one place', () => {
  it.each([
    ['在苏宁易购下的单', 'online'],
    ['国美在线买的', 'online'],
    ['我是在唯品会上买的', 'online'],
    ['picked it up on eBay', 'online'],
    ['ordered it through their website', 'online'],
    ['苏宁门店买的', 'store'],
    ['在商场专柜买的', 'store'],
    ['got it at Currys last spring', 'store'],
    ['bought it from the shop down the road', 'store'],
    ['门店买的 不是网上', 'store'],
  ])('%s -> %s', (text, channel) => {
    expect(saleChannelIn(text)).toBe(channel);
  });

  it.each([
    ['zh', ['前天在苏宁易购买的电热水壶，烧水烧一半就跳', '我要退货', '登记', '13800005555'], /购买：网购/],
    ['en', ['I got a rice cooker on eBay 3 days ago and the lid will not close', 'I want to return it', 'register it', '13800006666'], /Bought: online/],
    ['en', ['bought a kettle at Argos on 20 November, the lid will not stay shut', 'can I get an exchange?', 'yes register it', '13800007777', 'send back'], /Bought: in a store/],
  ])('said back on the request and never asked (%s)', async (_lang, lines, bought) => {
    const replies = await world.customer(`u3-channel-${lines[0]}`).sayAll(...lines);
    for (const reply of replies) expect(reply).not.toMatch(/网上买的（比如京东|online or buy it in a store|网上下单还是门店/i);
    expect(replies.at(-1)).toMatch(bought);
  });
});

describe('booking facts after a side question take the visit on offer', () => {
  it.each([
    ['zh', '洗碗机转起来有很响的刮擦声，门也扣不上', '保修期一般多长', '南京市鼓楼区中山路18号6栋302，13800008888，周六上午'],
    ['zh', '洗碗机转起来有很响的刮擦声，门也扣不上', '这种一般是什么原因', '型号WQP8-3906，地址南京市鼓楼区中山路18号6栋302'],
    [
      'en',
      'my dishwasher makes a loud scraping sound and the door will not click shut',
      'how long is the warranty on these?',
      '6-302, 18 Zhongshan Road, Gulou District, Nanjing, 13800009999, Saturday morning',
    ],
    ['en', 'my dishwasher makes a loud scraping sound and the door will not click shut', 'what usually causes that?', 'model DW-6500, address 6-302, 18 Zhongshan Road, Gulou District, Nanjing'],
  ])('the booking starts with them and asks only what is missing (%s: %s)', async (_lang, fault, aside, details) => {
    const c = world.customer(`u3-offer-${aside}-${details}`);
    const offer = await c.say(fault);
    expect(offer.text).toMatch(/预约上门|book a visit/i);
    await c.say(aside);
    const next = await c.say(details);
    expect(next.text).toMatch(/登记维修|register the repair/i);
    expect(next.text).not.toMatch(/我可以帮您排查|I can troubleshoot|上门地址是哪里|address for the visit/i);
    expect(next.text).toMatch(/型号|手机号|电话|买的|确认|model|phone|number|buy|confirm/i);
    // A plain yes next moves the booking on, never loops.
    const after = await c.say(/[\u4e00-\u9fff]/.test(details) ? '好的 确认' : 'ok confirm');
    expect(after.text).not.toBe(next.text);
    expect(after.text).not.toMatch(/我可以帮您排查|I can troubleshoot/i);
  });
});

describe('a wish already stated is not asked again', () => {
  it.each([
    ['zh', ['我要换货，电水壶老是烧着烧着自己断电', '网上买的，11月20号到的，订单号 88812345678，手机13912345678'], /换货申请/],
    ['zh', ['我就想退款，上周买的料理机底座漏水', '京东买的 11月19号签收 型号BL-300 电话13912340000'], /退货申请/],
    ['en', ['I want an exchange, the kettle keeps cutting out before it boils', 'ordered online, it came on 20 November, order 88812345, phone 13912345678'], /exchange request/i],
    ['en', ['I just want my money back, the toaster burns one side only', 'bought on Tmall, delivered 19 November, model TS-20, mobile 13912340001'], /return request/i],
  ])('details after the wish get the summary (%s)', async (_lang, lines, kind) => {
    const replies = await world.customer(`u3-wish-${lines[0]}`).sayAll(...lines);
    const last = replies.at(-1)!;
    expect(last).toMatch(kind);
    expect(last).toMatch(/跟您确认一下|Let me confirm/);
    expect(last).not.toMatch(/需要我帮您登记|Shall I register|您可以：1\.|You can: 1\./);
  });

  it.each([
    ['zh', '上周在京东买的电饭煲，煮出来的饭老是夹生', '我要换一台', '订单号 2024112345678，型号MB-FB40'],
    ['zh', '上周在京东买的电饭煲，煮出来的饭老是夹生', '还是给我退了吧', '订单编号 JD77123456'],
    ['en', 'the blender I ordered online 5 days ago leaks from the base', 'I just want a refund', 'order 88812345, model BL-500'],
    ['en', 'the blender I ordered online 5 days ago leaks from the base', "I'd rather have a refund", 'my order number is JD88123456'],
  ])('an order number or a model at the offer takes it, never a menu (%s: %s)', async (_lang, fault, wish, details) => {
    const c = world.customer(`u3-menu-${wish}-${details}`);
    await c.say(fault);
    await c.say(wish);
    const next = await c.say(details);
    expect(next.text).not.toMatch(/需要我帮您登记|Shall I register|您可以：1\.|You can: 1\./);
    expect(next.text).toMatch(/手机号|phone|mobile|number/i);
  });
});
