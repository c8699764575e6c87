/**
 * The customer's wish read right (issue 16, session 9): a delivery asked about in Chinese is sent to
 * the shop's order page (and "I meant delivery, not broken" switches at once), a new appliance's
 * installation is answered from the policies, "did it go through?" after filing gets the ticket and
 * its next step, "book it then" after an explanation starts the booking, a message with every fact
 * in it is taken whole, the open problem is picked up again after a side question, and a visit is
 * moved to the new time, not the old one. Whole conversations through the offline assistant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const WHERE_DELIVERY = /我的订单|查看物流|物流信息只有卖家|My orders|can see the shipping|can't see shipping/;
const TICKET_ASK = /工单号|AS- 开头|ticket number/;
const REPAIR_FORM = /型号|哪种产品|什么问题|model number|which appliance|what's the problem/i;

describe('a delivery is not a fault nor a ticket', () => {
  it.each([
    ['zh', '上周在天猫下单的烘干机 快递一直显示运输中 还没送到'],
    ['zh', '新买的油烟机几天能到货啊'],
    ['zh', '洗碗机什么时候送货'],
    ['zh', '电饭煲下单五天了还没发货'],
    ['en', "the air fryer I ordered hasn't been delivered yet"],
  ])('is sent to the order page, with no ticket question and no form (%s: %s)', async (_lang, line) => {
    const c = world.customer(`deliv-${line}`);
    const r = await c.say(line);
    expect(r.text).toMatch(WHERE_DELIVERY);
    expect(r.text).not.toMatch(TICKET_ASK);
    expect(r.text).not.toMatch(REPAIR_FORM);
    expect(await c.tickets()).toEqual([]);
  });

  it.each([
    ['zh', '快递还没送到 微波炉', '我问的是配送 没坏'],
    ['zh', '消毒柜 物流三天没动了', '不是故障 是送货的事'],
  ])('"I meant delivery, not broken" switches at once (%s)', async (_lang, first, meant) => {
    const c = world.customer(`deliv-meant-${first}`);
    await c.say(first);
    const r = await c.say(meant);
    expect(r.text).toMatch(WHERE_DELIVERY);
    expect(r.text).not.toMatch(/上门|预约|工程师|情况吗|型号/);
    // Nothing is left open: the next message is read afresh.
    const next = await c.say('好的 谢谢');
    expect(next.text).not.toMatch(/报修|型号/);
  });

  it('an order number sent after that is about the same delivery, not a ticket (zh)', async () => {
    const c = world.customer('deliv-order-number');
    await c.say('买的净水器什么时候送到');
    const r = await c.say('订单号 3208815520341');
    expect(r.text).toMatch(WHERE_DELIVERY);
    expect(r.text).not.toMatch(TICKET_ASK);
  });

  it.each([
    ['zh', '新买的洗碗机 师傅什么时候来装 要收费吗', /安装[^。]*免费/],
    ['zh', '电视到货了 谁来安装', /安装|挂装/],
    ['en', 'my new water heater just arrived, who installs it and is it free?', /installation|install/i],
  ])('a new appliance’s installation is answered from the policies, with no ticket lookup (%s)', async (_lang, line, answer) => {
    const c = world.customer(`install-${line}`);
    const r = await c.say(line);
    expect(r.text).toMatch(answer);
    expect(r.text).not.toMatch(TICKET_ASK);
    // Quoted from the knowledge base, with its source.
    expect(r.text).toMatch(/依据|Based on|Source/);
    expect(r.tools).toContain('searchKnowledge');
    expect(await c.tickets()).toEqual([]);
  });
});

describe('"did it go through?" right after filing', () => {
  it.each([
    ['zh', ['消毒柜不加热 帮我报修', '不知道', '去年', '13912345678', '杭州市拱墅区湖墅南路88号3幢201', '对'], '登记上了没？'],
    ['zh', ['燃气灶打不着火 要报修', '不知道', '前年', '13812345678', '南京市鼓楼区中山北路12号5栋302', '没问题'], '提交成功了吗'],
    ['en', ['my range hood fan is not spinning, book a repair', "don't know", '2024', '13712345678', '5 Huaihai Road, Huangpu District, Shanghai', 'yes'], 'did it go through?'],
    ['en', ['the dryer is not heating, please book an engineer', "don't know", '2023', '13612345678', '9 Binjiang Road, Binjiang District, Hangzhou', 'yes'], 'so is it booked?'],
  ])('confirms the ticket number and what happens next, with no knowledge search (%s)', async (_lang, form, check) => {
    const c = world.customer(`went-through-${check}-${form[0]}`);
    for (const line of form) await c.say(line);
    const [ticket] = await c.tickets();
    const r = await c.say(check);
    expect(r.text).toContain(ticket!.number);
    expect(r.text).toMatch(/提交成功|went through/);
    expect(r.text).toMatch(/打电话|will call/);
    expect(r.text).not.toMatch(/依据|Based on|Source/);
    expect(r.tools).not.toContain('searchKnowledge');
  });
  it.each([
    ['zh', ['电磁炉不加热 帮我报修', '不知道', '前年'], '提交了吗', /还没有提交/, /手机号/],
    ['en', ['my kettle will not boil, book a repair', "don't know", '2024'], 'has it been submitted?', /Not yet/, /phone number|mobile number/],
  ])('asked mid-form, it says not yet and goes on with the form (%s)', async (_lang, form, check, notYet, next) => {
    const c = world.customer(`not-yet-${check}`);
    for (const line of form) await c.say(line);
    const r = await c.say(check);
    expect(r.text).toMatch(notYet);
    expect(r.text).toMatch(next);
    expect(await c.tickets()).toEqual([]);
  });
});

describe('accepting after an explanation books', () => {
  it.each([
    ['zh', '周末师傅能上门修烤箱吗', '行 那你给我安排吧', /什么问题/],
    ['zh', '热水器上门检修收费吗', '那就报修吧', /什么问题/],
    ['en', 'can an engineer come on a saturday to fix a dishwasher?', 'ok book it then', /what's the problem/i],
  ])('after a policy answer, the booking form starts with the product known (%s)', async (_lang, question, accept, next) => {
    const c = world.customer(`accept-${question}`);
    await c.say(question);
    const r = await c.say(accept);
    expect(r.text).toMatch(next);
    expect(r.text).not.toMatch(/哪种产品|我可以帮您排查|Which appliance|I can troubleshoot/);
  });

  it.each([
    ['zh', '净水器出水很慢 上门费多少', '好的 那帮我约一下师傅'],
    ['en', 'my tv has no picture, how much is a home visit?', 'ok go ahead and send someone'],
    ['en', 'my tv has no picture, how much is a home visit?', 'go ahead'],
  ])('after self-help and a fee, the go-ahead books the visit with the fault known, never "glad it works" (%s: %s)', async (_lang, first, accept) => {
    const c = world.customer(`accept-selfhelp-${first}-${accept}`);
    await c.say(first);
    const r = await c.say(accept);
    expect(r.text).not.toMatch(/太好了|glad it's working/);
    expect(r.text).toMatch(/型号|手机号|model|mobile/i);
    expect(r.text).not.toMatch(/什么问题|what's the problem/i);
  });
});

describe('a message with every fact in it is taken whole', () => {
  it.each([
    ['zh', [], '小天鹅洗衣机不排水，13912345678，杭州市西湖区文三路99号2幢501，明天下午，前年买的'],
    ['zh', ['你好'], '方太油烟机不转了 电话13812345678 地址上海市徐汇区漕溪北路88号3号楼502 周六上午 去年5月买的'],
    ['en', ['hello'], 'Whirlpool dryer not heating, bought 2024, 13712345678, Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai, tomorrow afternoon'],
  ])('only what is missing is asked, then the summary holds everything (%s)', async (_lang, before, all) => {
    const c = world.customer(`all-in-one-${all}`);
    for (const line of before) await c.say(line);
    const r = await c.say(all);
    expect(r.text).not.toMatch(/我可以帮您排查家电|I can troubleshoot appliances|手机号|mobile number|地址是哪里|address for the visit|什么时候买|when did you buy/i);
    const summary = r.text.includes('·') ? r : await c.say(/[\u4e00-\u9fff]/.test(all) ? '不知道' : "don't know");
    expect(summary.text).toMatch(/确认一下报修信息|confirm the repair request/);
    expect(summary.text).toMatch(/1[3-9]\d{9}/);
    expect(summary.text).toMatch(/文三路99号|漕溪北路88号|Zhongshan Road/);
    expect(summary.text).toMatch(/方便时间|Preferred time/);
  });

  it('after a failed attempt, the whole line is taken, not the menu (zh)', async () => {
    const c = world.customer('all-in-one-after-fail');
    await c.say('？？');
    const r = await c.say('算了我一次说完 美的冰箱冷冻室不结冰 13612345678 北京市朝阳区建国路88号1栋101 周日下午');
    expect(r.text).not.toMatch(/我可以帮您排查家电|手机号|地址是哪里/);
    expect(r.text).toMatch(/型号|确认一下报修信息|购买/);
  });
});

describe('back to the open problem after a side topic', () => {
  it.each([
    ['zh', '洗衣机脱水时响声很大', '对了 你们周末也上班吗', '那刚才那个问题呢', /洗衣机/],
    ['zh', '冰箱冷藏室漏水', '上门收费吗', '回到我那个漏水的事', /漏水/],
    ['en', 'my fridge makes a loud buzzing noise', 'by the way, how long is the warranty on fridges?', 'ok and the noise?', /noise|noisy/i],
    ['en', 'my dishwasher is not draining', 'do you work on sundays?', 'back to my dishwasher problem', /drain/i],
  ])('picks up that problem’s thread, not the menu nor a search (%s: %s)', async (_lang, problem, side, back, about) => {
    const c = world.customer(`back-${problem}`);
    await c.say(problem);
    await c.say(side);
    const r = await c.say(back);
    expect(r.text).toMatch(/回到您刚才说的问题|Back to your problem/);
    expect(r.text).toMatch(about);
    expect(r.text).not.toMatch(/我可以帮您排查家电|I can troubleshoot appliances|没有确切的资料|don't have reliable information/);
    // The way on is the same as before the side question: "still not working" books the visit.
    const booked = await c.say(/[\u4e00-\u9fff]/.test(back) ? '还是不行' : 'still not working');
    expect(booked.text).toMatch(/型号|手机号|model|mobile/i);
  });
});

describe('moving a visit', () => {
  it.each([
    ['en', 'the visit is tomorrow, can you change it? move it to Tuesday afternoon', /Tue 1 Dec|12月1日（周二）/, /afternoon|下午/],
    ['en', "the engineer is coming tomorrow but I won't be in, can we do Friday morning instead", /Fri 27 Nov|11月27日（周五）/, /morning|上午/],
    ['zh', '预约的是明天上午，帮我改成下周一上午', /11月30日（周一）/, /上午/],
  ])('the new time is said back and put on the ticket, never the old one (%s)', async (lang, move, day, part) => {
    const c = world.customer(`move-${move}`);
    const form =
      lang === 'zh'
        ? ['饮水机不加热 报修', '不知道', '前年', '13812345678', '上海市徐汇区漕溪北路88号 明天下午', '对']
        : ['my oven will not heat, book a repair', "don't know", '2024', '13912345678', '12 Tianmu Road, Xihu District, Hangzhou, tomorrow afternoon', 'yes'];
    for (const line of form) await c.say(line);
    const r = await c.say(move);
    expect(r.text).toMatch(day);
    const [ticket] = await c.tickets();
    expect(ticket!.address).toMatch(day.source.includes('Tue') ? /12月1日/ : day.source.includes('Fri') ? /11月27日/ : /11月30日/);
    expect(ticket!.address).toMatch(part);
    expect(ticket!.address).not.toMatch(/明天|tomorrow/);
  });
});
