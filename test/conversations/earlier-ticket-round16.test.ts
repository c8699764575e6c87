/**
 * Playtest round 16: an earlier ticket's number given while a person is awaited is looked up with
 * the usual identity check (a code to the phone on that ticket), a number that does not check out
 * is said so, and a number in another format is said not to be ours, with what ours look like.
 * Never a bare "noted, the person can see it".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { DEFAULT_ABUSE_LIMITS } from '../../bot/tools/abuse-limits';
import { repairTicket } from '../../testing/desk';
import { openWorld, type World } from '../../testing/world';

const PHONE = '13655557777';
let world: World;
let sms: LogSmsSender;
let earlier: string;
beforeAll(async () => {
  world = await openWorld();
  sms = world.assistant.sms as LogSmsSender;
  const { desk } = world.assistant;
  const owner = (await desk.customers.resolve({ channel: 'wechat', externalId: 'wx-fridge-owner-r16' })).id;
  const { ticket: t } = await desk.tickets.create(repairTicket(owner, { category: 'refrigerator', brand: 'Haier', symptom: '冰箱不制冷', contactPhone: PHONE, address: '上海市徐汇区某路2号' }), {
    actor: 'bot',
  });
  earlier = t.number;
});
afterAll(() => world.close());

const lastCode = () => /验证码 (\d{6})/.exec(sms.sent.filter((m) => m.purpose === 'proof_code').at(-1)!.text)![1]!;
const BARE_NOTED = /^(?:Noted|Got it|That is passed on|收到，这条已转给|这条也已转给|好的，您补充的内容)/;

describe('an earlier ticket number while waiting for a person, round 16', () => {
  it.each([
    ['zh', '冰箱又不制冷了，转人工', (n: string) => `之前报过一次，原单号 ${n}`, /验证码/, /已受理|等待|处理中/],
    ['en', 'my fridge stopped cooling again, I want an agent', (n: string) => `this was already reported before, the first ticket was ${n}`, /code/i, /received|waiting|progress|scheduled/i],
  ])('is looked up with a code to the phone on it, and shown once the code is read back (%s)', async (lang, first, give, codeWord, shown) => {
    world.clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
    const c = world.customer(`r16-earlier-${lang}`);
    const handed = await c.say(first);
    expect(handed.tools).toContain('handOff');
    const given = await c.say(give(earlier));
    expect(given.text).not.toMatch(BARE_NOTED);
    expect(given.text).toMatch(codeWord);
    expect(given.text).toContain(earlier);
    const proved = await c.say(lastCode());
    expect(proved.text).toContain(earlier);
    expect(proved.text).toMatch(shown);
  });

  it.each([
    ['zh', '洗碗机不出水，我要人工客服', '以前那个工单号是 AS-20261118-ZZZZ-ZZZZ', /写错|核对/],
    ['en', 'dishwasher will not drain, put me through to a human', 'the previous ticket was AS-20261118-ZZZZ-ZZZZ', /wrong|check/i],
  ])('a number that does not check out is said so (%s)', async (lang, first, give, plain) => {
    const c = world.customer(`r16-earlier-bad-${lang}`);
    await c.say(first);
    const given = await c.say(give);
    expect(given.text).not.toMatch(BARE_NOTED);
    expect(given.text).toMatch(plain);
  });

  it.each([
    ['zh', '烤箱加热不了，帮我转人工', '我上次的报修单号是 HX2026111507', /不是我们/],
    ['zh', '电视黑屏，找人工', '之前的服务单编号 JD-90817263544', /不是我们/],
    ['en', 'oven not heating, human please', 'my old job number is HX2026111507', /isn't one of our/],
    ['en', 'tv screen is black, need a person', 'the original one was RT-55019283746', /isn't one of our/],
  ])('a number in another format is said not to be ours, with what ours look like (%s: %s)', async (_lang, first, give, plain) => {
    const c = world.customer(`r16-foreign-${give}`);
    await c.say(first);
    const given = await c.say(give);
    expect(given.text).not.toMatch(BARE_NOTED);
    expect(given.text).toMatch(plain);
    expect(given.text).toMatch(/AS-\d{8}/);
  });

  it.each([
    ['zh', '我的工单号是 QW20261120889，帮我查一下进度'],
    ['en', 'can you check ticket QW20261120889 for me'],
  ])('outside a handoff too, a number in another format is said not to be ours (%s)', async (_lang, line) => {
    const said = await world.customer(`r16-foreign-chat-${line}`).say(line);
    expect(said.text).toMatch(/QW20261120889/);
    expect(said.text).toMatch(/不是我们|isn't one of our/i);
  });
});
