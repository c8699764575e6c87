/**
 * Playtest round 14: a complaint about a repair visit that already happened (paid, broken again
 * the next day, the fee wanted back) is a complaint for a person, never troubleshooting or a
 * product return, and the day of that visit is never booked as a visit time. A person asked for in
 * any words is a handoff. And a swelling battery only imagined, or a spill months ago, is no
 * emergency: the question is answered (the spill: whether liquid damage is covered).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const RETURN_QUESTIONS = /网上买的|门店买的|哪天买的|七天无理由|退换货申请|bought online|in a shop|in-store|7-day|return request/i;
const TROUBLESHOOTING = /先做这几步|试试|滤网|遥控器|Do this first|try |filter|remote/i;

describe('the fee for a repair that did not hold, wanted back', () => {
  it.each([
    ['zh', '热水器前天师傅上门换了个温控器，收了我260，今天又不出热水了，这钱得退给我'],
    ['zh', '上个月你们来修的冰箱，维修费花了300多，修完没两天又不制冷，我要求退维修费'],
    ['zh', '油烟机师傅来修过一次收了150，第二天就又不转了，把钱退我'],
    ['en', 'Your technician fixed my washing machine on Friday and charged me 320, and the next day it was leaking again. I want the repair fee refunded'],
    ['en', 'paid 180 for an engineer to repair the oven last week and it broke again two days later, give me my money back'],
    ['en', 'I was charged a call-out fee and the repair did not last a day, refund it please'],
  ])('(%s) %s', async (lang, line) => {
    const said = await world.customer(`r14-fee-${line}`).say(line);
    expect(said.text).not.toMatch(RETURN_QUESTIONS);
    expect(said.text).not.toMatch(TROUBLESHOOTING);
    expect(said.text).toMatch(lang === 'zh' ? /维修费/ : /fee/i);
    expect(said.text).toMatch(lang === 'zh' ? /不能直接答应/ : /can't promise/);
    expect(said.tools).toContain('handOff');
    // One apology, in our own words.
    expect(said.text).not.toMatch(/抱歉给您添麻烦了|I'm sorry for the trouble/);
  });
});

describe('a past visit day is never a wanted visit time', () => {
  it.each([
    ['zh', '空调开不了制冷，想约个师傅', '上周五来修过一次的，没修好', /周五/],
    ['zh', '洗衣机又漏水了', '上礼拜二刚修的', /周二/],
    ['en', 'my dryer is not heating, can someone come', 'someone already came last Thursday and it did not help', /Thu/i],
    ['en', 'fridge not cooling, I need a repair', 'Monday he came and replaced a part, still warm', /Mon/i],
  ])('(%s) %s / %s', async (_lang, first, second, day) => {
    const c = world.customer(`r14-pastday-${first}-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).not.toMatch(new RegExp(`(?:上门时间|visit time|come on)[^。.\\n]*${day.source}`, 'i'));
    expect(said.text).not.toMatch(/先按您说的[^。]*记下|I've noted .* as the visit time/i);
  });
});

describe('a person asked for in any words is a handoff', () => {
  it.each([
    ['zh', '我不想跟机器人说话'],
    ['zh', '你们能不能派个负责人来跟我谈'],
    ['zh', '换个客服来和我说'],
    ['en', 'can somebody real talk to me please'],
    ['en', "I don't want to deal with a bot anymore"],
    ['en', 'is there anyone who can speak with me'],
  ])('(%s) %s', async (_lang, line) => {
    const c = world.customer(`r14-person-${line}`);
    await c.say('空调不制冷');
    const said = await c.say(line);
    expect(said.tools).toContain('handOff');
  });
});

describe('no emergency for a danger only imagined or a spill long ago', () => {
  it.each([
    ['zh', '手机电池要是鼓起来了，是不是就不能用了'],
    ['zh', '如果充电宝鼓包了还能继续用吗'],
    ['en', 'does a swollen battery mean the phone is finished?'],
    ['en', 'if my laptop battery ever swells, can I still use it?'],
  ])('(%s) %s', async (_lang, line) => {
    const said = await world.customer(`r14-imagined-${line}`).say(line);
    expect(said.text).not.toMatch(/安全提示|标为紧急|Safety first|flagged this message as urgent/);
    expect(said.tools).not.toContain('handOff');
  });

  it.each([
    ['zh', '笔记本触控板不灵了', '哦对，暑假的时候往上面洒过一点奶茶', /一般不在[^。]*保修/, /立即关机|倒扣/],
    ['zh', '平板屏幕有一块不显示', '上个月不小心泼了点水在上面', /一般不在[^。]*保修/, /立即关机|倒扣/],
    ['en', 'several keys on my laptop are dead', 'there was a small water spill on it a couple of months ago', /usually not covered/, /Turn it off at once|upside down/],
  ])('(%s) a spill long ago gets whether it is covered, not first aid', async (_lang, first, second, cover, firstAid) => {
    const c = world.customer(`r14-spill-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(cover);
    expect(said.text).not.toMatch(firstAid);
  });
});
