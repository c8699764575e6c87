/**
 * A question in the message is answered first (brief f3, "answers"): an installation or fee question
 * beside a delivery not yet here, doing the gas or wiring oneself, what a repair costs once out of
 * warranty, how often a consumable is replaced and whether it is covered, whether a small device is
 * fetched for its repair, and a lost receipt beside a warranty or exchange question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const COURIER = /我的订单|查看物流|My orders|can't see shipping/i;

describe('the question is answered first', () => {
  it.each([
    ['zh', '洗碗机还没送来呢，安装要额外收钱吗', /安装[^。]*免费|标准安装/],
    ['zh', '货还没到，到时候上门安装收费吗', /安装[^。]*免费|标准安装/],
    ['en', "the dishwasher hasn't been delivered yet; will fitting it cost extra?", /installation[^.]*free/i],
    ['en', "my new dishwasher hasn't arrived yet, will installing it cost me anything?", /installation[^.]*free/i],
  ])('an installation or fee question beside a delivery not yet here gets the installation rule (%s: %s)', async (_lang, line, rule) => {
    const said = await world.customer(`qf-deliv-${line}`).say(line);
    expect(said.text).toMatch(rule);
    expect(said.text).not.toMatch(COURIER);
  });

  it.each([
    ['zh', '燃气灶买回来了，气管我自己接上可以吗', /有资质|燃气公司/, /不要自己接/],
    ['zh', '电热水器的线我们自己拉一下行不行？', /电工|工程师/, /不要自己接/],
    ['en', 'can I connect the new gas cooktop to the gas line myself?', /qualified installer|gas company/i, /never connect/i],
    ['en', 'is it ok if I do the wiring for the electric water heater myself?', /electrician|engineer/i, /not a do-it-yourself/i],
  ])('doing the gas or the wiring oneself is answered with who must do it (%s: %s)', async (_lang, line, who, dont) => {
    const said = await world.customer(`qf-self-${line}`).say(line);
    expect(said.text).toMatch(who);
    expect(said.text).toMatch(dont);
    expect(said.text).not.toMatch(/什么情况|what the .* is doing|no reliable answer|没有确切的资料/i);
  });

  it.each([
    ['zh', '冰箱早就过保了，修一次一般要花多少钱', /上门费|检测/, /确认/],
    ['zh', '保修期已经过了，这种维修大概收多少', /上门费|检测/, /确认/],
    ['en', "the washer's warranty expired last year - roughly what would a repair set me back?", /call-out/i, /agreement/i],
    ['en', "it's out of warranty now, ballpark, how much does fixing the fridge cost?", /call-out/i, /agreement/i],
  ])('a repair-cost question out of warranty gets the fee rule, not the periods (%s: %s)', async (_lang, line, fee, agree) => {
    const said = await world.customer(`qf-cost-${line}`).say(line);
    expect(said.text).toMatch(fee);
    expect(said.text).toMatch(agree);
    expect(said.text).not.toMatch(/主要部件[^。]*保修3年|main parts[^.]*3 years/i);
  });

  it('a repair-cost question after a fault was told, out of warranty, gets the fee rule (en)', async () => {
    const c = world.customer('qf-cost-after-fault');
    await c.say('my dryer has stopped heating');
    const said = await c.say('it is out of warranty already, so what will a repair roughly cost?');
    expect(said.text).toMatch(/call-out/i);
    expect(said.text).not.toMatch(/whole unit 1 year/i);
  });

  it.each([
    ['zh', '扫地机的滚刷大概多久换一次？换的话保修管吗', /6-12个月/, /不在保修范围/],
    ['zh', '吸尘器的海帕滤网多久要换，换新的保修吗', /3-6个月/, /不在保修范围/],
    ['en', 'how often does the HEPA filter need replacing - is that under warranty?', /3-6 months/, /not covered/i],
    ['en', 'when should I replace the fridge water filter - is a new one under warranty?', /6 months/, /not covered/i],
  ])('how often a consumable is replaced and whether it is covered: both halves (%s: %s)', async (_lang, line, interval, cover) => {
    const said = await world.customer(`qf-cons-${line}`).say(line);
    expect(said.text).toMatch(interval);
    expect(said.text).toMatch(cover);
  });

  it.each([
    ['zh', '咖啡机的密封圈多长时间换一次，这个保修吗'],
    ['en', 'how often do I need to replace the gasket on the pressure cooker, and is that covered?'],
  ])('an interval the knowledge base does not hold names the manual, with no number made up (%s)', async (_lang, line) => {
    const said = await world.customer(`qf-cons-unknown-${line}`).say(line);
    expect(said.text).toMatch(/说明书|manual/i);
    expect(said.text).toMatch(/不在保修范围|not covered/i);
    expect(said.text).not.toMatch(/\d+\s*(?:-\s*\d+\s*)?(?:个月|months?)/i);
  });

  it.each([
    ['zh', '手机电池不耐用了，想换块电池，能不能派人上门来取？'],
    ['zh', '耳机充电仓坏了，你们可以上门取件吗'],
    ['en', 'my phone battery needs replacing - how do I get that done, will someone collect it?'],
    ['en', 'can a courier come and pick up my tablet for the screen repair?'],
  ])('a small device is carried in or mailed in, said with what the desk can do (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`qf-collect-${line}`).say(line);
    expect(said.text).toMatch(/寄修|mail-in/i);
    expect(said.text).toMatch(/在这里登记|register the repair here/i);
    expect(said.text).not.toMatch(/没有确切的资料|no reliable information|can't help with that/i);
  });

  it.each([
    ['zh', '买东西的小票不知道放哪了，还给保修吗'],
    ['zh', '购物小票早扔了，现在坏了能保修不'],
    ['en', "I've got no idea where the receipt went, will you still honour the warranty?"],
    ['en', "can't remember where I put the invoice. is it still under warranty?"],
  ])('a lost receipt with a warranty question gets what else proves the date (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`qf-proof-${line}`).say(line);
    expect(said.text).toMatch(/付款记录|订单截图|payment record|online order/i);
    expect(said.text).toMatch(/补开|reissue/i);
    expect(said.text).toMatch(/出厂日期|production date/i);
  });

  it.each([
    ['zh', '小票找不着了，这台烤箱还能换货吗'],
    ['en', 'no clue where the receipt is now - can I still swap the kettle for another one?'],
  ])('a lost receipt with an exchange question gets the proof rule and the exchange goes on (%s)', async (_lang, line) => {
    const said = await world.customer(`qf-proof-exch-${line}`).say(line);
    expect(said.text).toMatch(/付款记录|payment record/i);
    expect(said.text).not.toMatch(/没有确切的资料|don't have a reliable answer/i);
  });
});
