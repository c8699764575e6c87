/**
 * A wrong verification code can be retyped while the lockout allows it (playtest round 17): after
 * two wrong codes the third is still read, the customer is told how many tries are left, and once
 * none are left they are told plainly that checks are paused and what to do instead. Every try
 * goes through the tool, so the lockout holds: nothing is shown after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { DEFAULT_ABUSE_LIMITS } from '../../bot/tools/abuse-limits';
import { repairTicket } from '../../testing/desk';
import { openWorld, type World } from '../../testing/world';

const PHONE = '13755556666';
let world: World;
let sms: LogSmsSender;
beforeAll(async () => {
  world = await openWorld();
  sms = world.assistant.sms as LogSmsSender;
  const owner = (await world.assistant.desk.customers.resolve({ channel: 'wechat', externalId: 'wx-retype-owner' })).id;
  await world.assistant.desk.tickets.create(repairTicket(owner, { category: 'fridge', brand: 'Midea', symptom: '冰箱冷藏室不凉', contactPhone: PHONE, address: '杭州市西湖区某路2号' }), {
    actor: 'bot',
  });
});
afterAll(() => world.close());

const lastCode = () => /验证码 (\d{6})/.exec(sms.sent.filter((m) => m.purpose === 'proof_code').at(-1)!.text)![1]!;
const off = (code: string, by: number) => String((Number(code) + by) % 1_000_000).padStart(6, '0');

describe('a wrong code retyped', () => {
  it.each([
    ['zh', '帮我看看冰箱修到哪一步了', '工单号找不到了', (c: string) => c, (c: string) => `刚才那个不对，是${c}`, (c: string) => `这次应该对了：${c}`, /还可以再试 \d 次/],
    ['en', 'can you check on my fridge repair?', "I don't have the ticket number", (c: string) => c, (c: string) => `sorry, it's ${c}`, (c: string) => `ok this one: ${c}`, /\d more times?/],
  ])('the third try is still read while tries are left (%s)', async (_lang, first, noNumber, one, two, three, tries) => {
    world.clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
    const c = world.customer(`r17-retype-${first}`);
    await c.sayAll(first, noNumber, PHONE);
    const code = lastCode();
    const wrong1 = await c.say(one(off(code, 1)));
    expect(wrong1.text).toMatch(tries);
    const wrong2 = await c.say(two(off(code, 2)));
    expect(wrong2.text).toMatch(tries);
    // Not "no code? ask a person" while tries are still left.
    expect(wrong2.text).not.toMatch(/没有验证码也没关系|No code\?/);
    const right = await c.say(three(code));
    expect(right.text).toMatch(/AS-/);
  });

  it.each([
    ['zh', '我想查冰箱维修进度', '单号弄丢了', /最后一次机会[\s\S]*一小时[\s\S]*转人工/],
    ['en', 'where is my fridge repair at?', 'lost my ticket number', /last try[\s\S]*an hour[\s\S]*human/],
  ])('no tries left: said plainly, and the lockout holds (%s)', async (_lang, first, noNumber, lastTry) => {
    world.clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
    const c = world.customer(`r17-lockout-${first}`);
    await c.sayAll(first, noNumber, PHONE);
    const code = lastCode();
    let said = '';
    for (let i = 1; i <= DEFAULT_ABUSE_LIMITS.proofFailuresPerHour; i++) said = (await c.say(off(code, i))).text;
    expect(said).toMatch(lastTry);
    // The right code now shows nothing: the lockout is kept.
    const after = await c.say(code);
    expect(after.text).not.toMatch(/AS-/);
  });
});
