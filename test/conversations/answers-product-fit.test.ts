/**
 * Answers that fit the product (issue 16, "answers"): a carried-in device (a kettle, a laptop,
 * earbuds, a smartwatch) is taken or posted to a service centre, so no call-out fee, visit or
 * engineer arriving is promised; liquid in a device gets first aid and the accidental-damage
 * rule; consumables get where to buy, how often and whether the warranty covers them. Products
 * and wordings are our own, not the playtester's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** One new customer says the lines in turn: each turn's reply text. */
const chat = (...lines: string[]): Promise<string[]> => world.customer(`fit-${++n}`).sayAll(...lines);

const VISIT_WORDS = /上门费|上门维修|工程师上门|师傅上门|call-out fee \(|engineer visit|arrange the visit|address for the visit/i;

describe('carried-in products hear about the service centre, never a visit', () => {
  it('a kettle owner asking about the call-out fee hears there is none (zh)', async () => {
    const [reply] = await chat('电水壶不加热了，你们上门维修收费吗');
    expect(reply).toMatch(/服务中心|售后网点/);
    expect(reply).not.toMatch(/上门检测收取上门费|市区示例50元/);
  });

  it('a smartwatch owner asking about the call-out fee hears about the service centre (en)', async () => {
    const [reply] = await chat('Do you charge a call-out fee to repair a smartwatch?');
    expect(reply).toMatch(/service centre|mail-in/i);
    expect(reply).not.toMatch(/sample rate 50 CNY/);
  });

  it('a fridge keeps the visit fee rule', async () => {
    const [reply] = await chat('冰箱坏了叫师傅上门维修收费吗');
    expect(reply).toMatch(/上门费/);
    expect(reply).not.toMatch(/送修、寄修|没有上门费/);
  });

  it('a laptop repair is registered as a drop-off or mail-in, with no visit promised', async () => {
    const replies = await chat("my laptop won't turn on at all", 'still not working', 'yes', "don't know", 'March 2025', '13912345678', 'Tianhe District, Guangzhou', 'yes');
    const form = replies.slice(2).join('\n');
    expect(form).not.toMatch(VISIT_WORDS);
    expect(form).not.toMatch(/engineer will/i);
    expect(replies.at(-1)).toMatch(/Filed: ticket AS-/);
    expect(replies.at(-1)).toMatch(/service centre|mail-in/i);
  });
});

describe('liquid in a device', () => {
  it('a tablet dropped in the bath gets first aid, the rice myth and the cover (zh)', async () => {
    const [reply] = await chat('平板掉进浴缸里了，捞出来还亮着，怎么办');
    expect(reply).toMatch(/关机/);
    expect(reply).toMatch(/米/);
    expect(reply).toMatch(/不要充电|拔掉充电器/);
    expect(reply).toMatch(/意外/);
  });

  it('juice on a laptop gets first aid and the accidental-damage rule (en)', async () => {
    const [reply] = await chat('Spilled orange juice all over my laptop. What now?');
    expect(reply).toMatch(/turn it off/i);
    expect(reply).toMatch(/rice/i);
    expect(reply).toMatch(/not covered/i);
  });

  it('earbuds through the wash: covered? is answered without asking the purchase date', async () => {
    const [reply] = await chat('My earbuds went through the washing machine. Is that covered under warranty?');
    expect(reply).toMatch(/accidental damage/i);
    expect(reply).not.toMatch(/when did you buy/i);
  });

  it('a laptop fault with no liquid is not told about spills', async () => {
    const [reply] = await chat('the keyboard on my laptop stopped working');
    expect(reply).not.toMatch(/rice|spill|liquid/i);
  });
});

describe('consumables and accessories', () => {
  it('how often a purifier cartridge is changed, and whether a third-party one voids the warranty (zh)', async () => {
    const [reply] = await chat('净水器滤芯多久换一次？买第三方的滤芯会不会就不保修了');
    expect(reply).toMatch(/个月/);
    expect(reply).toMatch(/非原装/);
    expect(reply).not.toMatch(/没有确切的资料/);
  });

  it('table salt in a dishwasher (en)', async () => {
    const [reply] = await chat('Can I just use normal table salt in my dishwasher?');
    expect(reply).toMatch(/dishwasher salt/i);
    expect(reply).toMatch(/never table/i);
  });

  it('where to buy descaler and whether it is covered (en)', async () => {
    const [reply] = await chat('Where can I buy descaler for my coffee machine, and is it covered by the warranty?');
    expect(reply).toMatch(/official/i);
    expect(reply).toMatch(/not covered/i);
    expect(reply).not.toMatch(/register a repair/i);
  });

  it('a coffee machine that gives no water is a fault, not a descaling lecture', async () => {
    const [reply] = await chat('咖啡机按了没反应，不出咖啡');
    expect(reply).not.toMatch(/除垢剂是耗材/);
  });
});
