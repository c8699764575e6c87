/**
 * A customer waiting for a person (outside business hours, nobody online) still gets answers:
 * a code from its case with the safe steps, a policy from the knowledge base, what is on the
 * ticket, when someone will call (one time, said the same way whatever else they send), where a
 * utility's number is (never an invented one); what has no answer here is said plainly, naming
 * the question, never in the same sentence twice running. No form is started while waiting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';
import { factsAskedAbout } from '../../bot/waiting-ticket-facts';
import { contactAsked } from '../../bot/waiting-contact';
import { utilityAsked } from '../../bot/utility-numbers';

let world: World;
beforeAll(async () => {
  // 21:30 in Shanghai: outside business hours, every handoff waits.
  world = await openWorld({}, '2026-11-24T13:30:00Z');
});
afterAll(() => world.close());

const PASSED_ON = /这条消息也已转给人工客服|人工客服也能看到这条消息|passed on to the person handling your case too|person handling your case sees this message too/;
const FORM_QUESTION = /什么时候买的|购买日期|型号是多少|请问.*地址|When did you buy|What is the model|What's the address|Which brand/i;
/** The times a reply promises ("11月25日 10:00", "25 Nov, 20:00"). */
const times = (text: string) => [...text.matchAll(/\d{1,2}月\d{1,2}日 \d{2}:\d{2}|\d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}/g)].map((m) => m[0]);

async function waiting(ref: string, ...opening: string[]): Promise<Customer> {
  const c = world.customer(ref);
  for (const line of opening) await c.say(line);
  const handed = await c.say(/[\u4e00-\u9fff]/.test(opening.join('') || '转人工') ? '转人工' : 'I want to talk to a person');
  expect(handed.mode).toBe('handoff_requested');
  return c;
}

describe('one promised time, whatever is sent while waiting', () => {
  it('keeps the handoff time when a phone number and an ordinary problem come later (zh)', async () => {
    const c = world.customer('wait-times-zh');
    const handed = await c.say('转人工');
    const promised = times(handed.text);
    expect(promised).toHaveLength(1);
    // A phone with a calm problem reads as an ordinary problem: it must not move the deadline.
    const phone = await c.say('我电话是13812345678，洗衣机脱水的时候有点响');
    expect(phone.text).toMatch(/138\*\*\*\*5678/);
    expect(times(phone.text)).toEqual(promised);
    const when = await c.say('那什么时候会有人联系我？');
    expect(times(when.text)).toEqual(promised);
    const status = await c.say('我的工单现在什么进度');
    expect(times(status.text)[0]).toBe(promised[0]);
  });

  it('says the same time in English to "will they still call me by 3pm?"', async () => {
    const c = world.customer('wait-times-en');
    const handed = await c.say('can I speak to a real person');
    const promised = times(handed.text);
    const phone = await c.say('my number is 13698765432, the microwave turntable stopped turning');
    expect(times(phone.text)).toEqual(promised);
    const asked = await c.say('will someone still call me by 3pm tomorrow?');
    expect(times(asked.text)).toEqual(promised);
    expect(asked.text).toMatch(/3pm/);
  });

  it('says plainly when what the customer describes brings the time forward, and keeps to the new time', async () => {
    const c = world.customer('wait-times-moved');
    const handed = await c.say('转人工');
    const [before] = times(handed.text);
    // No heating in winter with an old person at home is urgent: the ticket moves up.
    const worse = await c.say('家里的空调不制热了，老人在家很冷，电话13912340000');
    const said = times(worse.text);
    expect(worse.text).toMatch(/提前/);
    expect(said).toContain(before);
    const now = said.find((t) => t !== before)!;
    expect(now).toBeDefined();
    const when = await c.say('什么时候联系我？');
    expect(times(when.text)).toEqual([now]);
  });
});

describe('questions answered while waiting', () => {
  it('reads "how long" about the wait as the wait, not a warranty period', async () => {
    const zh = await waiting('wait-how-long-zh', '空调不制冷');
    const said = await zh.say('还要等多久？');
    expect(said.text).toMatch(/前会有人联系您/);
    expect(said.text).not.toMatch(/保修|三包/);
    const en = await waiting('wait-how-long-en', 'my dishwasher leaks');
    const asked = await en.say('how long do I have to wait for someone?');
    expect(asked.text).toMatch(/contact you by/);
    expect(asked.text).not.toMatch(/warranty/i);
  });

  it('answers an error code from its case, with no booking offer and no "did that help?" (zh)', async () => {
    const c = await waiting('wait-code-zh', '格力空调有问题');
    const said = await c.say('格力空调显示E1是什么意思？');
    expect(said.text).toMatch(/格力空调E1/);
    expect(said.text).toMatch(/1\./);
    expect(said.text).not.toMatch(/试过之后好了吗|要帮您预约上门吗|我可以帮您安排/);
    expect(said.text).toMatch(PASSED_ON);
    expect(said.text.match(PASSED_ON)).toHaveLength(1);
  });

  it('answers a code on the ticket’s product in English, and says so plainly when the code is unknown', async () => {
    const c = await waiting('wait-code-en', 'my Midea fridge has a problem');
    const known = await c.say('what does E1 mean on it?');
    expect(known.text).toMatch(/Midea|sensor/i);
    expect(known.text).not.toMatch(/Did that fix it\?|Shall I book/);
    const unknown = await c.say('and now it shows E9 instead, what is that?');
    expect(unknown.text).toMatch(/no information on code E9|won't guess/i);
    expect(unknown.text).not.toMatch(/Shall I book/);
  });

  it('answers a policy question from the knowledge base', async () => {
    const c = await waiting('wait-policy-en', 'the TV screen has a line across it');
    const said = await c.say('how many years is the screen covered for?');
    expect(said.text).toMatch(/3 years/);
    expect(said.text).toMatch(PASSED_ON);
    const zh = await waiting('wait-policy-zh', '洗衣机不脱水');
    const fee = await zh.say('师傅上门要收费吗？');
    expect(fee.text).toMatch(/上门费|免费/);
  });

  it('answers what is on the ticket from the ticket', async () => {
    const c = await waiting('wait-facts-zh', '热水器不出热水');
    const saved = await c.say('我的手机13566667777，地址杭州市西湖区文三路100号2幢301');
    expect(saved.text).toMatch(/135\*\*\*\*7777/);
    expect(saved.text).toMatch(/文三路100号/);
    const [ticket] = await c.tickets();
    expect(ticket!.contactPhone).toBe('13566667777');
    expect(ticket!.address).toMatch(/文三路100号/);
    const asked = await c.say('你们到底有没有记下我的电话？');
    expect(asked.text).toMatch(/135\*\*\*\*7777/);
    const en = await waiting('wait-facts-en', 'my dryer is making a loud banging noise');
    const none = await en.say('have you got my phone number on file?');
    expect(none.text).toMatch(/no phone number on the ticket yet/i);
  });

  it('gives where a utility number is, and no invented number', async () => {
    const c = await waiting('wait-utility', '燃气灶打不着火');
    const gas = await c.say('燃气公司的电话是多少？');
    expect(gas.text).toMatch(/缴费单|燃气公司的App/);
    const power = await (await waiting('wait-utility-en', 'the oven trips the breaker')).say("what's the electricity company's hotline?");
    expect(power.text).toMatch(/95598/);
    // Only numbers that are the same everywhere in China.
    for (const text of [gas.text, power.text]) for (const n of text.match(/\d{3,}/g) ?? []) expect(['119', '120', '12345', '95598']).toContain(n);
  });

  it('notes a wanted visit day without promising it or starting a form', async () => {
    const c = await waiting('wait-day', '洗碗机不排水');
    const said = await c.say('帮我约个师傅，这周六上午能来吗？');
    expect(said.text).toMatch(/周六/);
    expect(said.text).toMatch(/客服跟您约定|记在工单/);
    expect(said.text).not.toMatch(FORM_QUESTION);
    expect(await c.tickets()).toHaveLength(1);
    const en = await waiting('wait-day-en', 'the washing machine will not spin');
    const weekend = await en.say('do your engineers come out on Sundays?');
    expect(weekend.text).toMatch(/Sunday/);
    expect(weekend.text).not.toMatch(FORM_QUESTION);
  });
});

describe('small talk and plain questions while waiting', () => {
  it('thanks back with the promised time, and reads a question with 吗 in the middle', async () => {
    const c = await waiting('wait-thanks-zh', '海尔冰箱不制冷');
    const warranty = await c.say('这个保修吗，前年买的');
    expect(warranty.text).toMatch(/冰箱/);
    expect(warranty.text).toMatch(/保修/);
    const thanks = await c.say('谢谢');
    expect(thanks.text).toMatch(/不客气/);
    expect(thanks.text).toMatch(/\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    const hours = await c.say('你们几点上班');
    expect(hours.text).toMatch(/8:00–20:00/);
  });

  it('answers how long a repair takes as a question, not as the wait', async () => {
    const c = await waiting('wait-mailin-en', 'my Xiaomi phone will not charge');
    const said = await c.say('how long does a mail-in repair take?');
    expect(said.text).not.toMatch(/^No agent is online yet/);
    expect(said.text).toMatch(/service centre|mail-in/i);
  });
});

describe('questions with no answer here', () => {
  it('are said plainly, in our words (never the question quoted back), never in the same sentence twice running (zh)', async () => {
    const c = await waiting('wait-unknown-zh', '冰箱冷冻室结霜很厚');
    const first = await c.say('冰箱里的肉放了一晚上还能吃吗？');
    const second = await c.say('那冰块还能用吗？');
    expect(first.text).not.toMatch(/肉放了一晚上/);
    expect(second.text).not.toMatch(/冰块还能用/);
    expect(first.text).toMatch(/人工客服/);
    expect(first.text).not.toMatch(/这条也已转给/);
    expect(second.text).not.toBe(first.text);
  });

  it('does the same in English', async () => {
    const c = await waiting('wait-unknown-en', 'my hob has a cracked glass top');
    const first = await c.say('Can I still cook on the other burners until someone comes?');
    const second = await c.say('Will the engineer bring the replacement glass with him or order it first?');
    expect(first.text).not.toBe(second.text);
    for (const said of [first, second]) {
      expect(said.text).not.toMatch(/^(?:Got it|That is passed on too|Noted)/);
      expect(said.text).toMatch(/person handling your case/);
    }
    expect(second.text).not.toMatch(/replacement glass/);
  });
});

describe('what a waiting message asks about', () => {
  it.each([
    ['你记下我电话了没有', ['phone']],
    ['工单上有我的手机号吗？', ['phone']],
    ['地址你们登记了吗', ['address']],
    ['我的工单号是多少来着', ['number']],
    ['did you note my phone number or not?', ['phone']],
    ['have you got my address on file?', ['address']],
    ["what's my ticket number again?", ['number']],
    ['is my phone number on the ticket correct?', ['phone']],
  ])('a fact on the ticket: %s', (text, facts) => {
    expect(factsAskedAbout(text)).toEqual(facts);
  });

  it.each(['这个型号的配件多少钱？', '你们有没有这个型号的滤网', 'what model of filter fits it?', 'which phone models do you repair?', '电话打不通怎么办'])('not a fact on the ticket: %s', (text) => {
    expect(factsAskedAbout(text)).toEqual([]);
  });

  it.each(['师傅周六能上门吗？', '明天上午会有人联系我吗', '工程师今天会打电话给我吗', 'will someone call me before 5pm?', 'can the engineer come on Saturday?', 'do you work on Sundays?'])(
    'when someone will be in touch: %s',
    (text) => {
      expect(contactAsked(text)).toBeDefined();
    },
  );

  // Asking who will call offers no time to note ("I've put 'tomorrow' on the ticket" answered it).
  it.each(['明天谁打给我', '后天是谁联系我啊', 'who is going to call me tomorrow?', 'who will ring me on Monday'])('asks who calls, offers no time: %s', (text) => {
    expect(contactAsked(text)?.wanted).toBeUndefined();
  });

  // A time they are busy is no time to note (playtest round 20: "我下午有会" was put on the ticket as "下午").
  it.each(['客服多久打给我 我下午有会', '什么时候联系我啊 明天上午要开会', 'when will they call me? this afternoon I am in meetings', 'will someone ring me? tomorrow morning I am at work'])(
    'a busy time is not offered: %s',
    (text) => {
      expect(contactAsked(text)).toBeDefined();
      expect(contactAsked(text)?.wanted).toBeUndefined();
    },
  );

  it.each(['周六买的空调漏水了', 'it stopped working on Saturday', '冰箱明天能修好吗', 'the engineer came yesterday'])('not about being contacted: %s', (text) => {
    expect(contactAsked(text)).toBeUndefined();
  });

  it.each([
    ['燃气公司电话多少', 'gas'],
    ['煤气公司的抢修电话是多少？', 'gas'],
    ['供电局电话多少', 'power'],
    ["what's the gas company's number?", 'gas'],
    ['who do I call at the electricity company?', 'power'],
    ['物业电话你们知道吗', 'property'],
  ])('a utility number: %s', (text, utility) => {
    expect(utilityAsked(text)).toBe(utility);
  });

  it.each(['你们客服电话多少', 'what is your hotline number?', '燃气灶打不着火'])('not a utility number: %s', (text) => {
    expect(utilityAsked(text)).toBeUndefined();
  });
});

describe('nothing invented while waiting', () => {
  // Asking again for a person, or for something to be noted, is not asking for a manager: the
  // customer must never hear that a request they did not make was written on the ticket.
  it.each([
    ['wait-no-manager-zh', ['我家燃气灶打不着火'], ['人工呢，还要我等多久', '帮我记一下，师傅改到周二下午来', '快点安排人工']],
    ['wait-no-manager-en', ['my dryer stopped heating'], ['can someone note that Tuesday afternoon suits me better', 'I still want a person', 'please get me an agent']],
  ])('%s never says a manager was asked for', async (ref, opening, later) => {
    const c = await waiting(ref, ...opening);
    for (const line of later) {
      const said = await c.say(line);
      expect(said.text, line).not.toMatch(/主管|manager/i);
      expect(said.text.length, line).toBeGreaterThan(0);
    }
    const senior = await c.say(ref.endsWith('zh') ? '我要找你们主管' : 'I want your manager');
    expect(senior.text).toMatch(/主管|manager/i);
  });
});
