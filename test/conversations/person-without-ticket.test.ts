/**
 * A request for a person files no ticket when the conversation holds no service request: the
 * customer is queued for people with the handoff's own first-response clock and hears their
 * message is with our team, never a ticket number that does not exist. A booking chased that we
 * cannot find is looked up, never booked afresh with repair questions; a person asked to look
 * into it files nothing; "never mind" or "I'll phone the hotline myself" closes politely.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const TICKET_NUMBER = /AS-\d{8}-/;
const REPAIR_FORM = /型号|什么时候买|购买日期|哪一年买|what model|which model|when did you buy|purchase date|bought it/i;

describe('a bare request for a person', () => {
  it.each([
    ['zh', '别让机器人回我了，给我接个真人客服', /已转给我们的客服团队/],
    ['zh', '烤箱的事，不想跟机器说，直接转人工', /已转给我们的客服团队/],
    ['zh', '热水器 人工服务', /已转给我们的客服团队/],
    ['en', "I won't explain anything to a bot, get me a human", /Your message is with our team/],
    ['en', 'about my tumble dryer. Just transfer me to an agent please', /Your message is with our team/],
    ['en', 'microwave. real person please', /Your message is with our team/],
  ])('is handed to people with no ticket (%s: %s)', async (_lang, line, withTeam) => {
    const c = world.customer(`bare-person-${line}`);
    const said = await c.say(line);
    expect(said.mode).toBe('handoff_requested');
    expect(said.tools).toContain('handOff');
    expect(said.text).toMatch(withTeam);
    expect(said.text).not.toMatch(TICKET_NUMBER);
    expect(said.text).not.toMatch(/工单|ticket/i);
    expect(await c.tickets()).toEqual([]);
  });

  it.each([
    ['zh', '空调的事，找个人工来跟我说', '我的手机是13600001111', /136\*{4}1111/],
    ['en', 'the dishwasher, I just want a real person', 'you can reach me on 13700002222', /137\*{4}2222/],
  ])('a phone left afterwards is kept for the person, with no ticket to put it on (%s)', async (_lang, first, phone, shown) => {
    const c = world.customer(`bare-person-phone-${first}`);
    await c.say(first);
    const said = await c.say(phone);
    expect(said.text).toMatch(shown);
    expect(said.text).not.toMatch(TICKET_NUMBER);
    expect(await c.tickets()).toEqual([]);
    const customer = await world.assistant.desk.customers.resolve({ channel: 'web', externalId: c.ref });
    expect((await world.assistant.desk.customers.get(customer.id)).phone).toBeTruthy();
  });

  it.each([
    ['zh', '洗碗机一直漏水，转人工'],
    ['zh', '电饭煲按键失灵了 我要找人工'],
    ['en', 'my kettle will not switch off by itself, put me through to someone'],
    ['en', 'the fridge is making a loud buzzing noise, I want an agent'],
  ])('with a fault told beside it still files a ticket (%s: %s)', async (_lang, line) => {
    const c = world.customer(`fault-person-${line}`);
    const said = await c.say(line);
    expect(said.tools).toContain('handOff');
    expect(said.text).toMatch(TICKET_NUMBER);
    expect(await c.tickets()).toHaveLength(1);
  });

  it.each([
    ['zh', '你们这服务太差劲了，我要投诉，转人工'],
    ['en', 'this is the worst service ever, I want to make a complaint, get me a manager'],
  ])('a complaint still files a ticket (%s)', async (_lang, line) => {
    const c = world.customer(`complaint-person-${line}`);
    await c.say(line);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
  });
});

describe('a booking we cannot find', () => {
  it.each([
    ['zh', '帮我看下油烟机维修单AS-20261015-KJHG-FDSA到哪一步了', '我确定就是这个号', '那你叫个同事帮我查一下吧'],
    ['zh', '我上周报修了冰箱，单号AS-20261116-POIU-YTRE，怎么还没动静', '短信上写的就是这个', '请一位工作人员帮我核实一下'],
    ['en', 'any news on my cooker hood repair? ref AS-20261012-WSXE-DCRF', 'that is exactly the number in the text', 'fine, have somebody track it down'],
    ['en', 'checking my freezer booking AS-20261118-MNBV-LKJH', 'no, I copied it from the message', 'ok then get someone to look into it'],
  ])('a person asked to look into it files no new ticket (%s)', async (_lang, first, insist, person) => {
    const c = world.customer(`lost-person-${first}`);
    await c.say(first);
    await c.say(insist);
    const said = await c.say(person);
    expect(said.tools).toContain('handOff');
    expect(said.mode).toBe('handoff_requested');
    expect(said.text).not.toMatch(TICKET_NUMBER);
    expect(await c.tickets()).toEqual([]);
  });

  it.each([
    ['zh', '麻烦查一下吸尘器报修AS-20261102-QWAS-ZXCV的进度', '吸尘器还是吸不上灰，师傅到底哪天来'],
    ['zh', '查询工单AS-20261107-RFVT-GBYH', '电视一直黑屏，啥时候派人来修'],
    ['en', 'status of my range hood repair AS-20261104-TGBY-HNUJ please', 'the hood still will not turn on, when is the technician coming?'],
    ['en', 'can you check booking AS-20261106-IKOL-PUJY for my washer', "where's the engineer? it still doesn't spin"],
  ])('chasing it is no repair form (%s)', async (_lang, first, chase) => {
    const c = world.customer(`lost-chase-${first}`);
    await c.say(first);
    const said = await c.say(chase);
    expect(said.text).not.toMatch(REPAIR_FORM);
    expect(said.text).toMatch(/手机号|mobile number|phone/i);
    expect(await c.tickets()).toEqual([]);
  });

  it.each([
    ['zh', '帮我查下净水器工单AS-20261109-EDCX-SWQA', '不用查了，我回头自己打你们热线'],
    ['zh', '空调移机的单子AS-20261110-YHNM-JUKI怎么样了', '算了算了'],
    ['en', 'what is happening with ticket AS-20261101-OKMN-IJBH for my air purifier', "forget it, I'll call your customer service line myself"],
    ['en', 'my booking AS-20261103-PLOK-MIJN, is the visit still on?', 'never mind'],
  ])('giving up closes politely, with no person called and nothing filed (%s)', async (_lang, first, stop) => {
    const c = world.customer(`lost-stop-${first}`);
    await c.say(first);
    const said = await c.say(stop);
    expect(said.tools).not.toContain('handOff');
    expect(said.mode).toBe('bot');
    expect(said.text).toMatch(/热线|留言|hotline|message us/i);
    expect(said.text).not.toMatch(REPAIR_FORM);
    expect(await c.tickets()).toEqual([]);
  });
});
