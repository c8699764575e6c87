/**
 * Kinds found by trying new customers (issue 16), each with conversations of our own in Chinese
 * and English: a greeting or presence check is greeted, not refused or looked up; a follow-up on
 * the case just given (what its code means, what a step means) is answered from that case; asking
 * whether someone can come at a time is the preferred time, confirmed by phone by the service point.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPresenceCheck } from '../../bot/understanding/presence-check';
import { asksCodeMeaning } from '../../bot/understanding/code-meaning-question';
import { caseLineFor } from '../../bot/engine/case-follow-up';
import { askedVisitTime } from '../../bot/understanding/visit-time-question';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const REFUSED = /can't help with that|帮不上忙|no reliable|don't have a reliable|没有确切|转人工客服确认/i;

describe('a greeting or presence check', () => {
  it.each([
    '有人在吗？',
    '你好 在不在',
    '请问这里是格力售后吗',
    '亲，客服在么',
    'good evening, is anybody around?',
    'hey, am I talking to customer service?',
    'hi - is this the after-sales chat?',
    'Hello?? can someone help me',
  ])('reads %s as a greeting', (text) => expect(isPresenceCheck(text)).toBe(true));
  it.each(['在吗 热水器不出热水', 'hi, my microwave sparks', '是人工吗', 'is this still under warranty?', '售后电话多少', '有人投诉过这个问题吗'])('does not read %s as only a greeting', (text) =>
    expect(isPresenceCheck(text)).toBe(false),
  );

  it.each([
    ['zh', '有人在吗？', /在的.*什么问题/],
    ['zh', '你好 请问是售后服务吗', /在的.*什么问题/],
    ['en', 'good evening, is anybody around?', /I'm here.*what's wrong/i],
    ['en', 'hey, am I talking to customer service?', /I'm here.*what's wrong/i],
  ])('is greeted and asked what is wrong (%s: %s)', async (_lang, text, greeted) => {
    const said = await world.customer(`presence-${text}`).say(text);
    expect(said.text).toMatch(greeted);
    expect(said.text).not.toMatch(REFUSED);
    expect(said.tools).not.toContain('handOff');
  });

  it('in the middle of a booking, says someone is here and goes on with the form', async () => {
    const c = world.customer('presence-mid-form');
    await c.say('热水器不加热了 要报修');
    const said = await c.say('在吗？');
    expect(said.text).toMatch(/^在的。/);
    expect(said.text).not.toMatch(REFUSED);
    expect(said.text).not.toMatch(/没太明白/);
  });

  it('then takes the problem as usual', async () => {
    const c = world.customer('presence-then-fault');
    await c.say('anyone there?');
    const said = await c.say("my tumble dryer won't start");
    expect(said.text).not.toMatch(REFUSED);
    expect(said.text).toMatch(/dryer/i);
  });
});

describe('a follow-up on the case just given', () => {
  it.each([
    ['这个码是啥意思？', 'E3'],
    ['屏幕上显示的是什么故障', 'F1'],
    ['what does that error mean?', '5E'],
    ["what's ERR2?", 'ERR2'],
  ])('reads %s as asking what %s means', (text, code) => expect(asksCodeMeaning(text, code)).toBe(true));
  it.each([
    ['E4是什么意思', 'E3'],
    ['what does the warranty cover?', '5E'],
    ['这个代码什么意思 修要多少钱', 'E3'],
  ])('does not read %s as only asking what %s means', (text, code) => expect(asksCodeMeaning(text, code)).toBe(false));

  it.each([
    ['zh', '海尔滚筒洗衣机显示ERR2', '这个代码啥意思', /「ERR2」.*排水故障/],
    ['zh', '三星冰箱屏幕上显示5E', '什么意思？', /「5E」.*化霜传感器/],
    ['en', 'my LG washer shows IE on the display', 'what does IE stand for?', /"IE" means: water inlet error/],
    ['en', 'midea rice cooker error E1', 'what does that code mean?', /"E1" means: bottom sensor fault/],
  ])('what the code means is said from its case (%s: %s / %s)', async (_lang, fault, ask, meaning) => {
    const c = world.customer(`meaning-${fault}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.text).toMatch(meaning);
    expect(said.text).not.toMatch(REFUSED);
  });

  it('a part named differently from the step is found by the thing named last', () => {
    const hit = { steps: ['Unplug it and empty the grease tray', 'wipe the mesh filter under the hood with warm soapy water'], safety: [] };
    expect(caseLineFor('what do you mean by the grease filter?', hit, 'en')?.step).toBe(2);
    expect(caseLineFor('what do you mean by the motor belt?', hit, 'en')).toBeUndefined();
  });
});

describe('a scheduling question before or inside a booking', () => {
  it.each([
    ['下周二上午师傅能过来吗', '下周二上午'],
    ['后天可以安排上门吗？', '后天'],
    ['could a technician come Friday afternoon?', 'Friday afternoon'],
    ['is a visit possible this weekend?', 'this weekend'],
  ])('reads %s as asking for %s', (text, when) => expect(askedVisitTime(text)).toBe(when));
  it.each(['明天下午', '热水器坏了 明天能来修吗', 'how much is a visit on Sunday?', 'can you move it to Friday instead?'])('does not read %s as only asking for a time', (text) =>
    expect(askedVisitTime(text)).toBeUndefined(),
  );

  it('inside the form, the time is kept, said back as a day, and the form goes on (zh)', async () => {
    const c = world.customer('time-in-form-zh');
    await c.say('油烟机不转了 要报修');
    const said = await c.say('后天上午可以上门吗？');
    expect(said.text).toMatch(/11月26日（周四）上午/);
    expect(said.text).toMatch(/打电话.*确认/);
    expect(said.text).toMatch(/什么时候买的/);
    expect(said.text).not.toMatch(REFUSED);
    await c.say('不记得了');
    await c.say('13812345678');
    const summary = await c.say('南京市鼓楼区中山路8号2栋1201');
    expect(summary.text).toMatch(/方便时间：后天上午/);
  });

  it('inside the form, in English', async () => {
    const c = world.customer('time-in-form-en');
    await c.say('my dryer stopped heating, please book a repair');
    const said = await c.say('could a technician come Friday afternoon?');
    expect(said.text).toMatch(/Fri 27 Nov, afternoon/);
    expect(said.text).toMatch(/confirmed by phone/);
    expect(said.text).not.toMatch(REFUSED);
  });

  it('before any booking, when visits are made and that the time is agreed by phone', async () => {
    const said = await world.customer('time-before-zh').say('这周六师傅能上门吗');
    expect(said.text).toMatch(/周六/);
    expect(said.text).toMatch(/打电话.*确认/);
    expect(said.text).not.toMatch(REFUSED);
  });

  it('a phone is never promised a visit', async () => {
    const c = world.customer('time-phone-en');
    await c.say('my tablet screen stays black');
    const said = await c.say('can someone come over tomorrow?');
    expect(said.text).toMatch(/not repaired at home/);
    expect(said.text).not.toMatch(/noted .* preferred time/);
  });
});
