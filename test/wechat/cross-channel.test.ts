/**
 * One customer, two channels, one ticket: a repair filed on WeChat (with a phone number) continues
 * on the web chat. Everything is real (offline brain, SQLite desk in a temp folder); the web chat is
 * driven through `bot.handle` with channel 'web', as its adapter will.
 *
 * Neither a phone number nor a ticket number opens someone's ticket (issue 18: numbers were
 * guessable and "number + phone" was the proof). The web visitor proves the ticket with the
 * one-time code texted to the phone on it, or with the ticket's secret link; the proof grants that
 * one ticket to that chat, and the two customer records stay apart.
 */
import { DEFAULT_ABUSE_LIMITS } from '../../bot/tools/abuse-limits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssistant, type Assistant } from '../../app/assistant';
import { loadConfig } from '../../app/config';
import type { InboundMessageInput } from '../../bot/messages';
import type { TurnResult } from '../../bot/pipeline';
import { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { FixedClock } from '../../kernel/clock';
import { newTicketNumber } from '../../tickets/ticket-number';
import { tempDir } from '../../testing/temp-dir';
import { sqliteOf } from '../../testing/desk';

const PHONE = '13812345678';

// One customer's story, each step building on the one before (the ticket filed, the code sent,
// the chat proven): kept in this order on purpose while vitest shuffles everything else.
describe('an open ticket continues across channels', { shuffle: false }, () => {
  const temp = tempDir('cross-');
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  const sms = new LogSmsSender(() => undefined);
  let assistant: Assistant;
  let n = 0;

  beforeAll(async () => {
    assistant = await openAssistant(loadConfig({ AFTERSALES_DATA_DIR: temp.dir }), { clock, sms });
  });
  afterAll(async () => {
    await assistant?.close();
    temp.cleanup();
  });

  async function turn(channel: InboundMessageInput['channel'], customerRef: string, text: string, ip?: string): Promise<TurnResult> {
    clock.advance(30_000);
    return assistant.bot.handle({ channel, channelMessageId: `${channel}-${++n}`, customerRef, text, receivedAt: clock.now().toISOString(), ...(ip ? { client: { ip } } : {}) });
  }
  const said = (r: TurnResult) => r.replies.map((m) => m.text).join('\n');
  const withoutDisclosure = (r: TurnResult) => said(r).replace(/^.*自动回复.*\n/, '');
  const ticketCount = async () => (await sqliteOf(assistant.desk).db.all<{ n: number }>('SELECT COUNT(*) AS n FROM tickets'))[0]!.n;
  const lastCode = () => /验证码 (\d{6})/.exec(sms.sent.filter((m) => m.purpose === 'proof_code').at(-1)?.text ?? '')?.[1];

  let ticketNumber: string;
  let wechatCustomer: number;

  it('files a repair on WeChat with a phone number, and texts that phone the ticket link', async () => {
    const script = ['我家格力空调KFR-35GW显示E1，不制冷', '还是不行', '2025年6月10日买的', PHONE, '北京市朝阳区建国路88号', '是'];
    let last!: TurnResult;
    for (const text of script) last = await turn('wechat', 'wxid_alice', text);
    expect(last.ticket?.number).toMatch(/^AS-20261124-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    ticketNumber = last.ticket!.number;
    wechatCustomer = last.customerId;
    expect(await ticketCount()).toBe(1);
    const link = sms.sent.find((m) => m.purpose === 'ticket_link');
    expect(link).toMatchObject({ to: PHONE });
    expect(link!.text).toContain(`?ticket=${ticketNumber}#key=`);
  });

  it('shows nothing to a web visitor who only names the phone: a code goes to that phone, with the same words as for a phone with no tickets', async () => {
    const sentBefore = sms.sent.length;
    const r = await turn('web', 'web-session-1', `我的手机号${PHONE}，维修进度怎么样了？`);
    expect(r.customerId).not.toBe(wechatCustomer);
    expect(said(r)).not.toContain(ticketNumber);
    expect(said(r)).toMatch(/验证码/);
    expect(r.ticket).toBeUndefined();
    expect(sms.sent.slice(sentBefore)).toMatchObject([{ to: PHONE, purpose: 'proof_code' }]);
    // The same answer whether or not that phone has tickets (but for the phone said back, masked): no oracle for who is a customer.
    const stranger = await turn('web', 'web-session-2', '我的手机号13900001111，维修进度怎么样了？');
    const masked = (r: TurnResult) => withoutDisclosure(r).replace(/1\d{2}\*{4}\d{4}/, '***');
    expect(masked(stranger)).toBe(masked(r));
    expect(sms.sent.length).toBe(sentBefore + 1);
  });

  // (A number no ticket has is said plainly not found: numbers carry 8 random characters, so that
  // reveals nothing guessable; the code is sent only for a ticket that exists.)
  it('sends a code for the number, and says plainly that a number no ticket has was not found', async () => {
    // (After the resend gap: the phone above was just texted a code.)
    clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs);
    const sentBefore = sms.sent.length;
    const r = await turn('web', 'web-session-1', `工单号${ticketNumber}进度怎么样了`);
    expect(said(r)).not.toContain('KFR-35GW');
    expect(r.ticket).toBeUndefined();
    expect(said(r)).toMatch(/验证码/);
    expect(sms.sent.length).toBe(sentBefore + 1);
    expect(sms.sent.at(-1)).toMatchObject({ to: PHONE, purpose: 'proof_code' });
    const made = await turn('web', 'web-session-5', `工单号${newTicketNumber('20261124')}进度怎么样了`);
    expect(said(made)).toMatch(/没有找到|没找到|找不到|查不到/);
    expect(said(made)).not.toMatch(/发了一条6位数字的验证码/);
    expect(made.ticket).toBeUndefined();
    expect(sms.sent.length).toBe(sentBefore + 1);
  });

  it('shows the ticket once the visitor reads the code back, without merging the two customers', async () => {
    const r = await turn('web', 'web-session-1', `验证码是 ${lastCode()}`);
    expect(r.ticket?.number).toBe(ticketNumber);
    expect(said(r)).toContain(ticketNumber);
    expect(r.customerId).not.toBe(wechatCustomer);
    // The WeChat customer's record is untouched: the web chat was granted this one ticket only.
    expect(await assistant.desk.customers.identities(wechatCustomer)).toEqual([{ channel: 'wechat', externalId: 'wxid_alice' }]);
    expect(await assistant.desk.customers.identities(r.customerId)).toEqual([{ channel: 'web', externalId: 'web-session-1' }]);

    const later = await turn('web', 'web-session-1', '工单进度');
    expect(said(later)).toContain(ticketNumber);
    const ticket = await assistant.desk.tickets.get(ticketNumber);
    expect(ticket).toMatchObject({ channel: 'wechat', customerId: wechatCustomer, status: 'new' });
  });

  it('does not file a second ticket when the same repair is reported again on the proven chat', async () => {
    const script = ['空调还是显示E1，能不能快点来修', 'KFR-35GW', '2025年6月10日买的', PHONE, '北京市朝阳区建国路88号', '是'];
    let last!: TurnResult;
    for (const text of script) last = await turn('web', 'web-session-1', text);
    expect(await ticketCount()).toBe(1);
    expect(said(last)).toContain(ticketNumber);
  });

  it('counts wrong codes against the guesser, never against the ticket', async () => {
    // An attacker with the number (and even the phone) keeps guessing codes from one chat and address.
    // (Past any resend gap another test left: tests run shuffled and share the ticket.)
    clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
    await turn('web', 'web-attacker', `工单号${ticketNumber}，手机${PHONE}`, '203.0.113.9');
    for (let i = 0; i < 6; i++) {
      const guess = await turn('web', 'web-attacker', String(100000 + i), '203.0.113.9');
      expect(guess.ticket).toBeUndefined();
      expect(said(guess)).not.toContain('KFR-35GW');
      if (i % 2 === 1) await turn('web', 'web-attacker', `工单号${ticketNumber}`, '203.0.113.9');
    }
    const locked = await turn('web', 'web-attacker', `工单号${ticketNumber}`, '203.0.113.9');
    expect(said(locked)).toMatch(/次数太多/);
    // The owner, on a chat of their own, still proves the ticket.
    await turn('web', 'web-owner', `工单号${ticketNumber}`, '198.51.100.7');
    const proven = await turn('web', 'web-owner', lastCode()!, '198.51.100.7');
    expect(proven.ticket?.number).toBe(ticketNumber);
    const failures = await sqliteOf(assistant.desk).db.all<{ key: string }>("SELECT DISTINCT key FROM attempts WHERE kind = 'proof_failed' ORDER BY key");
    expect(failures.map((f) => f.key)).toEqual(['ip:203.0.113.9', 'session:web:web-attacker']);
  });

  it('opens the ticket on a chat that holds its secret link, and not with a wrong key', async () => {
    const link = sms.sent.find((m) => m.purpose === 'ticket_link')!.text;
    const key = /#key=([A-Za-z0-9_-]+)/.exec(link)![1]!;
    const requester = { channel: 'web', externalId: 'web-link', ip: '192.0.2.4' };
    // The first character changed (the last may end in 'x' already, or differ only in padding bits base64 ignores).
    const wrong = `${key[0] === 'A' ? 'B' : 'A'}${key.slice(1)}`;
    expect(await assistant.links.redeem(ticketNumber, wrong, requester, clock.now())).toEqual({ ok: false, reason: 'invalid' });
    expect(await assistant.links.redeem(ticketNumber, key, requester, clock.now())).toMatchObject({ ok: true, ticket: { number: ticketNumber } });
    const r = await turn('web', 'web-link', '我的工单进度', '192.0.2.4');
    expect(said(r)).toContain(ticketNumber);
  });
});
