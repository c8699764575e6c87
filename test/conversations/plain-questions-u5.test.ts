/**
 * Plain after-sales questions the assistant can answer from what it knows, which testers got
 * "no reliable information" or the previous answer for: where genuine consumables are sold, a
 * follow-up the filter answer already speaks to, a purifier's change-filter reminder, the frozen
 * food in a freezer that stopped, a TV with no signal while its box is on, a microwave door that
 * won't shut, and how a repair goes while a return is on offer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_INFO = /没有确切的资料|没有可靠|帮不上忙|don't have (?:a )?reliable|can't help with that|no reliable/i;

describe('where genuine consumables are sold', () => {
  it.each([
    ['zh', '家里净水器的反渗透RO膜该换了，去哪买正品？'],
    ['zh', '吸尘器尘袋用完了，想买原装的，哪里有？'],
    ['zh', '净水机PP棉哪里买得到真的，网上的怕是假货'],
    ['en', 'where can I order a genuine RO membrane for my water purifier?'],
    ['en', 'I need some original dust bags for my vacuum, where do I get real ones and not fakes?'],
    ['en', 'where to buy authentic replacement cartridges for the water filter'],
  ])('answered with the official channels and a counterfeit warning (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`u5-buy-${line}`).say(line);
    expect(said.text).not.toMatch(NO_INFO);
    expect(said.text).toMatch(/官方商城|旗舰店|服务网点|official (?:online )?store|flagship|service point/i);
    expect(said.text).toMatch(/仿冒|防伪|counterfeit/i);
  });
});

describe('a follow-up the filter answer already speaks to', () => {
  it.each([
    ['zh', '净水机的几个滤芯分别多久换？', '那前面那个PP棉是不是得换得勤一点？我家自来水发黄', /PP棉[^。]*3-6个月|水质差[^。]*提前换/],
    ['zh', '净水器滤芯多长时间换一次', '我们这边是井水，泥沙挺多的，要提前换吗', /水质差[^。]*提前换/],
    ['en', 'how often do the cartridges in a water purifier need replacing?', 'does the sediment cartridge go sooner then? the water here comes out cloudy', /sooner with poor water/i],
    ['en', 'when should I change my water purifier filter', "we've got really hard water, should I change it earlier?", /sooner with poor water/i],
  ])('answered from the same entry, not "no information" nor the whole again (%s)', async (_lang, first, follow, point) => {
    const c = world.customer(`u5-follow-${follow}`);
    const before = await c.say(first);
    const after = await c.say(follow);
    expect(after.text).not.toMatch(NO_INFO);
    expect(after.text).toMatch(point);
    expect(after.text).not.toBe(before.text);
    // Only the part that speaks to it: shorter than the answer it comes from.
    expect(after.text.length).toBeLessThan(before.text.length);
  });
});

describe("a purifier's own reminder that a filter is due", () => {
  it.each([
    ['zh', '沁园净水器屏幕上提示要换了'],
    ['zh', '安吉尔净水机一直提醒换芯'],
    ['zh', '家里的净水器亮灯提示该更换了'],
    ['en', 'my Qinyuan water purifier keeps showing a change filter reminder'],
    ['en', 'the water purifier says it is time to replace the filters'],
  ])('gets the filter answer, not a fault questionnaire (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`u5-remind-${line}`).say(line);
    expect(said.text).not.toMatch(NO_INFO);
    expect(said.text).not.toMatch(/具体说说|什么情况|what is it doing|tell me a bit more/i);
    expect(said.text).toMatch(/PP棉|滤芯提醒|sediment cartridge|filter reminder/i);
  });
});

describe('the food in a freezer that stopped', () => {
  it.each([
    ['zh', '冰柜不冷了', '那里面的雪糕和冻排骨咋办？'],
    ['zh', '冷冻室不怎么冻了', '冻的虾和汤圆都软了，还能冻回去吗'],
    ['zh', '我小卖部的冰柜坏了', '柜子里一堆冷饮存货怎么保存'],
    ['en', 'my chest freezer has stopped freezing', 'what should I do about the frozen meat and the ice cream?'],
    ['en', "the freezer in my corner shop isn't getting cold", 'how do I keep my ice cream stock from spoiling?'],
  ])('keep it shut, move it somewhere cold, do not refreeze what thawed (%s)', async (_lang, fault, food) => {
    const c = world.customer(`u5-food-${food}`);
    await c.say(fault);
    const said = await c.say(food);
    expect(said.text).not.toMatch(NO_INFO);
    expect(said.text).toMatch(/别开门|少开门|keep the door|doors shut|lid shut/i);
    expect(said.text).toMatch(/保温箱|另一台|cool box|another working freezer/i);
    expect(said.text).toMatch(/不要再冻回去|should not be refrozen/i);
  });
});

describe('a TV with no signal while its box is on', () => {
  it.each([
    ['zh', '电视没信号了，机顶盒的灯是亮着的'],
    ['zh', '电视屏幕显示无信号，但是盒子指示灯亮着'],
    ['en', 'the telly just says no signal though the set top box light is on'],
    ['en', 'no signal on my TV, the cable box is switched on'],
  ])('gets the input-source and cable checks (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`u5-tv-${line}`).say(line);
    expect(said.text).toMatch(/信号源|Source or Input/i);
    expect(said.text).toMatch(/HDMI1/);
    expect(said.text).not.toMatch(/5分钟|5 minutes|没有对得上|no fix that matches/i);
  });
});

describe("a microwave door that won't shut", () => {
  it.each([
    ['zh', '微波炉的门合不上了'],
    ['zh', '微波炉门一关就弹开，扣不住'],
    ['en', "my microwave door won't close all the way"],
    ['en', 'the door on the microwave does not latch any more'],
  ])('stop using it, do not force it, book a repair (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`u5-mw-${line}`).say(line);
    expect(said.text).toMatch(/停止使用|Stop using it/i);
    expect(said.text).toMatch(/不要用力|do not force/i);
    expect(said.text).toMatch(/报修|book a repair/i);
    expect(said.text).not.toMatch(/等5分钟|wait 5 minutes|没有对得上|no fix that matches/i);
  });
});

describe('how a repair goes, asked while a return is on offer', () => {
  it.each([
    ['zh', '洗衣机买了4天就漏水，我想退掉', '那如果选择维修，是怎么修？需要送到哪？', /上门/],
    ['zh', '电水壶买了5天就不烧水了，能退吗', '要是不退改修的话，去哪里修', /服务中心|寄修/],
    ['en', 'the dishwasher I got 3 days ago leaks, I want a refund', 'and if I went for a repair instead, how would that work, where does it go?', /repaired at your home/i],
    ['en', 'my new kettle died after 5 days, can I send it back?', 'if I get it fixed instead, where would I take it?', /service cent(?:re|er)|mailed in/i],
  ])('is answered, and the return offer stays open (%s)', async (_lang, ret, how, way) => {
    const c = world.customer(`u5-way-${how}`);
    const before = await c.say(ret);
    const said = await c.say(how);
    expect(said.text).toMatch(way);
    expect(said.text).toMatch(/登记|register/i);
    expect(said.text).not.toMatch(/型号|what model|know the model|没有确切的资料|don't have reliable/i);
    expect(said.text).not.toBe(before.text);
  });

  it.each([
    ['zh', '电饭煲坏了要修，送到哪里修？', /服务中心|寄修/],
    ['en', 'how do I get my air fryer repaired, where do I take it?', /service cent(?:re|er)|mailed in/i],
  ])('alone it is the service way, not a ticket lookup (%s)', async (_lang, line, way) => {
    const said = await world.customer(`u5-way-alone-${line}`).say(line);
    expect(said.text).toMatch(way);
    expect(said.text).not.toMatch(/工单号|ticket number/i);
  });
});
