/**
 * Playtest round 15: a question is answered with a paragraph about its own topic. Sending a product
 * away to be repaired is a repair question (mail-in where it is offered, how to pack it, the address
 * comes with the accepted repair), never the return-and-exchange paragraph; a leak or a broken
 * screen never gets the installation rules or which consumables a user may replace. Those entries
 * still answer their own questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** The return/exchange paragraphs: the platform's order page, the 7/15-day rule, resaleable goods. */
const RETURNS = /退换货|申请退|订单页|无理由|order page|return or exchange|no-reason|resal/i;
const MAIL_IN = /寄修|寄到|mail-in|post it|courier/i;

describe('a question gets its own topic\u2019s answer, round 15', () => {
  it.each([
    ['zh', '蓝牙耳机右边那只没声音了', '你们支持寄修吗'],
    ['zh', '电水壶开关按不下去了', '住得离网点远，能不能寄过去修'],
    ['en', 'my smartwatch will not switch on any more', 'is a mail-in repair possible?'],
    ['en', 'the earbuds case stopped charging', 'can I courier them to you to get them fixed?'],
  ])('sending it away for repair is answered as a repair, not a return (%s: %s)', async (_lang, fault, ask) => {
    const c = world.customer(`r15-mailin-${ask}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.text).toMatch(MAIL_IN);
    expect(said.text).not.toMatch(RETURNS);
  });

  it.each([
    ['zh', '平板触屏失灵了，可以邮寄到售后维修吗'],
    ['en', 'my tablet touch screen stopped responding, can I post it in for repair?'],
  ])('a fault told with the mail-in question gets the mail-in answer first (%s)', async (_lang, line) => {
    const said = await world.customer(`r15-mailin-one-${line}`).say(line);
    expect(said.text).toMatch(MAIL_IN);
    expect(said.text).not.toMatch(RETURNS);
  });

  it.each([
    ['zh', '手机充电口松了', '寄修没有原包装怎么包才安全？'],
    ['en', 'my phone speaker crackles', 'for the mail-in repair, what should I pack the phone in?'],
  ])('packing a repair is answered for a repair (%s)', async (_lang, fault, ask) => {
    const c = world.customer(`r15-mailin-pack-${ask}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.text).toMatch(/纸箱|泡沫|气泡膜|carton|bubble wrap|foam/i);
    // (The repair packing answer may say packaging matters only for a return; the return paragraphs never come.)
    expect(said.text).not.toMatch(/订单页|申请退|无理由|order page|no-reason|resal/i);
  });

  it.each([
    ['zh', '退货的话运费是谁出', /网上|门店|运费|退/],
    ['en', 'who pays the postage if I send it back for a refund?', /online|store|shipping|postage|return/i],
  ])('a return is still read as a return, not as a mail-in repair (%s)', async (_lang, ask, returns) => {
    const said = await world.customer(`r15-return-still-${ask}`).say(ask);
    expect(said.text).toMatch(returns);
    expect(said.text).not.toMatch(/寄修|mail-in/i);
  });

  it.each([
    ['zh', '洗碗机门下面一直在滴水', '现在我先怎么弄能让它别再漏'],
    ['en', 'the dishwasher keeps dripping water from under the door', 'what can I do right now to stop the water?'],
  ])('a leak never gets the installation rules (%s)', async (_lang, fault, ask) => {
    const c = world.customer(`r15-leak-${ask}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.text).not.toMatch(/安装|嵌入|尺寸|installation|niche|600 ?mm/i);
  });

  it.each([
    ['zh', '电视屏幕被砸出一道裂纹', '能派个师傅来看看吗，是去年三月买的'],
    ['en', 'there is a crack right across my TV screen', 'could someone come out to look at it? I got it in March last year'],
  ])('a broken screen never gets which consumables a user may replace (%s)', async (_lang, fault, ask) => {
    const c = world.customer(`r15-screen-${ask}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.text).not.toMatch(/易耗件|遥控器电池|油杯|consumables and accessories|remote batteries|oil cups/i);
  });

  it.each([
    ['zh', '新买的洗碗机包安装吗', /安装/],
    ['en', 'is installation free for a new dishwasher?', /install/i],
    ['zh', '配件买回来我自己装行不行', /授权工程师|不要自己拆/],
    ['en', 'can I swap the heating element myself?', /authorised engineer|take it apart/i],
  ])('the installation and parts entries still answer their own questions (%s: %s)', async (_lang, ask, own) => {
    const said = await world.customer(`r15-own-${ask}`).say(ask);
    expect(said.text).toMatch(own);
  });
});
