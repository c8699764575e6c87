/**
 * Playtest round 19: danger advice follows the product and the situation, not only the hazard word.
 * Sparks at a battery product's charger are about the battery; the gas company having fixed the leak
 * changes what "are you still coming?" means; going back in once the home is aired and "still coming
 * tomorrow?" get their own answers; "would you have paid?" after a danger is a liability question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('sparks at a battery product charger: the battery is the fire risk', () => {
  it.each([
    ['zh', '电瓶车在楼道里充电，充电器插头那里噼啪冒火花'],
    ['zh', '平衡车充电的时候充电口冒火花了'],
    ['zh', '电钻的电池放上去充电，充电器那里打火了'],
  ])('(%s) %s', async (_lang, line) => {
    const said = await world.customer(`r19-spark-${line}`).say(line);
    expect(said.text).toMatch(/停止充电/);
    expect(said.text).toMatch(/电池本身/);
    expect(said.text).toMatch(/室外|远离/);
    expect(said.text).toMatch(/不要再在室内/);
    expect(said.text).not.toMatch(/插头或插座打火花/);
  });

  it.each([
    ['en', 'my e-bike charger was spitting sparks when I plugged it in overnight'],
    ['en', 'the charger for my electric scooter sparked and popped'],
    ['en', 'my cordless power tool battery charger keeps sparking'],
  ])('(%s) %s', async (_lang, line) => {
    const said = await world.customer(`r19-spark-${line}`).say(line);
    expect(said.text).toMatch(/stop charging/i);
    expect(said.text).toMatch(/battery itself/i);
    expect(said.text).toMatch(/outdoors|away from doors/i);
    expect(said.text).toMatch(/indoors again/i);
    expect(said.text).not.toMatch(/Sparks at the plug or socket/);
  });
});

describe('after the gas company has fixed the leak: answered from the situation', () => {
  it.each([
    ['zh', '燃气灶附近一股煤气味', '煤气公司师傅上午来了，查出来是软管接头松了，给拧紧了。那你们的师傅还要上门吗'],
    ['zh', '热水器那边有燃气味', '燃气的人来看过了，接口重新弄好了，售后还过来吗'],
  ])('(%s) %s / %s', async (_lang, first, second) => {
    const c = world.customer(`r19-gasfixed-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(/燃气公司已经把漏气的地方处理好了/);
    expect(said.text).toMatch(/照常用/);
    expect(said.text).toMatch(/还需要吗/);
    expect(said.text).not.toMatch(/没有可靠|先别回屋|不行/);
    expect(said.tools).toContain('updateTicket');
  });

  it.each([
    ['en', 'I can smell gas around the cooker', 'The gas company sent someone this morning, a connector had worked loose and he tightened it. Do I still need your technician?'],
    ['en', 'smell of gas near my boiler', 'the gas engineer has been and sorted it, a loose joint on the pipe. are you still sending someone round?'],
  ])('(%s) %s / %s', async (_lang, first, second) => {
    const c = world.customer(`r19-gasfixed-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(/gas company has fixed the leak/i);
    expect(said.text).toMatch(/use .* as normal/i);
    expect(said.text).toMatch(/still like that visit/i);
    expect(said.text).not.toMatch(/nothing reliable|what is wrong|Not yet/i);
    expect(said.tools).toContain('updateTicket');
  });
});

describe('after a gas smell: back in once aired, and the visit still on', () => {
  it.each([
    ['zh', '厨房里有股煤气味', '阀门关了，窗户全开着，我能回厨房了吗', /味道完全散了/, /燃气公司/],
    ['zh', '一进门就闻到煤气味', '已经开窗通风半个小时了，现在能进屋吗', /味道完全散了/, /以他们说的为准/],
    ['en', 'gas smell in the kitchen from the hob', 'windows are wide open now, is it safe to go back in the kitchen?', /Only once the smell has gone/, /their word decides/],
    ['en', 'there is a gas smell in the hallway by the boiler', "I've aired the place for an hour, can we go back inside?", /Only once the smell has gone/, /gas company/],
  ])('(%s) %s / %s', async (_lang, first, second, condition, decides) => {
    const c = world.customer(`r19-back-${second}`);
    const opening = await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(condition);
    expect(said.text).toMatch(decides);
    expect(said.text).not.toMatch(/先别回屋|^Not yet/);
    expect(opening.text).not.toContain(said.text);
  });

  it.each([
    ['zh', '灶台那边有煤气味', '明天你们还会派师傅来看灶吗', /^可以/, /上门检查/],
    ['zh', '燃气灶漏气了，有味道', '那工程师明天还上门吗', /^可以/, /上门检查/],
    ['en', 'there is a smell of gas by the cooker', 'is your technician still coming tomorrow to look at the cooker?', /^Yes/, /inspect/],
    ['en', 'I think my gas hob is leaking, I can smell it', 'will someone still come out tomorrow for the hob?', /^Yes/, /inspect/],
  ])('(%s) %s / %s', async (_lang, first, second, yes, visit) => {
    const c = world.customer(`r19-still-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(yes);
    expect(said.text).toMatch(visit);
    expect(said.text).not.toMatch(/不行|No, not until|nothing reliable/);
  });
});

describe('who pays for damage after a danger: a liability question, answered honestly', () => {
  it.each([
    ['zh', '电热毯冒烟了', '万一着火把家里烧了，你们负责赔偿吗'],
    ['zh', '充电宝鼓包发烫', '要是它把我床烧了谁来赔'],
  ])('(%s) %s / %s', async (_lang, first, second) => {
    const c = world.customer(`r19-pay-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(/没法承诺/);
    expect(said.text).toMatch(/品牌方检测/);
    expect(said.text).toMatch(/拍照/);
    expect(said.text).toMatch(/人工客服会跟进/);
    expect(said.text).not.toMatch(/保修期|三包|没有可靠|非常抱歉给您造成了损失/);
  });

  it.each([
    ['en', 'sparks from behind the washing machine plug', 'if my flat had burned down, would your company have covered it?'],
    ['en', 'my space heater is giving off smoke', 'who pays for the damage if it sets the curtains alight?'],
  ])('(%s) %s / %s', async (_lang, first, second) => {
    const c = world.customer(`r19-pay-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(/cannot promise compensation/i);
    expect(said.text).toMatch(/the brand assesses it after inspecting/i);
    expect(said.text).toMatch(/photos/i);
    expect(said.text).toMatch(/will follow it up/i);
    expect(said.text).not.toMatch(/warranty|nothing reliable/i);
  });
});
