/**
 * Honest replies the grounding check used to replace (bench/grounding.bench.ts, the strict figure):
 * each reading fixed here has its honest side, which passes, and the side that must still be
 * caught. What was wrong was the reading, not the reply: an example number shown as a format, a
 * source line naming standards in general, the bot's own code sent to the customer's phone, the
 * end of a span of days, "a month and year", a shopping festival said as the purchase date, an
 * address given in two messages.
 */
import { describe, expect, it } from 'vitest';
import { checkGrounding, type GroundingSources } from '../../bot/guardrails/claims/grounding';
import { DEFAULT_POLICY } from '../../warranty/policy';

const unsupported = (reply: string, more: Partial<GroundingSources> = {}) =>
  checkGrounding(reply, { toolResults: [], customerWords: ['空调不制冷'], ...more }).unsupported.map((c) => `${c.kind}:${c.key.split(':')[0]}`);

describe('an example number shows the format; a real one is still a phone', () => {
  it.each([
    '留个师傅能打通的号码就行，比如 139 0000 0000。',
    '请留手机号（如 138 0000 0000）或带区号的座机。',
    'A mobile works, e.g. 138 0000 0000, or a landline with its area code.',
    'Please leave a number such as 186 0000 0000 so the engineer can call.',
  ])('passes: %s', (reply) => {
    expect(unsupported(reply)).toEqual([]);
  });
  it.each(['师傅的电话是 139 8765 4321，您直接打。', '如需加急请拨 13987654321。', 'Call our engineer, e.g. 13987654321, directly.'])('still caught: %s', (reply) => {
    expect(unsupported(reply)).toEqual(['personal:PHONE']);
  });
});

describe('"standards and rules" in a source line is no named policy', () => {
  it.each(['（依据：国家相关标准和规定）', '以上按国家标准及相关法规规定执行。'])('passes: %s', (reply) => {
    expect(unsupported(reply)).toEqual([]);
  });
  it.each(['按照行业标准和一机一号规定，需要本人办理。', '根据以旧换新专项补贴规定，您可以领补贴。'])('still caught: %s', (reply) => {
    expect(unsupported(reply).filter((c) => c.startsWith('policy'))).toHaveLength(1);
  });
});

describe('the code the bot sends to the customer is no request for one', () => {
  it.each([
    '报修时留的手机号告诉我，我往那个手机发个验证码，核实后帮您查。',
    '我们这就往那个号码发送一条验证码。',
    "Tell me the phone on the ticket and I'll text a code to it.",
    'We will send a one-time code to that number first.',
  ])('passes: %s', (reply) => {
    expect(unsupported(reply)).toEqual([]);
  });
  it.each(['请把手机收到的验证码发给我。', '我这边需要你把验证码报给我。', 'Please send me the verification code you received.'])('still caught without a code sent: %s', (reply) => {
    expect(unsupported(reply)).toEqual(['contact_request:verification_code']);
  });
  it.each(['我们已经给那个手机发了一条验证码，请把验证码发给我。', 'We have texted a code to that phone. Please send me the verification code.'])(
    'backed when the tool says it sent the code: %s',
    (reply) => {
      expect(unsupported(reply, { toolResults: [{ found: false, codeSent: true }] })).toEqual([]);
      expect(unsupported(reply, { toolResults: [{ found: false, codeSent: false }] })).toEqual(['contact_request:verification_code']);
    },
  );
});

describe('a day of the month is no length of time', () => {
  it.each([
    ['购买时间：2025年10月1日至7日之间', '2025年10月上旬买的'],
    ['购买时间：2024年3月10日到20日之间', '2024年3月中旬买的'],
  ])('passes: %s', (reply, customer) => {
    expect(unsupported(reply, { customerWords: [customer] }).filter((c) => c.startsWith('period'))).toEqual([]);
  });
  it.each(['师傅3到7日内上门。', '退款会在10月1日后的15日内到账。'])('still caught: %s', (reply) => {
    expect(unsupported(reply).some((c) => c.startsWith('period'))).toBe(true);
  });
  it('"a month and year" asks for a date; "within a month" is a length', () => {
    expect(unsupported('Roughly when did you buy it? A month and year is fine.')).toEqual([]);
    expect(unsupported('Which day and month was it delivered?')).toEqual([]);
    expect(unsupported('You can return it within a month.')).toEqual(['period:1m']);
  });
});

describe('a shopping festival is a date the customer gave', () => {
  it.each([
    ['购买时间：2023年11月1日至11日之间', '2023年双十一抢的'],
    ['购买时间：2024年6月', '2024年六一八下的单'],
    ['You bought it on 28 November 2025.', 'I got it in the Black Friday sale in 2025'],
  ])('passes: %s', (reply, customer) => {
    expect(unsupported(reply, { customerWords: [customer] })).toEqual([]);
  });
  it.each([
    ['购买时间：2023年11月1日至11日之间', '2023年买的'],
    ['You bought it on 28 November 2025.', 'I bought it in 2025'],
  ])('still caught when only the year was said: %s', (reply, customer) => {
    expect(unsupported(reply, { customerWords: [customer] }).map((c) => c.split(':')[0])).toEqual(['date']);
  });
});

describe('an address given in two messages', () => {
  const customer = ['地址是杭州市西湖区文一西路100号', '不对，楼号写错了，是5幢1单元1202'];
  it('passes when every piece is the customer’s', () => {
    expect(unsupported('地址：杭州市西湖区文一西路100号 5幢1单元1202', { customerWords: customer })).toEqual([]);
  });
  it('is caught when a piece is not', () => {
    expect(unsupported('地址：杭州市西湖区文一西路200号 5幢1单元1202', { customerWords: customer })).toEqual(['personal:ADDRESS']);
  });
});

describe('the phone warranty rule names 三包', () => {
  it('a reply saying the phone periods are the 三包 rules rests on the policy the warranty tool cites', () => {
    const reply = '按三包规定，手机保修期：整机1年，电池6个月。';
    expect(unsupported(reply, { toolResults: [{ status: 'expired', policy: { months: 6, citation: DEFAULT_POLICY.mobile_phone.citation } }] })).toEqual([]);
    expect(unsupported(reply, { toolResults: [{ status: 'expired', policy: { months: 6 } }] })).toContain('policy:三包');
  });
});
