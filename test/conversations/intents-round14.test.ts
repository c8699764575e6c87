/**
 * Playtest round 14 (intents): a case is given only for the symptom it is about; a burning smell
 * from a small kitchen appliance is danger like any other; a wet phone or earbuds get the water
 * answer without "did that fix it?"; damage a new delivery arrived with is a delivery-damage report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** Steps for a symptom the customer did not describe, by the case names they come under. */
const OTHER_CASE = /一般是「|This is usually "/;

describe('a case only for its own symptom', () => {
  it.each([
    ['en', 'the television shuts itself off every evening after about ten minutes'],
    ['en', 'our TV powers on by itself at 3am'],
    ['en', 'the picture on my TV froze and stays frozen'],
    ['en', 'my air conditioner switches itself on when nobody is home'],
    ['en', 'the fridge is unplugged and still makes a buzzing noise'],
    ['zh', '电视看着看着就自己关机了'],
    ['zh', '电视每天半夜自动开机'],
    ['zh', '电视老是自己重启'],
    ['zh', '空调没人按也会自己开机'],
    ['zh', '微波炉热了几秒钟就自动断电'],
  ])('no other symptom’s case, honest safe checks and a repair offered (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r14-fit-${line}`).say(line);
    expect(said.text).not.toMatch(OTHER_CASE);
    expect(said.text).not.toMatch(/挂架|wall mount|bracket/i);
    expect(said.text).toMatch(/没有对得上|no fix that matches/i);
    expect(said.text).toMatch(/1\. /);
    expect(said.text).toMatch(/预约上门|Shall I book a visit/i);
    expect(said.text).not.toMatch(/能具体说说|tell me a bit more/i);
  });

  it.each([
    ['en', 'my TV says no signal', /no signal/i],
    ['zh', '电视显示没信号', /无信号/],
    ['zh', '洗衣机洗到一半自己停了', /洗到一半/],
  ])('the case for the symptom said is still given (%s)', async (_lang, line, title) => {
    const said = await world.customer(`r14-keep-${line}`).say(line);
    expect(said.text).toMatch(OTHER_CASE);
    expect(said.text).toMatch(title);
  });
});

describe('a burning smell from a small kitchen appliance is danger', () => {
  it.each([
    ['en', 'my toaster is giving off a burnt electrical smell'],
    ['en', 'there is a smell like something is burning coming from the rice cooker'],
    ['en', 'the air fryer reeks of scorched plastic'],
    ['zh', '面包机一开就有烧焦的味道'],
    ['zh', '电饼铛有股烧东西的味儿'],
    ['zh', '空气炸锅一用就冒焦糊味'],
  ])('stop, unplug, do not use, P1 (%s: %s)', async (lang, line) => {
    const c = world.customer(`r14-burn-${line}`);
    const said = await c.say(line);
    if (lang === 'zh') {
      expect(said.text).toMatch(/安全提示/);
      expect(said.text).toMatch(/停止使用|不要再使用/);
      expect(said.text).toMatch(/拔插头|断电/);
    } else {
      expect(said.text).toMatch(/Safety first/);
      expect(said.text).toMatch(/stop using it|do not use/i);
      expect(said.text).toMatch(/unplug/i);
    }
    expect(said.text).not.toMatch(OTHER_CASE);
    const [ticket] = await c.tickets();
    expect(ticket?.priority).toBe('P1');
  });

  it.each([
    ['en', 'I burnt some toast this morning, how do I clean the crumbs out of the toaster?'],
    ['zh', '煎鸡蛋煎糊了，锅有焦味怎么洗'],
  ])('burnt food is still no danger (%s)', async (_lang, line) => {
    const said = await world.customer(`r14-food-${line}`).say(line);
    expect(said.text).not.toMatch(/安全提示|Safety first/);
  });
});
