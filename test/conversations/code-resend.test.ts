/**
 * A customer looking up a ticket from another channel who never got the one-time code can ask for
 * it again: the tool's limits still hold (one text per resend gap, the live code stays valid) and a
 * person is offered as the other way in. A number copied from the SMS without "AS-" is found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { DEFAULT_ABUSE_LIMITS } from '../../bot/tools/abuse-limits';
import { openWorld, type World } from '../../testing/world';

let world: World;
let sms: LogSmsSender;
let number: string;
beforeAll(async () => {
  world = await openWorld();
  sms = world.assistant.sms as LogSmsSender;
  const owner = world.customer('resend-owner', 'wechat');
  for (const line of ['美的空调不制冷了，要报修', '还是不行', 'KFR-35GW', '2024年5月', '13812345678', '上海市徐汇区中山路88号7号楼502室', '明天上午', '对的']) await owner.say(line);
  number = (await owner.tickets())[0]!.number;
});
afterAll(() => world.close());

const codes = () => sms.sent.filter((m) => m.purpose === 'proof_code');

describe('the one-time code, asked for again', () => {
  it('is sent again after the gap, in Chinese, with a person offered; the number is read without AS-', async () => {
    // Past any gap left by the other test (they run shuffled, and share the ticket).
    world.clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
    const web = world.customer('resend-web-zh');
    const before = codes().length;
    const first = await web.say(`查一下工单 ${number.slice(3)}`);
    expect(first.text).toMatch(/验证码/);
    expect(codes().length).toBe(before + 1);
    // Within the gap: the answer offers the person, and no second text floods the phone.
    const soon = await web.say('没收到验证码，能再发一次吗');
    expect(soon.text).toMatch(/重新/);
    expect(soon.text).toMatch(/转人工/);
    expect(codes().length).toBe(before + 1);
    world.clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
    await web.say('还是没收到，再发一次');
    expect(codes().length).toBe(before + 2);
    const code = /验证码 (\d{6})/.exec(codes().at(-1)!.text)![1]!;
    const shown = await web.say(code);
    expect(shown.text).toContain(number);
  });

  it('is asked for again in English', async () => {
    world.clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
    const web = world.customer('resend-web-en');
    await web.say(`what's the status of ticket ${number.toLowerCase()}`);
    const said = await web.say("I didn't get the code, can you send it again?");
    expect(said.text).toMatch(/sent again/i);
    expect(said.text).toMatch(/human/i);
  });
});
