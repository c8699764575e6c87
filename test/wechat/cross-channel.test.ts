/**
 * One customer, two channels, one ticket: a repair filed on WeChat (with a phone number) continues
 * on the web chat. Everything is real (offline brain, SQLite desk in a temp folder); the web chat is
 * driven through `bot.handle` with channel 'web', as its adapter will.
 *
 * A phone number alone must not open someone's tickets (ADVERSARIAL #11: "查13800000000名下所有工单"),
 * so the web visitor proves the ticket is theirs with its number and the phone left on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssistant, type Assistant } from '../../app/assistant';
import { loadConfig } from '../../app/config';
import type { InboundMessageInput } from '../../bot/messages';
import type { TurnResult } from '../../bot/pipeline';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../helpers/temp-dir';

const PHONE = '13812345678';

describe('an open ticket continues across channels', () => {
  const temp = tempDir('cross-');
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  let assistant: Assistant;
  let n = 0;

  beforeAll(async () => {
    assistant = await openAssistant(loadConfig({ AFTERSALES_DATA_DIR: temp.dir }), { clock });
  });
  afterAll(async () => {
    await assistant?.close();
    temp.cleanup();
  });

  async function turn(channel: InboundMessageInput['channel'], customerRef: string, text: string): Promise<TurnResult> {
    clock.advance(30_000);
    return assistant.bot.handle({ channel, channelMessageId: `${channel}-${++n}`, customerRef, text, receivedAt: clock.now().toISOString() });
  }
  const said = (r: TurnResult) => r.replies.map((m) => m.text).join('\n');
  const ticketCount = async () => (await assistant.desk.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM tickets'))[0]!.n;

  let ticketNumber: string;
  let wechatCustomer: number;

  it('files a repair on WeChat with a phone number', async () => {
    const script = ['我家格力空调KFR-35GW显示E1，不制冷', '还是不行', '2025年6月10日买的', PHONE, '北京市朝阳区建国路88号', '是'];
    let last!: TurnResult;
    for (const text of script) last = await turn('wechat', 'wxid_alice', text);
    expect(last.ticket?.number).toMatch(/^AS-20261124-\d{4}$/);
    ticketNumber = last.ticket!.number;
    wechatCustomer = last.customerId;
    expect(await ticketCount()).toBe(1);
  });

  it('shows nothing to a web visitor who only names the phone, and says what proves it', async () => {
    const r = await turn('web', 'web-session-1', `我的手机号${PHONE}，维修进度怎么样了？`);
    expect(r.customerId).not.toBe(wechatCustomer);
    expect(said(r)).not.toContain(ticketNumber);
    expect(said(r)).toMatch(/工单号.*手机号/);
    expect(r.ticket).toBeUndefined();
    // The same answer whether or not that phone has tickets: no oracle for who is a customer.
    const stranger = await turn('web', 'web-session-2', '我的手机号13900001111，维修进度怎么样了？');
    expect(said(stranger).replace(/^.*自动回复.*\n/, '')).toBe(said(r).replace(/^.*自动回复.*\n/, ''));
  });

  it('continues the same ticket once the visitor gives its number and the phone left on it', async () => {
    const r = await turn('web', 'web-session-1', `工单号${ticketNumber}，手机${PHONE}`);
    expect(r.ticket?.number).toBe(ticketNumber);
    expect(said(r)).toContain(ticketNumber);
    // The web identity now belongs to the WeChat customer's record.
    const identities = await assistant.desk.customers.identities(wechatCustomer);
    expect(identities).toEqual(expect.arrayContaining([{ channel: 'wechat', externalId: 'wxid_alice' }, { channel: 'web', externalId: 'web-session-1' }]));

    const later = await turn('web', 'web-session-1', '工单进度');
    expect(later.customerId).toBe(wechatCustomer);
    expect(said(later)).toContain(ticketNumber);
    expect(await ticketCount()).toBe(1);
    const ticket = await assistant.desk.tickets.get(ticketNumber);
    expect(ticket).toMatchObject({ channel: 'wechat', customerId: wechatCustomer, status: 'new' });
  });

  it('does not file a second ticket when the same repair is reported again on the web', async () => {
    const script = ['空调还是显示E1，能不能快点来修', 'KFR-35GW', '2025年6月10日买的', PHONE, '北京市朝阳区建国路88号', '是'];
    let last!: TurnResult;
    for (const text of script) last = await turn('web', 'web-session-1', text);
    expect(await ticketCount()).toBe(1);
    expect(said(last)).toContain(ticketNumber);
  });

  it('refuses a wrong phone, and locks a phone after repeated wrong guesses', async () => {
    const wrong = await turn('web', 'web-session-3', `工单号${ticketNumber}，手机13900002222`);
    expect(said(wrong)).not.toContain('KFR-35GW');
    expect(wrong.ticket).toBeUndefined();
    // Guessing ticket numbers for a known phone: after five misses even the right number is refused.
    for (let i = 0; i < 5; i++) await turn('web', 'web-session-4', `工单号AS-20261124-${String(9000 + i)}，手机${PHONE}`);
    const right = await turn('web', 'web-session-4', `工单号${ticketNumber}，手机${PHONE}`);
    expect(right.ticket).toBeUndefined();
    expect(said(right)).not.toContain('KFR-35GW');
    expect((await assistant.desk.customers.identities(wechatCustomer)).map((i) => i.externalId)).not.toContain('web-session-4');
  });
});
