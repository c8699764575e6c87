/**
 * The texted code's outcome is always said: a wrong code says so, how many tries are left and how
 * to get a new one, and the customer may retype it (in a sentence: "sorry, typo, it's …"); "did the
 * code work?" is answered from what happened (no code yet, it did not match, it matched), never
 * "can't confirm" nor a knowledge-base deferral.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { DEFAULT_ABUSE_LIMITS } from '../../bot/tools/abuse-limits';
import { repairTicket } from '../../testing/desk';
import { openWorld, type World } from '../../testing/world';

const PHONE = '13622224444';
let world: World;
let sms: LogSmsSender;
beforeAll(async () => {
  world = await openWorld();
  sms = world.assistant.sms as LogSmsSender;
  const { desk } = world.assistant;
  const owner = (await desk.customers.resolve({ channel: 'wechat', externalId: 'wx-kettle-owner' })).id;
  await desk.tickets.create(repairTicket(owner, { category: 'washing_machine', brand: 'Haier', symptom: '洗衣机不排水', contactPhone: PHONE, address: '上海市静安区某路1号' }), { actor: 'bot' });
});
afterAll(() => world.close());

const lastCode = () => /验证码 (\d{6})/.exec(sms.sent.filter((m) => m.purpose === 'proof_code').at(-1)!.text)![1]!;
const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const DEFERRAL = /can't confirm|cannot confirm|没法确认|没有确切|no reliable|nothing reliable|帮不上忙/i;

describe('the code outcome, said', () => {
  it.each([
    [
      'en',
      'where has my washing machine repair got to?',
      'I lost the ticket number',
      'did the code work?',
      /haven't had a code/i,
      /didn't work|doesn't match/i,
      (c: string) => `argh, typo, sorry. it's ${c}`,
      /more time/i,
      /send a new code/i,
      /AS-/,
    ],
    ['zh', '我想问问洗衣机修得怎么样了', '工单号不记得了', '验证码通过了吗', /还没有收到您发的验证码/, /没有通过/, (c: string) => `刚才打错了 是${c}`, /还可以再试/, /重发验证码/, /AS-/],
  ])('no code yet, a wrong one with tries left, a retyped right one (%s)', async (lang, first, noNumber, asked, notYet, notMatched, retype, tries, resend, shown) => {
    world.clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
    const c = world.customer(`code-outcome-${lang}`);
    await c.say(first);
    await c.say(noNumber);
    await c.say(PHONE);
    const early = await c.say(asked);
    expect(early.text).toMatch(notYet);
    expect(early.text).not.toMatch(DEFERRAL);
    const code = lastCode();
    const wrong = await c.say(wrongOf(code));
    expect(wrong.text).toMatch(tries);
    expect(wrong.text).toMatch(resend);
    const after = await c.say(asked);
    expect(after.text).toMatch(notMatched);
    expect(after.text).not.toMatch(DEFERRAL);
    const right = await c.say(retype(code));
    expect(right.text).toMatch(shown);
    const done = await c.say(asked);
    expect(done.text).toMatch(/matched|通过了/i);
  });
});
