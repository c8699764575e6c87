/**
 * The knowledge base holds the answer; the bot must find that case and give its steps: weak hood
 * suction said in everyday (and Cantonese) words, a known code with a repair asked for (its quick
 * steps first, then the form), a washer frozen in the cold, a drum full of water behind a locked
 * door (the emergency drain), a plain-words meaning for a communication code, poor TV picture
 * quality, and an air conditioner that blows warm air in cooling. In Chinese and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('weak hood suction finds the suction case and its filter washing', () => {
  it('traditional Cantonese: no pull and the flat smells of frying', async () => {
    const said = await world.customer('hood-hk').say('部抽油煙機而家冇咩吸力，煮完餸周圍都係油煙');
    expect(said.text).toMatch(/吸力小/);
    expect(said.text).not.toMatch(/倒灌/);
    expect(said.text).toMatch(/洗潔精|小蘇打/);
  });

  it('English: the extractor barely draws and the house smells of cooking', async () => {
    const said = await world.customer('hood-en').say('the extractor over my stove barely draws anything, the house reeks of cooking');
    expect(said.text).toMatch(/suction weak/i);
    expect(said.text).not.toMatch(/backing up/i);
    expect(said.text).toMatch(/soak it .*washing-up liquid/i);
  });
});

describe('after the steps, a neglected part and how to clean it are answered from the case', () => {
  it('traditional Cantonese: the filter was never washed, and whether soda can soak it', async () => {
    const c = world.customer('hood-hk-follow');
    await c.say('抽油煙機越嚟越冇力，成個廚房都係油煙');
    const neglect = await c.say('啲隔油網兩年都冇洗過');
    expect(neglect.text).toMatch(/第1步/);
    expect(neglect.text).toMatch(/油網/);
    const how = await c.say('要點樣洗？用梳打粉浸得唔得？');
    expect(how.text).toMatch(/小蘇打|洗潔精/);
    expect(how.text).not.toMatch(/沒有確切的資料/);
  });

  it('English: the filter has never been washed, and whether dish soap is fine', async () => {
    const c = world.customer('hood-en-follow');
    await c.say('our cooker hood lost its suction, the kitchen fills up with frying smoke');
    const neglect = await c.say('honestly the grease filter has never been washed');
    expect(neglect.text).toMatch(/step 1/i);
    const how = await c.say('how do I wash it, is it ok to soak it in dish soap?');
    expect(how.text).toMatch(/washing-up liquid|baking soda/i);
    expect(how.text).not.toMatch(/no reliable information/i);
  });
});

describe('a known code with a repair asked for gives the quick steps, then the form', () => {
  it('Chinese: rice cooker code and 帮我安排维修', async () => {
    const said = await world.customer('rc-zh').say('美的电饭煲一直报E4，煮不了饭，麻烦帮我送修');
    expect(said.text).toMatch(/顶部温度传感器|上盖晾干/);
    expect(said.text).toMatch(/登记报修/);
    // The form still goes on in the same reply.
    expect(said.text).toMatch(/型号/);
  });

  it('English: a lid code and "I want it fixed"', async () => {
    const said = await world.customer('rc-en').say('our Supor rice cooker flashes E3 and will not cook, I want it fixed');
    expect(said.text).toMatch(/lid sensor|let the lid dry/i);
    expect(said.text).toMatch(/model/i);
  });

  it('a code the base does not hold goes straight to the form, with no other code’s steps', async () => {
    const said = await world.customer('rc-unknown').say('格力空调显示E9，我要报修');
    expect(said.text).not.toMatch(/一般是「/);
    expect(said.text).toMatch(/型号/);
  });
});

describe('a washer frozen in the cold', () => {
  it('Chinese: kept outside in a hard frost with a drain fault', async () => {
    const said = await world.customer('frozen-zh').say('洗衣机在露台上，这几天零下十几度，一开机就提示排水故障');
    expect(said.text).toMatch(/冻|结冰/);
    expect(said.text).toMatch(/温水/);
    expect(said.text).toMatch(/不要用开水/);
  });

  it('English: "it\'s -12" is the weather, not a code', async () => {
    const said = await world.customer('frozen-en').say("the washing machine lives on our balcony, it's -12 tonight and now it flags a drain fault");
    expect(said.text).not.toMatch(/S12/);
    expect(said.text).toMatch(/frozen|freezing/i);
    expect(said.text).toMatch(/never boiling/i);
  });
});

describe('a drum full of water behind a locked door', () => {
  it('Chinese: Bosch F21, the laundry is soaking and the door will not open', async () => {
    const said = await world.customer('f21-zh').say('博世滚筒报F21，一桶水泡着衣服，门也开不了');
    expect(said.text).toMatch(/应急排水/);
    expect(said.text).toMatch(/浅盆|托盘/);
  });

  it('English: Siemens F21 with the wash trapped in water', async () => {
    const said = await world.customer('f21-en').say('Siemens washer F21, the load is sitting in water and I cannot get it out');
    expect(said.text).toMatch(/emergency drain hose/i);
    expect(said.text).toMatch(/shallow tray/i);
  });
});

describe('plain words for what a code means and for a poor picture', () => {
  it('English: Daikin U4 is a link fault between the two units', async () => {
    const said = await world.customer('u4-en').say('the Daikin split unit came up with U4 this morning');
    expect(said.text).toMatch(/between the indoor and outdoor units/i);
  });

  it.each([
    ['tv-zh', '刚到货的电视看着特别模糊，一点都不清晰', /画质差/],
    ['tv-en', 'the image on the TV we just bought is really fuzzy and grainy', /picture quality/i],
  ])('%s: poor picture quality is not "picture but no sound"', async (ref, text, expected) => {
    const said = await world.customer(ref).say(text);
    expect(said.text).toMatch(expected);
    expect(said.text).not.toMatch(/没有声音|no sound|静音|mute/i);
  });
});

describe('an air conditioner blowing warm air while cooling', () => {
  it.each([
    ['ac-zh', '冷气最近都不凉了，出来的全是暖风', /不制冷/],
    ['ac-en', 'the aircon on cool mode only blows hot air now', /not cooling/i],
  ])('%s: finds not cooling, not not heating', async (ref, text, expected) => {
    const said = await world.customer(ref).say(text);
    expect(said.text).toMatch(expected);
    expect(said.text).not.toMatch(/不制热|not heating/i);
  });
});
