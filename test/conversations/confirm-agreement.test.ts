/**
 * Agreeing at the restated request, with a question beside the yes, and taking a visit up with
 * the details alone or a reluctant "行吧" (brief t3-confirm). The agreement is read by its kind:
 * a yes word with soft endings and "now / this time", not a list of sentences; a no or a change
 * still wins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const BOOKING = {
  zh: ['美的洗碗机洗完碗底下积了一摊水，麻烦报修', '型号WQP12-7602，电话13711112222，地址南京市鼓楼区中山北路30号5栋201', '前年冬天买的'],
  en: ['my Hisense fridge freezer is frosting up inside, please book a repair', 'model RB390N4, phone 13711113333, address 8 Mill Lane, Bristol', 'bought it in March last year'],
};
const SUMMARY = { zh: /跟您确认一下报修信息/, en: /Let me confirm the repair request/ };
const FILED = { zh: /已提交|工单号|工单/, en: /Filed: ticket/ };
const NOT_UNDERSTOOD = { zh: /我没太明白/, en: /didn't quite follow/i };

async function atSummary(ref: string, lang: 'zh' | 'en', fix?: string) {
  const c = world.customer(ref);
  for (const line of BOOKING[lang]) await c.say(line);
  if (fix) expect((await c.say(fix)).text).toMatch(SUMMARY[lang]);
  return c;
}

describe('agreement at the restated request', () => {
  it.each([
    ['zh', '这下对了'],
    ['zh', '好了 这回没错'],
    ['zh', '现在对了哈'],
    ['en', 'all good now'],
    ['en', "yes that's all"],
    ['en', 'yep, correct this time'],
  ] as const)('(%s) "%s" after a change files the request', async (lang, yes) => {
    const c = await atSummary(`agree-${lang}-${yes}`, lang, lang === 'zh' ? '电话写错了，是13711115555' : 'oops, the mobile number should be 13711115555');
    const said = await c.say(yes);
    expect(said.text).not.toMatch(NOT_UNDERSTOOD[lang]);
    expect(said.text).toMatch(FILED[lang]);
    expect(said.tools).toContain('createTicket');
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.contactPhone ?? '').toContain('13711115555');
  });

  it.each([
    ['zh', '不对 这回还是不对'],
    ['zh', '没问题了？电话还是错的'],
    ['en', "no, that's still wrong"],
  ] as const)('(%s) a no or a correction still wins: "%s" files nothing', async (lang, no) => {
    const c = await atSummary(`agree-no-${lang}-${no}`, lang);
    const said = await c.say(no);
    expect(said.tools).not.toContain('createTicket');
    expect(await c.tickets()).toHaveLength(0);
  });
});

describe('a yes and a question in one message', () => {
  it.each([
    ['zh', '这下没错了 上门费怎么算', /上门费|收费/],
    ['zh', '这回都对了 要我在家等着吗', /在家|打电话/],
    ['en', 'sure. is it free?', /free|call-out/i],
    ['en', "yeah that's it. will they ring before coming?", /call|ring/i],
    ['en', 'correct and when will they come', /call|visit/i],
  ] as const)('(%s) "%s" files the request and answers the question', async (lang, message, answer) => {
    const c = await atSummary(`agree-ask-${lang}-${message}`, lang);
    const said = await c.say(message);
    expect(said.tools).toContain('createTicket');
    expect(said.text).toMatch(FILED[lang]);
    expect(said.text).toMatch(answer);
    expect(said.text).not.toMatch(/verification code|验证码/);
  });
});

describe('taking a visit up after the offer', () => {
  it('(zh) a reluctant "行吧" with the booking verb starts the booking, with the code kept', async () => {
    const c = world.customer('agree-reluctant-zh');
    await c.say('海信空调开机一会就显示E7');
    await c.say('E7具体是啥毛病');
    const taken = await c.say('行吧 那你约上门');
    expect(taken.text).not.toMatch(/没有确切的资料|我可以帮您登记/);
    expect(taken.text).toMatch(/型号|什么时候买|手机号|地址/);
    const summary = await c.say('型号KFR-35GW/A1，电话13711116666，地址南京市玄武区珠江路8号3楼，去年7月买的');
    expect(summary.text).toMatch(SUMMARY.zh);
    expect(summary.text).toMatch(/E7/);
    expect(summary.text).not.toMatch(/什么问题/);
  });

  it.each([
    ['zh', '海信空调开机一会就显示E7', '上门检查是免费的吗', '型号KFR-35GW/A1，电话13711117777，地址南京市玄武区珠江路8号3楼，去年7月买的'],
    ['en', 'my Beko tumble dryer flashes F77 and stops', 'is the visit free?', 'model DTGC8000W, phone 13711118888, 14 Elm Grove, Leeds LS6 2AB, bought June last year'],
  ] as const)('(%s) after a "free?" question, the details alone book the visit, never the opening menu', async (lang, fault, free, details) => {
    const c = world.customer(`agree-free-${lang}`);
    await c.say(fault);
    await c.say(free);
    const booked = await c.say(details);
    expect(booked.text).not.toMatch(/我可以帮您排查|I can troubleshoot/);
    expect(booked.text).toMatch(SUMMARY[lang]);
    expect(booked.text).toMatch(lang === 'zh' ? /E7/ : /F77/);
  });
});
