/**
 * Round 16: a request to book is a request to book at every stage. After the self-help steps, a
 * message that asks for a visit with a time starts the booking and keeps the time; a yes after our
 * offer to register answers that offer, not the "did that fix it?" before it; the symptom still
 * there is "not fixed"; and at the summary a yes with a charge or warranty question files it and
 * answers the charge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const GLAD = /glad it's working|能用就好/i;
const NO_INFO = /reliable information|确切的?资料/;
/** The booking has started: its first question is the model. */
const BOOKING = /model number|型号/i;

async function afterSteps(ref: string, first: string) {
  const c = world.customer(ref);
  const steps = await c.say(first);
  expect(steps.text).toMatch(/Did that fix it\?|试过之后好了吗/);
  return c;
}

describe('after the steps, a visit asked for with a time', () => {
  it.each([
    ['zh', '热水器不出热水了，面板也不亮', '试了没用，想约个师傅上门看看，周四或者周五上午行吗', /周四|周五/],
    ['zh', '洗衣机不排水，桶里都是水', '弄了还是那样，麻烦派个师傅过来，下周一下午可以吗？', /周一/],
    ['en', 'my washing machine will not drain, the drum is full of water', "no luck with that, I'd like someone to come out, Thursday or Friday morning?", /Thu|Fri/],
    ['en', 'the electric water heater gives no hot water at all', 'that did nothing. can you send an engineer round, maybe Monday afternoon next week?', /Mon/],
  ])('starts the booking and keeps the time (%s: %s)', async (_lang, first, line, day) => {
    const c = await afterSteps(`r16-req-time-${line}`, first);
    const said = await c.say(line);
    expect(said.text).not.toMatch(NO_INFO);
    expect(said.text).not.toMatch(GLAD);
    expect(said.text).toMatch(BOOKING);
    expect(said.text).toMatch(day);
    // The time is on the booking, not only said back.
    const more = await c.say(_lang === 'zh' ? '型号不知道' : "don't know the model");
    expect(more.text).not.toMatch(GLAD);
  });
});

describe('a yes to the offer to register answers the offer', () => {
  it.each([
    ['zh', '洗碗机不排水，底下积着水', '排水泵是哪个国家生产的', '需要，帮我登记一下吧'],
    ['zh', '洗碗机不排水，底下积着水', '排水泵是哪个国家生产的', '好的 麻烦了'],
    ['en', "my dishwasher isn't draining, water sits in the bottom", 'which country is the drain pump made in?', 'sure, do that'],
    ['en', "my dishwasher isn't draining, water sits in the bottom", 'which country is the drain pump made in?', 'yes please, register it for an engineer'],
  ])('books instead of "glad it works" (%s: $3)', async (_lang, first, question, yes) => {
    const c = await afterSteps(`r16-req-offer-${question}-${yes}`, first);
    const offer = await c.say(question);
    expect(offer.text).toMatch(/I can register it|我可以帮您登记/);
    const said = await c.say(yes);
    expect(said.text).not.toMatch(GLAD);
    expect(said.text).toMatch(/model number|型号/i);
  });

  it.each([
    ['zh', '洗碗机不排水，底下积着水', '好了'],
    ['en', "my dishwasher isn't draining, water sits in the bottom", 'yes'],
  ])('a yes to "did that fix it?" still says it works (%s)', async (_lang, first, yes) => {
    const c = await afterSteps(`r16-req-fixed-${yes}`, first);
    expect((await c.say(yes)).text).toMatch(GLAD);
  });
});

describe('the symptom still there is not fixed', () => {
  it.each([
    ['zh', '洗碗机不排水，底下积着水', '过滤网洗过了，里面还有积水'],
    ['zh', '洗碗机不排水，底下积着水', '照着弄了，底下的水还在'],
    ['zh', '洗衣机不排水，桶里都是水', '清了排水泵过滤器，水还是排不出去'],
    ['en', "my dishwasher isn't draining, water sits in the bottom", 'ran another cycle and there is still water in the base'],
    ['en', "my dishwasher isn't draining, water sits in the bottom", "rinsed the filter, there's still a puddle in the bottom"],
    ['en', 'my washing machine will not drain, the drum is full of water', "cleaned the pump filter, it hasn't drained, still water in the drum"],
  ])('books (%s: $2)', async (_lang, first, line) => {
    const c = await afterSteps(`r16-req-still-${line}`, first);
    const said = await c.say(line);
    expect(said.text).not.toMatch(GLAD);
    expect(said.text).toMatch(BOOKING);
  });
});

const ZH_BOOKING = ['油烟机吸力变得很小，麻烦派师傅来看看，电话13811112222，地址上海市徐汇区漕溪北路100弄5号602', '型号记不得了', '前年买的'];
const EN_BOOKING = [
  'my cooker hood has lost most of its suction, it needs a repair',
  'no idea of the model',
  'bought it in March 2025',
  '13811112222',
  '100 Caoxi North Road, Xuhui District, Shanghai, flat 602',
];

describe('a yes with a charge question at the summary', () => {
  it.each([
    ['zh', ZH_BOOKING, '对 得付钱吗？应该还在保修吧'],
    ['zh', ZH_BOOKING, '是的 要花钱吗 还在保修期内吧'],
    ['en', EN_BOOKING, 'yes that is right. will I be paying for this? it ought to be under warranty'],
    ['en', EN_BOOKING, 'correct - do I have to pay anything? still covered I think'],
  ])('files it and answers the charge (%s: $2)', async (lang, lines, line) => {
    const c = world.customer(`r16-req-summary-${line}`);
    let last = await c.say(lines[0]!);
    for (const l of lines.slice(1)) last = await c.say(l);
    expect(last.text).toMatch(/确认一下|confirm the/i);
    const said = await c.say(line);
    expect(said.tools).toContain('createTicket');
    expect(said.text).toMatch(lang === 'zh' ? /已提交/ : /Filed/);
    expect(said.text).toMatch(lang === 'zh' ? /上门费/ : /call-out fee/);
    expect(said.text).not.toMatch(/回复“对”|reply "yes"/i);
    expect(await c.tickets()).toHaveLength(1);
  });
});
