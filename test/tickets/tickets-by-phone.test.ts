/**
 * Finding tickets by the phone on them (findTicketsByPhone), as the tool enforces it whatever a
 * brain asks: the answer before the code is the same whether or not the phone has tickets, the code
 * goes only to that phone and proves only its open tickets, wrong codes and too many asks are
 * limited like ticket codes, and the customer's own tickets need no code.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbuseGuard, DEFAULT_ABUSE_LIMITS } from '../../bot/tools/abuse-limits';
import { ticketsByPhoneTool, type TicketsByPhoneResult } from '../../bot/tools/tickets-by-phone';
import { ToolBox } from '../../bot/tools/tool';
import { updateTicketTool } from '../../bot/tools/update-ticket';
import { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { newCustomer, openTestDesk, repairTicket, webChatToolContext, type TestDesk } from '../../testing/desk';

const PHONE = '13733334444';

describe('findTicketsByPhone', () => {
  let desk: TestDesk;
  let sms: LogSmsSender;
  beforeEach(async () => {
    desk = await openTestDesk();
    sms = new LogSmsSender(() => undefined);
  });
  afterEach(() => desk.dispose());

  async function chat(externalId: string, ip = '203.0.113.1') {
    const context = await webChatToolContext(desk, externalId, ip);
    const guard = new AbuseGuard(desk.attempts);
    const box = new ToolBox([updateTicketTool(desk.tickets, desk.access), ticketsByPhoneTool({ tickets: desk.tickets, access: desk.access, guard, sms })], context);
    const find = async (args: { phone: string; code?: string }) => {
      const outcome = await box.call('findTicketsByPhone', args);
      if (!outcome.ok) throw new Error(outcome.error.message);
      return outcome.result as TicketsByPhoneResult;
    };
    return { box, find, customerId: context.customerId };
  }
  const lastCode = () => /验证码 (\d{6})/.exec(sms.sent.at(-1)!.text)![1]!;

  async function fileTwo() {
    const owner = await newCustomer(desk, 'wx-owner');
    const hood = (
      await desk.tickets.create(repairTicket(owner, { category: 'range_hood', brand: 'Fotile', symptom: '油烟机吸力变小', contactPhone: PHONE, address: '杭州市西湖区文三路1号 / 明天上午' }), {
        actor: 'bot',
      })
    ).ticket;
    desk.clock.advance(60_000);
    const dishwasher = (await desk.tickets.create(repairTicket(owner, { category: 'dishwasher', brand: 'Siemens', symptom: '洗碗机显示E15', contactPhone: PHONE }), { actor: 'bot' })).ticket;
    return { hood, dishwasher };
  }

  it('answers the same whether or not the phone has tickets, and texts only a phone that has some', async () => {
    await fileTwo();
    const stranger = await chat('web-stranger');
    const withTickets = await stranger.find({ phone: PHONE });
    const without = await stranger.find({ phone: '13600001111' });
    expect(withTickets).toEqual({ found: false, tickets: [], masked: '137****4444', codeSent: true });
    expect(without).toEqual({ found: false, tickets: [], masked: '136****1111', codeSent: true });
    expect(sms.sent.map((m) => [m.to, m.purpose])).toEqual([[PHONE, 'proof_code']]);
    // A code for a phone with no tickets is just wrong.
    expect(await stranger.find({ phone: '13600001111', code: '123456' })).toMatchObject({ found: false, wrongCode: true });
  });

  it("lists the proven phone's open tickets, newest first, with their visit time, and lets the chat change them", async () => {
    const { hood, dishwasher } = await fileTwo();
    const other = await newCustomer(desk, 'wx-neighbour');
    const notHers = (await desk.tickets.create(repairTicket(other, { symptom: '冰箱不制冷', contactPhone: '13800000000' }), { actor: 'bot' })).ticket;
    const web = await chat('web-owner-again');
    await web.find({ phone: '137 3333 4444' });
    expect(sms.sent.at(-1)!.to).toBe(PHONE);
    expect(await web.find({ phone: PHONE, code: '000000' })).toMatchObject({ found: false, wrongCode: true });
    const proven = await web.find({ phone: PHONE, code: lastCode() });
    expect(proven.found).toBe(true);
    expect(proven.tickets.map((t) => t.number)).toEqual([dishwasher.number, hood.number]);
    expect(proven.tickets[1]).toMatchObject({ category: 'range_hood', brand: 'Fotile', visitTime: '明天上午', status: 'new' });
    // The proof grants those tickets: the visit time is changed, the address kept; another ticket stays out of reach.
    expect(await web.box.call('updateTicket', { ticketNumber: hood.number, visitTime: '12月7日（周一）上午', note: '客户改约' })).toMatchObject({ ok: true });
    expect((await desk.tickets.get(hood.id)).address).toBe('杭州市西湖区文三路1号 / 12月7日（周一）上午');
    expect(await web.box.call('updateTicket', { ticketNumber: notHers.number, visitTime: '周六' })).toMatchObject({ ok: false });
  });

  it('limits wrong codes like ticket codes, and never texts the phone again within the resend gap', async () => {
    await fileTwo();
    const guesser = await chat('web-guesser');
    await guesser.find({ phone: PHONE });
    await guesser.find({ phone: PHONE });
    expect(sms.sent).toHaveLength(1);
    for (let i = 0; i < DEFAULT_ABUSE_LIMITS.proofFailuresPerHour; i++) expect(await guesser.find({ phone: PHONE, code: String(100000 + i) })).toMatchObject({ wrongCode: true });
    // Locked now, even with the right code; the owner on another chat is not.
    const code = lastCode();
    expect(await guesser.find({ phone: PHONE, code })).toMatchObject({ found: false, locked: true });
    const owner = await chat('web-owner', '198.51.100.7');
    expect(await owner.find({ phone: PHONE, code })).toMatchObject({ found: true });
  });

  it("shows the customer's own tickets (same chat identity) without a code; a landline cannot be proven", async () => {
    const web = await chat('web-self');
    const own = (await desk.tickets.create(repairTicket(web.customerId, { symptom: '微波炉不加热', contactPhone: PHONE }), { actor: 'bot' })).ticket;
    expect(await web.find({ phone: PHONE })).toMatchObject({ found: true, tickets: [{ number: own.number }] });
    expect(sms.sent).toHaveLength(0);
    expect(await web.find({ phone: '0571-8888 6666' })).toEqual({ found: false, tickets: [], notMobile: true });
  });
});
