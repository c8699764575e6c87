/**
 * Playtest round 12 (issue 16): cancelling a visit whose ticket cannot be proved goes to a person with
 * the request, buying a part is never a repair form, a booking wish after an answer starts the booking.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('wishes read right, round 12', () => {
  it('"then just cancel it" during a reschedule calls off the visit, and an unprovable ticket goes to a person (zh)', async () => {
    const c = world.customer('r12-cancel-zh');
    await c.say('热水器周三的上门想改一下时间');
    await c.say('工单号找不到');
    const cancel = await c.say('那算了，取消吧');
    expect(cancel.text).not.toMatch(/改约[^。]*已取消/);
    const last = await c.say('手机号不记得了，短信也没收到');
    expect(last.text).toMatch(/取消要求/);
    expect(last.tools).toContain('handOff');
    expect(last.text).not.toMatch(/什么问题|型号/);
  });

  it('"forget it, just cancel it" during a reschedule is not the reschedule cancelled (en)', async () => {
    const c = world.customer('r12-cancel-en-move');
    await c.say('can you move my dryer repair visit to saturday');
    await c.say('I cannot find the ticket number');
    const said = await c.say('forget it, just cancel it');
    expect(said.text).not.toMatch(/cancelled the changing/i);
    expect(said.text).toMatch(/cancel|mobile|phone/i);
  });

  it('cancelling without a ticket number or code is recorded for a person (en)', async () => {
    const c = world.customer('r12-cancel-en');
    await c.say("I'd like to cancel my appointment for the oven");
    const last = await c.say("I don't have the ticket number and the text code never came");
    expect(last.text).toMatch(/cancel request/i);
    expect(last.tools).toContain('handOff');
  });

  it.each([
    ['zh', '空气炸锅的炸篮不粘层掉了，想单独买一个炸篮', /买|官方|旗舰店|网点/],
    ['en', 'the blender jug cracked, where can I buy a replacement jug?', /buy|store|shop|service (?:point|centre|center)/i],
  ])('buying a part is answered with where to buy, never a repair form (%s)', async (_lang, line, buy) => {
    const said = await world.customer(`r12-buy-${line}`).say(line);
    expect(said.text).toMatch(buy);
    expect(said.text).not.toMatch(/型号是|what model|what's the problem|试过之后|did that fix/i);
  });

  it.each([
    ['zh', '扫地机的边刷磨秃了', '我没说要修，我是想买两个新边刷'],
    ['en', 'the lid handle of my kettle snapped off', "I didn't say repair, I want to BUY a new lid"],
  ])('"I want to buy, not repair" switches at once (%s)', async (_lang, first, buy) => {
    const c = world.customer(`r12-switch-${first}`);
    await c.say(first);
    const said = await c.say(buy);
    expect(said.text).toMatch(/官方|旗舰店|网点|official|store|service point/i);
    expect(said.text).not.toMatch(/已取消|cancelled|登记维修|register a repair|试过之后|did that fix|型号是|what model/i);
  });

  it('"do you sell ..." is a wish to buy (zh)', async () => {
    const said = await world.customer('r12-sell').say('你们卖不卖吸尘器的海帕滤网');
    expect(said.text).toMatch(/官方|旗舰店|网点/);
  });

  it.each([
    ['en', 'how often should I descale the coffee machine?', 'fine, just book the visit, weekday evening'],
    ['zh', '油烟机多久清洗一次', '那就帮我预约师傅上门清洗吧'],
    ['zh', '燃气热水器需要定期保养吗', '我说了，预约上门保养，工作日晚上'],
  ])('a booking wish after a care answer starts the booking (%s)', async (_lang, care, book) => {
    const c = world.customer(`r12-book-${care}`);
    const first = await c.say(care);
    const next = await c.say(book);
    expect(next.text).not.toBe(first.text);
    expect(next.text).not.toMatch(/I can troubleshoot appliances|我可以帮您排查家电/);
    expect(next.text).toMatch(/问题|型号|地址|电话|手机|时间|problem|model|address|phone|time/i);
  });
});

describe('a correction with an apology is calm', () => {
  it.each([
    ['zh', '燃气灶点不着火，显示E1', '不好意思 我看错了，是E2不是E1'],
    ['en', 'my tumble dryer shows F05', 'sorry my bad, it is F06 not F05'],
  ])('no "sorry for the trouble", no person fetched (%s)', async (_lang, first, fix) => {
    const c = world.customer(`r12-calm-${first}`);
    await c.say(first);
    const said = await c.say(fix);
    expect(said.text).not.toMatch(/抱歉给您添麻烦|sorry for the trouble|truly sorry/i);
    expect(said.tools).not.toContain('handOff');
  });
});
