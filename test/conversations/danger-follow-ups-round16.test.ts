/**
 * Playtest round 16: after a danger's advice, calling the gas company is "yes, now" (never read as
 * "can I use it tonight?"), where the gas valve is gets an answer, news that the smoke has gone is
 * acknowledged instead of the opening advice again, and "can I use it tomorrow?" asked beside a
 * question about the visit is answered too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_ANSWER = /没法确认|没有确切的资料|查不到可靠|can't confirm|isn't something I can confirm|no reliable|nothing reliable/i;

describe('calling for help after a gas smell, round 16', () => {
  it.each([
    ['zh', '厨房里煤气味挺冲的', '那我是不是现在就该给燃气公司打个电话？'],
    ['zh', '热水器那边闻到天然气的味道', '燃气公司的抢修要不要今晚就打？'],
    ['zh', '灶台附近一股液化气味', '我得赶紧联系燃气公司吧'],
    ['en', 'there is a gas smell around my cooker', 'should I phone the gas company right now?'],
    ['en', 'smells like gas near the hob in the kitchen', 'do I need to ring the gas emergency line tonight?'],
    ['en', 'my gas stove smells of gas', "I'll call the gas supplier then, yes?"],
  ])('(%s) yes, now, from outside: %s / %s', async (lang, first, second) => {
    const c = world.customer(`r16-call-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(lang === 'zh' ? /^对，现在就打/ : /^Yes, call the gas company now/);
    expect(said.text).toMatch(lang === 'zh' ? /室外/ : /outside/);
    expect(said.text).not.toMatch(/不行|^No\b|not until/i);
    expect(said.text).not.toMatch(NO_ANSWER);
  });
});

describe('where the gas valve is, round 16', () => {
  it.each([
    ['zh', '燃气灶旁边有股煤气味', '燃气阀门在哪里呀，我找不到'],
    ['zh', '热水器好像漏气了，有味道', '总阀是哪个？'],
    ['en', 'I can smell gas by the stove', 'where would the gas shut-off be?'],
    ['en', 'gas smell in the kitchen near the hob', "I can't find the valve, where is it usually?"],
  ])('(%s) told where it usually is and how a quarter turn closes it: %s / %s', async (lang, first, second) => {
    const c = world.customer(`r16-valve-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(lang === 'zh' ? /燃气表/ : /gas meter/);
    expect(said.text).toMatch(lang === 'zh' ? /垂直/ : /across the pipe/);
    expect(said.text).not.toMatch(NO_ANSWER);
    expect(said.text).not.toMatch(/不要拔插头|Do not unplug anything/);
  });
});

describe('the smoke has gone, round 16', () => {
  it.each([
    ['zh', '烘干机后面冒烟了，有烧焦的味道', '现在烟散了，插头也拔了', '那里面的衣服能拿出来吗'],
    ['zh', '微波炉刚才冒黑烟了', '没有烟了，我已经关掉拔了电', '里面的饭能拿出来吗'],
    ['en', 'my dryer started smoking and there is a burning smell', "it stopped smoking now and I've pulled the plug", 'can I get the laundry out of it?'],
    ['en', 'the microwave was smoking a minute ago', 'no more smoke now, I unplugged it at the wall', 'is it ok to take the food out?'],
  ])('(%s) acknowledged, not the opening advice again, and things may come out: %s', async (lang, first, gone, fetch) => {
    const c = world.customer(`r16-gone-${first}`);
    await c.say(first);
    const heard = await c.say(gone);
    expect(heard.text).toMatch(lang === 'zh' ? /不冒烟了就好/ : /glad the smoke has stopped/);
    expect(heard.text).toMatch(lang === 'zh' ? /检查之前不要再用/ : /do not use it until it has been checked/);
    expect(heard.text).not.toMatch(/安全提示|Safety first|请继续按上面的安全提示|keep following the safety advice/);
    const out = await c.say(fetch);
    expect(out.text).toMatch(lang === 'zh' ? /^可以/ : /^Yes/);
    expect(out.text).not.toMatch(/等烟散了|until the smoke has cleared/);
  });
});

describe('"can I use it tomorrow?" after a danger, round 16', () => {
  it.each([
    ['zh', '热水器有一股燃气味', '师傅哪天能过来 明天洗澡还能用吗', /^不行/, /工单|联系/],
    ['zh', '烤箱冒烟了，一股焦味', '明天还能接着用吗', /^不行/, /检查/],
    ['en', 'gas smell from the water heater in the bathroom', 'when will the engineer come, and can I still use it tomorrow?', /^No/, /ticket|contact/i],
    ['en', 'the toaster oven was smoking and smells burnt', 'would it be ok to use it again tomorrow', /^No/, /check/],
  ])('(%s) no until checked, and the visit question still answered: %s / %s', async (_lang, first, second, no, also) => {
    const c = world.customer(`r16-tomorrow-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(no);
    expect(said.text).toMatch(also);
  });
});
