/**
 * Declining what the bot offered (self-help, a visit, a return) closes politely; it never announces
 * the cancellation of something the customer did not start ("故障排查已取消"). Calling off a request
 * to cancel or move a visit says the visit stands, not "the request to cancel is cancelled". A form
 * the customer did start keeps its "已取消".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ANNOUNCED = /已取消|cancelled|canceled/i;

describe('declining an offer closes politely', () => {
  it.each([
    ['zh', '洗衣机甩干的时候不转', '不用了'],
    ['zh', '冰箱冷藏不凉了', '不需要，谢谢'],
    ['zh', '油烟机吸力变小了', '算了吧'],
    ['en', 'my dishwasher leaves water at the bottom', 'no thanks'],
    ['en', 'the fridge is not cold enough', 'no need, thank you'],
    ['en', 'the oven does not heat', 'never mind'],
  ])('"no" to self-help or a visit offer (%s: %s / %s)', async (lang, fault, no) => {
    const c = world.customer(`decline-${fault}`);
    await c.say(fault);
    const said = await c.say(no);
    expect(said.text).not.toMatch(ANNOUNCED);
    expect(said.text).not.toMatch(/故障排查|troubleshooting/i);
    expect(said.text).toMatch(lang === 'zh' ? /好的/ : /\bOK\b|sure|no problem/i);
    expect(await c.tickets()).toEqual([]);
  });
});

describe('calling off a change to a visit leaves the visit as it was', () => {
  it.each([
    ['zh', '我想取消明天师傅上门', '算了，不取消了'],
    ['zh', '帮我把洗衣机的上门取消掉', '还是别取消了'],
    ['en', 'I want to cancel the engineer visit tomorrow', 'never mind'],
    ['en', 'please cancel my fridge repair appointment', "actually forget it, don't cancel"],
  ])('a request to cancel a visit, called off (%s: %s)', async (lang, ask, off) => {
    const c = world.customer(`keep-visit-${ask}`);
    await c.say(ask);
    const said = await c.say(off);
    expect(said.text).not.toMatch(/取消上门申请已取消|cancelled the request/i);
    expect(said.text).toMatch(lang === 'zh' ? /不取消|照旧/ : /won't cancel|stays/i);
    expect(said.tools).not.toContain('updateTicket');
  });

  it.each([
    ['zh', '热水器周三的上门想改个时间', '算了，不改了'],
    ['en', 'can you move my dryer repair visit to saturday', 'forget it, leave it as it is'],
  ])('a request to move a visit, called off (%s)', async (lang, ask, off) => {
    const c = world.customer(`keep-time-${ask}`);
    await c.say(ask);
    const said = await c.say(off);
    expect(said.text).not.toMatch(ANNOUNCED);
    expect(said.text).toMatch(lang === 'zh' ? /不改|照旧/ : /won't change|booked time/i);
  });
});

describe('a form the customer started keeps its cancel wording', () => {
  it.each([
    ['zh', '我要报修', '冰箱', '算了 先不修了', /报修已取消/],
    ['en', 'I want to book a repair', 'the washing machine', 'forget it, cancel that', /cancelled the repair booking/],
  ])('(%s)', async (_lang, start, product, stop, wording) => {
    const c = world.customer(`form-cancel-${start}`);
    await c.say(start);
    await c.say(product);
    expect((await c.say(stop)).text).toMatch(wording);
  });
});
