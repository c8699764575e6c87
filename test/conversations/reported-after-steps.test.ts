/**
 * What customers report back after the self-help steps, read for what it says happened (u2):
 * a bare list of steps done is "tried, still failing" and the visit goes on with the problem known;
 * "works now" beside the cause found is a fix; what still works is context, never a new case; and
 * two faults in one message are both answered and both reach the ticket. Wordings are our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const customer = () => world.customer(`u2-report-${++n}`);
const GLAD = /太好了，能用就好|glad it's working/i;
const SORRY_NOT_FIXED = /抱歉没能解决|Sorry that didn't fix it/i;

describe('a list of steps done, with no outcome, is "tried, still not working"', () => {
  it.each([
    ['zh', '燃气灶左边那个灶眼点不着火', '点火针擦干净了，电池也是新换的，气阀是开着的', /点不着/],
    ['zh', '洗衣机洗完不排水', '排水管捋直了 底下的过滤器也掏过了', /不排水/],
    ['zh', '空调开了半天不制冷', '滤网拆下来冲过了，模式调到制冷了，温度也调到了18度', /不制冷/],
    ['en', "the left burner on my gas hob won't catch", 'fitted new batteries, dried the burner cap and cleaned the spark pin', /won't catch/],
    ['en', "my washing machine won't drain", 'emptied the pump filter, straightened the drain hose', /drain/],
    ['en', 'the fridge is not cooling', 'cleaned the coils at the back, moved it away from the wall, set the dial to 4', /not cooling/],
  ])('offers the visit and keeps the first problem (%s: %s)', async (_lang, fault, steps, problem) => {
    const c = customer();
    await c.say(fault);
    const report = await c.say(steps);
    expect(report.text).not.toMatch(GLAD);
    expect(report.text).toMatch(/工程师|上门|engineer|visit/i);
    const next = await c.say(_lang === 'zh' ? '那就约师傅来看看吧' : 'ok please get someone out then');
    expect(next.text).not.toMatch(/什么问题|what(?:'s| is) the problem|describe the (?:problem|fault)/i);
    // The problem the engineer reads is still the first one, not the steps.
    const booking =
      _lang === 'zh'
        ? ['不知道', '2025年3月', '13812345678', '上海市徐汇区漕溪北路88号3号楼1202室', '周六上午', '对的，提交吧']
        : ["don't know", 'March 2025', '13812345678', 'Room 1202, Building 3, 88 Caoxi North Road, Xuhui District, Shanghai', 'Saturday morning', 'yes, submit it'];
    for (const line of booking) {
      const said = await c.say(line);
      expect(said.text).not.toMatch(/什么问题|what(?:'s| is) the problem/i);
    }
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.symptom).toMatch(problem);
  });

  it.each([
    ['zh', '燃气灶打不着火', '换了两节新电池就好了'],
    ['en', "my gas hob won't light", 'put in new batteries and cleaned the pin, works now'],
  ])('an outcome said outright still wins (%s)', async (_lang, fault, fixed) => {
    const c = customer();
    await c.say(fault);
    const said = await c.say(fixed);
    expect(said.text).toMatch(GLAD);
  });
});

describe('"it works now" beside the cause found is a fix', () => {
  it.each([
    ['zh', '微波炉的玻璃盘不动了', '原来是下面的滚轮支架歪了，摆正以后就转起来了'],
    ['zh', '洗衣机不排水', '从过滤器里抠出来一个硬币，现在能排水了'],
    ['zh', '热水器不出热水', '哦 是燃气阀没开到底，拧开以后又能出热水了'],
    ['en', 'the microwave turntable is stuck', 'ah, a bit of dried food was wedged under the coupler. it goes round again'],
    ['en', "my washer won't drain", 'found a sock jammed in the pump filter, it is draining now'],
    ['en', 'the microwave plate has stopped rotating', 'the roller support had slipped out of place, put it back and it spins fine now'],
  ])('is glad, files nothing, never "sorry that didn\'t fix it" (%s: %s)', async (_lang, fault, found) => {
    const c = customer();
    await c.say(fault);
    const said = await c.say(found);
    expect(said.text).not.toMatch(SORRY_NOT_FIXED);
    expect(said.text).toMatch(GLAD);
    expect(await c.tickets()).toEqual([]);
  });

  it.each([
    ['zh', '微波炉转盘不转了', '放回去转了一下又不转了'],
    ['en', 'the microwave turntable is stuck', 'it spins again for a few seconds then stops'],
  ])('a failure after the good news still stands (%s)', async (_lang, fault, back) => {
    const c = customer();
    await c.say(fault);
    const said = await c.say(back);
    expect(said.text).not.toMatch(GLAD);
  });
});

describe('what still works is context, not a new fault', () => {
  it.each([
    ['zh', '微波炉转盘不转', '不过加热还是正常的', /不加热|火花|打火/],
    ['zh', '冰箱冷藏室不凉了', '冷冻那边倒是好好的', /冷冻室不冷|结冰|结霜/],
    ['zh', '洗衣机不脱水', '其他功能都没问题', /不排水|不进水/],
    ['en', 'the microwave plate stopped going round', 'heating works fine though', /does not heat|sparks/i],
    ['en', "the washer won't spin", 'it still washes and drains ok', /won't drain|not draining|does not fill/i],
    ['en', 'the fridge section is warm', 'everything else is fine, the freezer is still freezing', /freezer (?:not|warm)|frost/i],
  ])('pulls in no other case (%s: %s)', async (_lang, fault, fine, otherCase) => {
    const c = customer();
    await c.say(fault);
    const said = await c.say(fine);
    expect(said.text).not.toMatch(otherCase);
    expect(said.tools).not.toContain('searchKnowledge');
    expect(said.text).not.toMatch(GLAD);
  });
  it.each([
    ['zh', '微波炉转盘不转了，加热倒是正常'],
    ['en', "my microwave plate doesn't turn anymore, it still heats fine though"],
    ['en', "the washer won't spin, everything else works"],
  ])('said beside the fault, it is no second fault to note (%s: %s)', async (_lang, line) => {
    const said = await customer().say(line);
    expect(said.text).not.toMatch(/另外，您说的|also noted|As for/i);
    expect(said.text).not.toMatch(/不加热|does not heat|sparks/i);
  });
});

describe('two faults in one message: both answered, both on the ticket', () => {
  it.each([
    ['zh', '微波炉的玻璃盘不会转了，另外炉腔里的照明灯也坏了', /转盘/, /炉灯|灯/],
    ['zh', '微波炉转盘卡住不动，而且开门里面也不亮灯了', /转盘/, /炉灯/],
    ['en', 'the turntable in my microwave is stuck and the lamp inside has blown', /turntable/i, /light|lamp/i],
    ['en', "my microwave plate won't rotate, also the light inside is dead", /turntable/i, /light|lamp/i],
  ])('the lamp is answered beside the turntable, without sparks (%s: %s)', async (_lang, both, first, second) => {
    const said = await customer().say(both);
    expect(said.text).toMatch(first);
    expect(said.text).toMatch(second);
    expect(said.text).not.toMatch(/火花|打火|spark/i);
    // Never open the casing for a lamp.
    expect(said.text).not.toMatch(/自己(?:拆|换灯)|open the casing and/i);
  });

  it.each([
    ['zh', '微波炉的玻璃盘不会转了，另外炉腔里的照明灯也坏了', ['还是不转', '不知道', '2025年3月', '13812345678', '上海市徐汇区漕溪北路88号3号楼1202室', '周六上午', '对的，提交吧'], /转/, /灯/],
    [
      'en',
      'the turntable in my microwave is stuck and the lamp inside has blown',
      ['still stuck', "don't know", 'March 2025', '13812345678', 'Room 1202, Building 3, 88 Caoxi North Road, Xuhui District, Shanghai', 'Saturday morning', 'yes, submit it'],
      /turntable/i,
      /lamp|light/i,
    ],
  ])('the ticket carries both faults (%s)', async (_lang, both, rest, first, second) => {
    const c = customer();
    await c.say(both);
    for (const line of rest) await c.say(line);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.symptom).toMatch(first);
    expect(tickets[0]!.symptom).toMatch(second);
  });
});
