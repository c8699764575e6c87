/**
 * Playtest round 14: while a customer waits for a person, inside business hours with nobody free
 * (a Sunday, 17:15 in China). "Nobody is online" and "we work 8–20" are one account, and "which
 * is it?" gets a plain answer; a time quoted back is never "noted on the ticket"; promised times
 * are on the hour; nothing already given is asked for, no line is said twice in one reply; "how
 * long will I wait" gets the contact-by time; "who sorts out the refund" gets who does what. And a
 * return or exchange is either filed or waiting for a yes, never both, and never a repair form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promiseTime } from '../../bot/engine/wording';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Sunday 6 Dec 2026, 17:15 in Shanghai: inside the desk's hours, nobody has it open.
  world = await openWorld({}, '2026-12-06T09:15:00Z');
});
afterAll(() => world.close());

const NO_ANSWER = /没有确切的资料|查不到可靠|没法确认|no reliable|nothing reliable|can't confirm|isn't something I can confirm/i;
const minutes = (text: string): string[] => [...text.matchAll(/\b\d{1,2}:(\d{2})\b/g)].map((m) => m[1]!);

async function waiting(ref: string, first: string): Promise<{ c: Customer; handed: string }> {
  const c = world.customer(ref);
  const said = await c.say(first);
  const handed = said.mode === 'handoff_requested' ? said : await c.say(/[\u4e00-\u9fff]/.test(first) ? '转人工' : 'I want to talk to a person');
  expect(handed.mode).toBe('handoff_requested');
  return { c, handed: handed.text };
}

describe('nobody free inside business hours, said as one account', () => {
  it.each([
    ['zh', '洗衣机漏水漏了一地，我要找人工', '你前面说没人在线，现在又说每天8点到20点都有人，到底哪个对？', '客服周末上不上班？什么时候会联系我'],
    ['zh', '烤箱门玻璃裂了 转人工', '一会儿说没有客服，一会儿说八点到晚上八点上班，究竟有没有人？', '你们周末有人上班吗，几点会打给我'],
    [
      'en',
      'my fridge is warm inside, let me talk to a human',
      'you said no agent was online, then that the desk works 8:00 to 20:00 - which one is true?',
      'do your agents work weekends? when will someone contact me?',
    ],
    [
      'en',
      'the dishwasher door hinge broke, I want a person',
      "wait, nobody's online but agents work 8 to 20 every day? you said both, make up your mind",
      'is anyone working on Sundays? what time will I get a call?',
    ],
  ])('the hours and "nobody free" fit together, and "which is it" is answered plainly (%s)', async (lang, first, clash, hours) => {
    const { c, handed } = await waiting(`r14-hours-${first}`, first);
    // Said inside the hours: not a bare "nobody is online" without saying why.
    expect(handed).not.toMatch(/现在没有人工客服在线|No agent is online right now/);
    expect(handed).toMatch(lang === 'zh' ? /没有空闲/ : /none of them is free/);
    const work = await c.say(hours);
    expect(work.text).toMatch(lang === 'zh' ? /上班时间[^。]*忙/ : /within those hours now[^.]*busy/);
    const answer = await c.say(clash);
    expect(answer.text).toMatch(lang === 'zh' ? /抱歉没说清楚[\s\S]*8:00–20:00[\s\S]*忙[\s\S]*最迟 .+ 前会有人联系您/ : /Sorry, I put that badly[\s\S]*8:00–20:00[\s\S]*busy[\s\S]*by \d/);
    // The times quoted back are not a preferred time to note.
    expect(answer.text).not.toMatch(/记在工单|on the ticket (?:so|for)/);
    expect(answer.text).not.toMatch(NO_ANSWER);
  });

  it.each([
    ['zh', '热水器不出热水了，转人工', '明天下午三点以后我在家，那时候打给我行吗？', /明天[\s\S]*记在工单/],
    ['en', 'my oven will not heat, get me a person', "I'm free after 6pm tomorrow, can someone call me then?", /tomorrow[\s\S]*on the ticket/],
  ])('a time the customer offers is still noted (%s)', async (_lang, first, offer, noted) => {
    const { c } = await waiting(`r14-offer-${first}`, first);
    const said = await c.say(offer);
    expect(said.text).toMatch(noted);
  });

  it.each([
    ['zh', '空调外机冒烟了', '客服周末上班吗'],
    ['en', 'smoke is coming out of the back of my tumble dryer', 'do your agents work on weekends?'],
  ])("a question about the desk's days notes nothing (%s)", async (_lang, first, ask) => {
    const { c } = await waiting(`r14-days-${first}`, first);
    const said = await c.say(ask);
    expect(said.text).not.toMatch(/记在工单|on the ticket (?:so|for)/);
  });
});

describe('promised times a person would say', () => {
  it('rounds a deadline up to the hour, never earlier', () => {
    // 18:17 and 17:16 in China: by 19:00 and by 18:00.
    expect(promiseTime('2026-12-06T10:17:00Z', 'zh', undefined, new Date('2026-12-06T09:15:00Z'))).toBe('12月6日 19:00');
    expect(promiseTime('2026-12-08T09:16:00Z', 'en', undefined, new Date('2026-12-06T09:15:00Z'))).toBe('8 Dec, 18:00');
    // Already on the hour: kept.
    expect(promiseTime('2026-12-07T02:00:00Z', 'zh', undefined, new Date('2026-12-06T09:15:00Z'))).toBe('12月7日 10:00');
  });

  it.each([
    ['zh', '电磁炉用着用着自己断电了，投诉，转人工', '我的工单到哪一步了'],
    ['en', 'my microwave sparks inside, I want a person', 'what is the status of my ticket?'],
  ])('every time said while waiting is on the hour (%s)', async (_lang, first, status) => {
    const { c, handed } = await waiting(`r14-round-${first}`, first);
    const said = await c.say(status);
    for (const m of [...minutes(handed), ...minutes(said.text)]) expect(m).toBe('00');
  });
});

describe('nothing asked for twice, no line twice', () => {
  it.each([
    ['zh', '洗碗机插头烧焦了冒烟，转人工', '13812345678，客服周末也上班吗？什么时候打给我'],
    ['en', 'the kettle base is smoking and smells burnt', '13812345678 - do your agents work weekends? when will they call me?'],
  ])('a phone given with a question is not asked for again in the same reply (%s)', async (_lang, first, withPhone) => {
    const { c } = await waiting(`r14-phone-${first}`, first);
    const said = await c.say(withPhone);
    expect(said.text).toMatch(/138\*\*\*\*5678/);
    expect(said.text).not.toMatch(/留个手机号|手机号发给我|leave a phone number|send me your mobile/i);
  });

  it.each([
    ['zh', '电暖器有焦味还在冒烟', '还在冒烟，越来越大了'],
    ['en', 'my space heater smells of burning and is smoking', 'it is still smoking, worse now'],
  ])('the safety pointer is said once in a reply (%s)', async (_lang, first, again) => {
    const { c } = await waiting(`r14-safety-${first}`, first);
    const said = await c.say(again);
    const pointers = said.text.match(/按上面的安全提示|safety advice above/gi) ?? [];
    expect(pointers.length).toBeLessThanOrEqual(1);
  });
});

describe('questions while waiting answered with what is known', () => {
  it.each([
    ['zh', '冰箱压缩机不停机 转人工', '要等到几点才有人管我？'],
    ['zh', '油烟机吸力很弱，转人工', '我还得等多长时间'],
    ['en', 'my washer drum is stuck, put me through to a person', 'How long will I be waiting?'],
    ['en', 'my TV has sound but no picture, human please', 'how long is this going to take?'],
  ])('the wait gets the contact-by time (%s: %s)', async (lang, first, ask) => {
    const { c } = await waiting(`r14-wait-${first}`, first);
    const said = await c.say(ask);
    expect(said.text).toMatch(lang === 'zh' ? /最迟 \d+月\d+日 \d\d:00 前会有人联系您/ : /by \d+ \w{3}, \d\d:00/);
    expect(said.text).not.toMatch(NO_ANSWER);
  });

  it.each([
    ['zh', '咖啡机修了两次还漏水，我要退钱，转人工', '退款是你们去办还是我自己去找卖家？'],
    ['zh', '扫地机器人坏了要换新的 找人工', '换货谁来处理？要我自己跑门店吗'],
    ['en', 'my blender broke again after two repairs, I want a refund and a person', 'Will the person sort out the refund or do I have to go to the shop?'],
    ['en', 'this air purifier is faulty, I want an exchange, get me a human', 'who handles the exchange - do I need to contact the seller myself?'],
  ])('who does what in a refund or exchange (%s: %s)', async (lang, first, ask) => {
    const { c } = await waiting(`r14-who-${first}`, first);
    const said = await c.say(ask);
    expect(said.text).toMatch(lang === 'zh' ? /人工客服去和卖家、品牌核对办理[\s\S]*准备好/ : /takes the refund or exchange up with the seller[\s\S]*Have ready/);
    expect(said.text).not.toMatch(/到账|工作日内|business days|Alipay|支付宝/);
  });
});

describe('the one Chinese term explained in plain words', () => {
  it.each([
    ['en', 'my rice cooker stopped heating for the third time, I want a person', "I'm not from China - what does 三包 mean?", /three guarantees[\s\S]*7 days[\s\S]*15 days/],
    ['en', 'the hair dryer cut out again after a repair, human please', 'sorry what are the san bao rules?', /three guarantees[\s\S]*7 days/],
    ['zh', '净水器修完又漏水了，转人工', '你说的三包是指什么？', /包修、包换、包退[\s\S]*7天[\s\S]*15天/],
  ])('"what is 三包" gets what it means (%s: %s)', async (_lang, first, ask, plain) => {
    const { c } = await waiting(`r14-term-${first}`, first);
    const said = await c.say(ask);
    expect(said.text).toMatch(plain);
    expect(said.text).not.toMatch(NO_ANSWER);
  });

  it('an English warranty answer names the rules in English (en)', async () => {
    const said = await world.customer('r14-term-en-rules').say('how long is the warranty on a fridge compressor?');
    expect(said.text).not.toMatch(/三包/);
  });
});

describe('a return or exchange is filed or waiting for yes, never both', () => {
  it.each([
    ['zh', ['前几天网上买的吸尘器，吸力一直很弱，能换吗', '12月3日收到的，我想换个新的', '登记申请', '13698765432', '能上门取件吗？地址 杭州西湖区 文三路20号3单元502', '对']],
    [
      'en',
      [
        'I bought a hand blender online last week and it smells hot and stops, can I swap it?',
        'it arrived on 3 December, I want an exchange',
        'register it',
        '13698765432',
        'can you come and pick it up? address: Room 502, Unit 3, 20 Wensan Road, Xihu, Hangzhou',
        'yes',
      ],
    ],
  ])('collection words keep the exchange request, and filing says only filed (%s)', async (lang, lines) => {
    const c = world.customer(`r14-exchange-${lines[0]}`);
    const replies: string[] = [];
    for (const line of lines) replies.push((await c.say(line)).text);
    const [, , , , pickup, yes] = replies;
    // The problem was said in the first message: no repair form asking for it.
    expect(pickup).not.toMatch(/什么问题|一句话描述|what(?:'s| is) the problem|describe the problem/i);
    expect(pickup).toMatch(lang === 'zh' ? /跟您确认一下/ : /Let me confirm/);
    expect(yes).toMatch(lang === 'zh' ? /已登记.*单号/ : /registered: number/);
    expect(yes).not.toMatch(/回复“对”|Reply "yes"/);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.type).toBe('warranty_claim');
  });
});
