/**
 * Every question in a message gets its own answer (issue 16, "answers"): two questions in one
 * message are both answered, in order; a warranty question with a rough purchase time gets the
 * verdict for the whole unit and the main part; a price question gets the knowledge base's price
 * rules, never the fault's steps again; "what does this light mean" is answered from its case; an
 * answer already given is pointed back to in one line; an unanswered question is named by its
 * topic, never quoted. Products and wordings differ from the examples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const CALL_OUT = /上门费|call-out/i;
const PART_PRICE = /配件价格按型号不同|Part prices depend on the model/;

describe('two questions in one message', () => {
  it('answers a part-cover question and the visit fee in the same message, in order (range hood, en)', async () => {
    const c = world.customer('each-hood-en');
    await c.say('the range hood motor is making a grinding noise');
    await c.say('bought it in May 2024');
    const said = await c.say('is the motor still covered, and what would the visit cost?');
    expect(said.text).toMatch(/3 years on the motor/);
    expect(said.text).toMatch(/call-out fee \(in mainland China, for example 50 CNY/);
    expect(said.text.indexOf('3 years on the motor')).toBeLessThan(said.text.indexOf('call-out fee'));
  });

  it('answers the price of a part beside a warranty question that needs the date (front-loader, zh)', async () => {
    const c = world.customer('each-washer-zh');
    await c.say('滚筒洗衣机显示E21排不了水');
    const said = await c.say('这个故障保修吗？换个排水泵多少钱');
    expect(said.text).toMatch(/正常使用下出现的性能故障/);
    expect(said.text).toMatch(PART_PRICE);
    // The date is still asked, last, where the customer answers it.
    expect(said.text.trim()).toMatch(/什么时候买的[\s\S]*$/);
    expect(said.text.split('\n').pop()).toMatch(/什么时候买的|年月/);
  });

  it('answers a filter price and whether fitting it is charged, with no job open (water purifier, zh)', async () => {
    const c = world.customer('each-purifier-zh');
    const said = await c.say('净水器滤芯多少钱一个？上门换要收费吗');
    expect(said.text).toMatch(PART_PRICE);
    expect(said.text).toMatch(CALL_OUT);
  });

  it('points back to an answer already given in one line and answers the new question in full (fridge, zh)', async () => {
    const c = world.customer('each-again-zh');
    await c.say('冰箱不制冷了，前年夏天买的');
    const first = await c.say('压缩机还保吗');
    expect(first.text).toMatch(/压缩机还在保修期内/);
    const said = await c.say('那上门费多少？压缩机还保吗？');
    expect(said.text).toMatch(/市区示例50元/);
    expect(said.text).toMatch(/上面已经说过/);
    expect(said.text).not.toMatch(/如果是别的部件坏了，按过保付费维修/);
  });
});

describe('warranty worked out from a rough purchase time', () => {
  it('says the whole unit is out and the magnetron still covered (microwave, en, "the summer before last")', async () => {
    const c = world.customer('each-mw-en');
    const said = await c.say('My microwave stopped heating, bought it the summer before last, is it still under warranty?');
    expect(said.text).toMatch(/out of warranty/i);
    expect(said.text).toMatch(/magnetron has 3 years of cover, still covered, until \d{1,2} \w+ 2028/);
    expect(said.text).toMatch(/faults that appear in normal use/);
    expect(said.text).not.toMatch(/photo of the receipt/);
  });

  it('gives the compressor verdict beside the whole unit for an air conditioner bought "前年夏天" (zh)', async () => {
    const c = world.customer('each-ac-zh');
    const said = await c.say('空调制热不怎么热了 前年夏天买的 还在保修期吗');
    expect(said.text).toMatch(/已过保修期/);
    expect(said.text).toMatch(/主要部件：压缩机保修3年，还在保修期内，到2027年\d{1,2}月\d{1,2}日/);
    expect(said.text).not.toMatch(/发票照片/);
  });

  it('names every main part with the same cover, not just the first (a TV: board, screen, backlight)', async () => {
    const zh = world.customer('each-tv-zh');
    await zh.say('电视保修几年');
    const heard = await zh.say('前年5月买的');
    expect(heard.text).toMatch(/主要部件（主板、显示屏、背光）：保修3年，还在保修期内/);
    const en = world.customer('each-tv-en');
    await en.say('how long is the warranty on a television?');
    const said = await en.say('I bought it in May 2024');
    expect(said.text).toMatch(/Main parts \(main board, screen panel, backlight\): 3 years of cover, still covered/);
    // A part the customer names is the only one said.
    const named = await world.customer('each-tv-named').say('电视背光坏了，前年5月买的，背光还在保吗');
    expect(named.text).toMatch(/背光/);
    expect(named.text).not.toMatch(/主板、显示屏/);
  });
});

describe('what a display message or light means', () => {
  it('explains a water-drop icon on an air conditioner (zh)', async () => {
    const said = await world.customer('each-ac-icon-zh').say('空调显示屏上有个水滴是什么意思');
    expect(said.text).toMatch(/水滴是除湿模式/);
    expect(said.text).not.toMatch(/没有确切的?资料/);
  });

  it('explains a padlock light on a washer (en)', async () => {
    const said = await world.customer('each-lock-en').say('what does the padlock light on my washer mean?');
    expect(said.text).toMatch(/locked during a wash/);
    expect(said.text).not.toMatch(/don't have a reliable answer/);
  });

  it('explains a water heater light and prices the part asked about in the same message (zh)', async () => {
    const said = await world.customer('each-wh-zh').say('热水器加热灯一直亮着是什么意思？要换温控器的话多少钱');
    expect(said.text).toMatch(/加热灯亮表示正在加热/);
    expect(said.text).toMatch(PART_PRICE);
    expect(said.text).not.toMatch(/标准安装一般免费/);
  });

  it('answers a meaning question in the middle of troubleshooting without the steps again (washer, zh)', async () => {
    const c = world.customer('each-lock-zh');
    await c.say('洗衣机上有个小锁一直亮，门打不开');
    const said = await c.say('这个锁是什么意思？上门修要钱吗');
    expect(said.text).toMatch(/一般是这几种情况/);
    expect(said.text).not.toMatch(/可以先试试/);
    expect(said.text).toMatch(CALL_OUT);
  });
});
