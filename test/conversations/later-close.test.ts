/**
 * The customer steps away politely while a visit is offered or a booking question is open ("I'll
 * look for the manual first, thanks"): a short goodbye that leaves the door open, never the next
 * slot question nor a booking taken as a yes. What was said is kept, so coming back carries on.
 * Wordings are our own, several per language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const customer = () => world.customer(`later-${++n}`);

const SLOT_QUESTION = /型号|什么时候买|电话|地址|model|when did you buy|phone|address/i;
const GOODBYE = { zh: /不着急[\s\S]*随时找我/, en: /take your time[\s\S]*message me/ };

describe('stepping away at an offer or an open question', () => {
  it.each([
    ['zh', '美的空调显示A7', '好的 那我先翻翻说明书 谢谢啦'],
    ['zh', '洗碗机面板显示X3，一直闪', '行，我先问问我老公，谢谢'],
    ['en', 'my Haier washer is flashing Q9', "ok, I'll dig out the manual first, thank you"],
    ['en', 'the dishwasher display says X3 and stops', 'right, let me talk to my wife first and get back to you'],
  ])('at a visit offered: a short goodbye, nothing booked (%s: %s)', async (lang, first, second) => {
    const c = customer();
    const [, reply] = await c.sayAll(first, second);
    expect(reply).toMatch(GOODBYE[lang as 'zh' | 'en']);
    expect(reply).not.toMatch(SLOT_QUESTION);
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '冰箱冷藏室不凉', '没好', '好吧 我先去看看铭牌 过会儿再说', '型号是BCD-470WDPG'],
    ['en', 'the fridge is not cold', 'no', "alright, I'll check the label first, thanks", 'the model is BCD-470WDPG'],
  ])('at a booking question: goodbye, and the booking carries on when they come back (%s)', async (lang, fault, no, later, model) => {
    const [, , reply, back] = await customer().sayAll(fault, no, later, model);
    expect(reply).toMatch(GOODBYE[lang as 'zh' | 'en']);
    expect(reply).not.toMatch(SLOT_QUESTION);
    expect(back).toMatch(lang === 'zh' ? /什么时候买|购买/ : /when did you buy/i);
  });
});
