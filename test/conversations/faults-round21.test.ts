/**
 * Common faults, round 21: a gas water heater that goes out mid-shower is a fault (never a complaint,
 * never "glad it works" because it relights later), two faults of one fridge both get their steps,
 * questions during self-help are answered from the case's own steps, and a TV's picture faults are
 * told apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a gas water heater going out mid-shower is a fault, round 21', () => {
  it.each([
    ['zh', '天然气热水器洗着澡突然灭火了，水一下就凉了，隔一会儿又能打着'],
    ['zh', '燃气热水器这两天老熄火，淋浴到一半就没热水了，等会儿又好了'],
    ['en', 'gas heater cuts out while I am in the shower and the water goes cold; it comes back on again later'],
    ['en', 'my tankless gas heater keeps shutting off mid-shower'],
    ['en', 'water heater flame dies partway through my shower, it works again after a while'],
  ])('gets the flame-out steps, no complaint and no "glad it works" (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r21-flame-${line}`).say(line);
    expect(said.tools).not.toContain('createTicket');
    expect(said.text).not.toMatch(/投诉|complaint|太好了|glad it'?s working/i);
    expect(said.text).not.toMatch(/灶|\bhob\b|cooktop/i);
    // Batteries, the tap opened fully and the flue outlet: the safe checks of this fault.
    expect(said.text).toMatch(/电池|batter/i);
    expect(said.text).toMatch(/烟道|flue/i);
    expect(said.text).toMatch(/停用|stop using/i);
  });
});

describe('two faults of one fridge both get their steps, round 21', () => {
  it.each([
    ['zh', '冰箱门关不紧，冷藏室的鸡蛋都冻裂了'],
    ['zh', '冷藏室里的牛奶结成冰了，另外冰箱门也合不拢'],
    ['zh', '冰箱保鲜层的水果冻硬了，冰箱门还老是留一条缝'],
    ['en', 'the fridge door stays ajar and the yoghurt in the fridge section is frozen solid'],
    ['en', 'my fridge has two issues, the drinks in the fridge compartment freeze and the door does not seal'],
    ['en', 'the milk in my fridge keeps turning to ice, and the door will not shut all the way'],
  ])('food freezing in the fridge part and a door that does not close (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r21-fridge-${line}`).say(line);
    // The freezing: set 4-5 °C and keep the air outlet clear.
    expect(said.text).toMatch(/4-5/);
    expect(said.text).toMatch(/出风口|air outlet/i);
    // The door: overfilling and the seal.
    expect(said.text).toMatch(/太满|overfilled/i);
    expect(said.text).toMatch(/门封|seal/i);
    expect(said.text).not.toMatch(/冷藏室不凉|not cold"|我也记下了|I've also noted/i);
    expect(said.tools).not.toContain('createTicket');
  });
});

describe('questions during self-help are answered from the case steps, round 21', () => {
  it.each([
    ['zh', '洗衣机不排水，桶里都是水', '清过滤器要拿盆接水吗'],
    ['zh', '滚筒洗衣机排不出水了', '要不要准备毛巾'],
    ['zh', '洗衣机的水放不掉', '拧开的时候会有很多水流出来吗'],
    ['en', "my washer won't drain, the drum is full of water", 'should I put a bowl under it?'],
    ['en', 'the washing machine is not draining', 'will a lot of water come out?'],
    ['en', 'my washing machine will not pump the water out', 'do I need a towel or a tray for this?'],
  ])('catching the water is in the steps (%s: %s / %s)', async (_lang, fault, question) => {
    const c = world.customer(`r21-steps-${question}`);
    await c.say(fault);
    const said = await c.say(question);
    expect(said.text).toMatch(/毛巾|盆|towel|bowl/i);
    expect(said.text).not.toMatch(/没有确切的资料|don't have reliable information|原包装|packaging/i);
  });

  it.each([
    ['zh', '洗衣机不排水', '那个过滤器在什么地方'],
    ['en', "washer won't drain", 'where exactly is that filter?'],
  ])('where the filter is: bottom front behind a small cover (%s)', async (_lang, fault, question) => {
    const c = world.customer(`r21-where-${question}`);
    await c.say(fault);
    const said = await c.say(question);
    expect(said.text).toMatch(/前下方|正面最下方|front bottom|bottom front|front, at the bottom/i);
  });
});

describe('TV picture faults are told apart, round 21', () => {
  it.each([
    ['zh', '电视屏幕下半截特别暗，上半截正常'],
    ['zh', '电视左边一半画面是黑的'],
    ['en', 'the right side of my television picture has gone black'],
    ['en', 'one half of the tv screen is really dim'],
  ])('part of the screen dark is the panel or backlight, for an engineer (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r21-tv-dark-${line}`).say(line);
    expect(said.text).toMatch(/半边屏幕|Half or part of the TV screen/i);
    expect(said.text).toMatch(/工程师|engineer/i);
    expect(said.text).not.toMatch(/有声音没图像|sound but a black screen/i);
  });

  it.each([
    ['zh', '电视画面上有一道横线', '切到菜单界面也一样有'],
    ['zh', '电视中间出现一条亮线', '对，菜单上也有这条线'],
    ['zh', '电视屏幕上有条竖线', '换了信号源也在，菜单里也有'],
    ['en', 'my television has a line going across the picture', 'it is there on the menu as well'],
    ['en', 'there is a stripe down my tv screen', 'yes, it is on every input and on the settings menu too'],
  ])('a line that is on the menu too is not fixed: it goes to an engineer (%s: %s / %s)', async (_lang, fault, menu) => {
    const c = world.customer(`r21-tv-line-${menu}`);
    const first = await c.say(fault);
    expect(first.text).toMatch(/竖线或横线|Lines across the TV screen/i);
    const said = await c.say(menu);
    expect(said.text).not.toMatch(/太好了|glad it'?s working/i);
    expect(said.text).toMatch(/工程师|engineer/i);
  });
});

describe('a dehumidifier that says full when empty, or rattles, round 21', () => {
  it.each([
    ['zh', '除湿机明明没水却一直提示水箱满'],
    ['zh', '抽湿机水箱倒空了满水灯还亮着'],
    ['en', 'the dehumidifier keeps saying the bucket is full but there is nothing in it'],
    ['en', 'my dehumidifier shows tank full even though I just emptied it'],
  ])('the tank seated, the float free, the unit level (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r21-dh-full-${line}`).say(line);
    expect(said.text).toMatch(/浮子|float/i);
    expect(said.text).toMatch(/到位|push it straight in|clicks/i);
    expect(said.text).toMatch(/放平|level/i);
  });

  it.each([
    ['zh', '抽湿机开起来咔咔作响，震得厉害'],
    ['en', 'my dehumidifier makes a loud rattling noise when it runs'],
  ])('a rattle: a flat hard floor, not a carpet (%s)', async (_lang, line) => {
    const said = await world.customer(`r21-dh-rattle-${line}`).say(line);
    expect(said.text).toMatch(/地毯|carpet/i);
    expect(said.text).toMatch(/平整|flat/i);
  });
});
