/**
 * Messages in the middle of a fault or a repair that were read as the wrong thing (session 15, t4):
 * an order named as proof of purchase is no status question; "still the code" or another part failing
 * is no fix; thanks for a past repair closes; putting the visit off stops the form; insisting on a
 * ticket number files nothing; a question about return postage is a question, not a complaint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** What the status lookup says when it finds no ticket in the chat. */
const STATUS_LOOKUP = /还没有您的工单|工单号发给我|don't see a ticket|send me the ticket number/i;

describe('an order named in a repair is proof of purchase, not a status question', () => {
  it.each([
    ['zh', '洗衣机不脱水', '没用', '型号XQB80 去年双十一天猫下的单 订单能查到'],
    ['zh', '洗衣机不脱水', '没用', '不知道', '订单号可以发你 淘宝买的'],
    ['zh', '冰箱冷藏不制冷了', '还是不冷', '不清楚', '网上买的，购买记录我手机里有'],
    ['en', 'my dishwasher will not drain', 'no luck', "don't know", 'I can send you a screenshot of the order'],
    ['en', 'my dishwasher will not drain', 'no luck', 'model SMS46, got it off amazon in march, the receipt email is in my inbox'],
    ['en', 'my dishwasher will not drain', 'no luck', 'not sure', 'bought online, the order is still in my account'],
  ])('the form goes on (%s)', async (_lang, ...lines) => {
    const c = world.customer(`t4-proof-${lines.join('|')}`);
    for (const line of lines.slice(0, -1)) await c.say(line);
    const said = await c.say(lines.at(-1)!);
    expect(said.text).not.toMatch(STATUS_LOOKUP);
    expect(said.tools).not.toContain('ticketStatus');
    expect(said.text).toMatch(/手机|电话|买的|mobile|phone|buy|purchase/i);
  });

  it.each([
    ['zh', '洗衣机不脱水', '没用', '对了 我上个月报修的那个工单到哪了'],
    ['en', 'my dishwasher will not drain', 'no luck', 'also, any update on the ticket I opened last week?'],
  ])('a real status question in the form still asks after the ticket (%s)', async (_lang, ...lines) => {
    const c = world.customer(`t4-status-${lines.join('|')}`);
    for (const line of lines.slice(0, -1)) await c.say(line);
    const said = await c.say(lines.at(-1)!);
    expect(said.text).toMatch(STATUS_LOOKUP);
  });
});

describe('a visit put off in the middle of its booking stops the form', () => {
  /** The questions the booking form asks next. */
  const FORM_QUESTION = /型号|什么时候买|手机号|地址|model number|when did you buy|mobile number|address/i;
  it.each([
    ['zh', '洗衣机不脱水', '没用', '算了 我再自己琢磨琢磨 不行再联系你们'],
    ['zh', '洗衣机不脱水', '没用', '不知道', '好吧 先不约了 谢谢'],
    ['zh', '热水器不出热水', '没用', '行行 不用派师傅了 我们过两天看看'],
    ['en', 'my dishwasher will not drain', 'no luck', "hold off on the booking, we're probably getting a new one"],
    ['en', 'my dishwasher will not drain', 'no luck', "actually, don't send anyone, my brother will have a look"],
    ['en', 'my dishwasher will not drain', 'no luck', "don't know", "I'll give the filter another go first and get back to you"],
    ['zh', '空调不制冷', '没用', '那先不用上门了 等周末我自己清洗下滤网再说'],
    ['en', 'my oven does not heat', 'did not help', "fine, forget the engineer for now, I'll ring you if it gets worse"],
  ])('nothing is booked and they can come back (%s)', async (_lang, ...lines) => {
    const c = world.customer(`t4-putoff-${lines.join('|')}`);
    for (const line of lines.slice(0, -1)) await c.say(line);
    const said = await c.say(lines.at(-1)!);
    expect(said.text).not.toMatch(FORM_QUESTION);
    expect(said.tools).not.toContain('handOff');
    expect(said.text).toMatch(/没有登记|还没提交|随时|isn't filed|no visit|any time/i);
    expect(await c.tickets()).toHaveLength(0);
  });
});

describe('standing by a ticket number that was not found files nothing', () => {
  it.each([
    ['zh', '帮我查下工单 AS-20261120-7KQ4-M9XC', '我没输错 就是短信上发的这个号 你们再查查'],
    ['zh', '查一下 AS-20261121-H3KD-8WQP 到哪了', '号码肯定是对的，麻烦再核实一下'],
    ['en', 'status of AS-20261120-7KQ4-M9XC please', "no typo, that's the exact number from your sms"],
    ['en', 'any update on AS-20261121-H3KD-8WQP?', 'I copied it straight off your text message, please look again'],
  ])('still not found, the phone or a person offered, no ticket (%s)', async (_lang, ask, insist) => {
    const c = world.customer(`t4-insist-${insist}`);
    await c.say(ask);
    const said = await c.say(insist);
    expect(said.text).toMatch(/查不到|doesn't bring up|not find|no ticket/i);
    expect(said.text).toMatch(/手机号|mobile number/i);
    expect(said.text).toMatch(/转人工|human|person/i);
    expect(said.tools).not.toContain('createTicket');
    expect(said.text).not.toMatch(/投诉|complaint/i);
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '帮我查下工单 AS-20261120-7KQ4-M9XC', '确定没错 你们再好好查一下', '号码真的是对的，请再查'],
    ['en', 'status of AS-20261120-7KQ4-M9XC please', "it's definitely right, check again", 'please double check it'],
  ])('insisting twice gets other words, still no ticket (%s)', async (_lang, ask, first, second) => {
    const c = world.customer(`t4-insist-twice-${first}`);
    await c.say(ask);
    const once = await c.say(first);
    const twice = await c.say(second);
    expect(twice.text).not.toBe(once.text);
    expect(twice.text).toMatch(/转人工|human/i);
    expect(await c.tickets()).toHaveLength(0);
  });
});

describe('who pays to send a return back is a question, answered', () => {
  /** What the return-shipping answer says, in either language (the knowledge base's wording may change). */
  const POSTAGE_ANSWER = /运费|邮费|快递|shipping|postage|courier/i;
  it.each([
    ['zh', ['我要退货 买的电饭煲有问题', '寄回去运费要我自己出吗']],
    ['zh', ['洗衣机买了五天就漏水 要换货', '退回去快递费算谁的']],
    ['zh', ['我要退货 买的电饭煲有问题', '昨天签收的', '需要', '网上买的', '那换回来的邮费谁承担']],
    ['en', ['I want to return the kettle, it leaks', 'do I have to pay the postage to send it back?']],
    ['en', ['the blender I bought 4 days ago is broken, I want a refund', 'who covers the shipping when I send it back']],
    ['en', ['the blender I bought 4 days ago is broken, I want a refund', 'yes', 'will I be charged for shipping it back?']],
  ])('answered, nothing filed, the return goes on (%s)', async (_lang, lines) => {
    const c = world.customer(`t4-postage-${lines.join('|')}`);
    for (const line of lines.slice(0, -1)) await c.say(line);
    const said = await c.say(lines.at(-1)!);
    expect(said.text).toMatch(POSTAGE_ANSWER);
    expect(said.text).not.toMatch(/投诉|complaint/i);
    expect(said.tools).not.toContain('createTicket');
    expect(await c.tickets()).toHaveLength(0);
  });
});

describe('thanks for a repair that already worked closes', () => {
  it.each([
    ['zh', '前几天你们师傅上门把热水器修好了，用着挺好，特地来谢谢'],
    ['zh', '上次报修的洗衣机已经修好了，师傅很专业，感谢'],
    ['zh', '上个月工程师来换了个板子，冰箱现在一直没问题，谢谢你们'],
    ['en', 'your guy came out Tuesday and fixed the fridge, running perfectly now. thanks a lot'],
    ['en', 'the technician sorted out our washer last week, working great, just wanted to say thanks'],
    ['en', 'quick note: the engineer repaired the oven yesterday and it heats fine now, much appreciated'],
  ])('thanked back, no symptom asked, nothing filed (%s)', async (_lang, line) => {
    const c = world.customer(`t4-thanks-${line}`);
    const said = await c.say(line);
    expect(said.text).toMatch(/不客气|谢谢您|welcome|thank you/i);
    expect(said.text).not.toMatch(/什么问题|型号|手机号|上门|what'?s the problem|model|mobile|visit|did that fix|抱歉|sorry/i);
    expect(said.tools).not.toContain('createTicket');
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '上周师傅修好了，结果这两天又开始漏水'],
    ['en', 'the engineer fixed it last week but it is leaking again'],
  ])('a repair that did not hold is still a problem to help with (%s)', async (_lang, line) => {
    const said = await world.customer(`t4-thanks-not-${line}`).say(line);
    expect(said.text).not.toMatch(/不客气|welcome/i);
  });
});

describe('the code still there, or another part failing too, is not fixed', () => {
  const GLAD = /解决了就好|能用就好|glad (?:that part|it'?s) work/i;
  /** The booking form's first question: the visit is being booked. */
  const BOOKING = /知道型号|model number/i;
  it.each([
    ['zh', '洗衣机显示E3，而且脱水的时候声音很大', '试了 还是E3'],
    ['zh', '冰箱冷藏不冷，还有咔咔响', '好的 冷冻室现在也软了'],
    ['zh', '冰箱冷藏室不凉了', '嗯 下面冷冻那层也开始化了'],
    ['en', 'my washer shows E3 and is very loud when spinning', 'tried it, still throwing E3'],
    ['en', 'my fridge section is not cold and the light inside is out', 'ok now the freezer side is going soft too'],
    ['en', 'my fridge section is not cold', 'hmm the ice cream in the freezer is melting as well now'],
  ])('the booking follows, never "glad it works" (%s)', async (_lang, fault, after) => {
    const c = world.customer(`t4-notfixed-${fault}-${after}`);
    await c.say(fault);
    const said = await c.say(after);
    expect(said.text).not.toMatch(GLAD);
    expect(said.text).toMatch(BOOKING);
  });

  it.each([
    ['zh', ['冰箱冷藏不冷', '好的 冷冻室现在也软了', '不知道', '不记得', '13912345678', '杭州市西湖区文三路88号3单元502'], /冷藏不冷[^\n]*冷冻室/],
    ['en', ['my fridge section is not cold', 'ok now the freezer side is going soft too', "don't know", "can't remember", '13912345678', '12 Baker Street, Flat 3, London'], /not cold[^\n]*freezer/i],
  ])('the new symptom joins the problem the engineer reads (%s)', async (_lang, lines, problem) => {
    const c = world.customer(`t4-joined-${lines[0]}`);
    const replies = await c.sayAll(...lines);
    expect(replies.at(-1)).toMatch(problem);
  });

  it.each([
    ['zh', '冰箱冷藏不冷，还有咔咔响', '好了 响声也没有了'],
    ['en', 'my fridge section is not cold', 'working again, the freezer is fine as well'],
  ])('good news is still good news (%s)', async (_lang, fault, after) => {
    const c = world.customer(`t4-fine-${fault}-${after}`);
    await c.say(fault);
    const said = await c.say(after);
    expect(said.text).not.toMatch(BOOKING);
  });
});

describe('a proof of purchase named when the date is asked is noted, and its date asked for', () => {
  it.each([
    ['zh', ['洗衣机不脱水', '没用', '不知道', '购买记录我这有'], '2025年3月', /手机号/],
    ['en', ['my dishwasher will not drain', 'no luck', "don't know", 'I can send you a screenshot of the order'], 'March 2025', /mobile number/i],
  ])('the date is what matters (%s)', async (_lang, lines, date, next) => {
    const c = world.customer(`t4-proofdate-${lines.at(-1)}`);
    const replies = await c.sayAll(...lines);
    expect(replies.at(-1)).toMatch(/购买凭证|proof of purchase/i);
    expect(replies.at(-1)).toMatch(/哪天买|purchase date/i);
    expect((await c.say(date)).text).toMatch(next);
  });
});
