/**
 * Who may act on a ticket, as the tools enforce it whatever a brain asks (issue 18: a model talked
 * into it changed a victim's visit address and phone). Only the customer it was filed under, or a
 * chat that proved it (a code or the link), adds to it or changes its phone or address; a proof
 * grants one ticket and merges nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbuseGuard } from '../../bot/tools/abuse-limits';
import { ticketStatusTool } from '../../bot/tools/ticket-status';
import { ToolBox } from '../../bot/tools/tool';
import { updateTicketTool } from '../../bot/tools/update-ticket';
import { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { newCustomer, openTestDesk, repairTicket, webChatToolContext, type TestDesk } from '../../testing/desk';

describe('ticket ownership in the tools', () => {
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
    return new ToolBox([updateTicketTool(desk.tickets, desk.access), ticketStatusTool({ tickets: desk.tickets, access: desk.access, guard, sms })], context);
  }

  it("refuses to change another customer's phone or address, and lets a chat that proved the ticket do it", async () => {
    const victim = await newCustomer(desk, 'wx-victim');
    const { ticket } = await desk.tickets.create(repairTicket(victim, { contactPhone: '13911112222', address: '北京市朝阳区建国路88号' }), { actor: 'bot' });
    const attacker = await chat('web-attacker');
    const change = { ticketNumber: ticket.number, phone: '13000000000', address: '上海市黄浦区某路1号' };
    const refused = await attacker.call('updateTicket', change);
    expect(refused).toMatchObject({ ok: false, error: { code: 'ticket_not_found' } });
    expect(await desk.tickets.get(ticket.id)).toMatchObject({ contactPhone: '13911112222', address: '北京市朝阳区建国路88号' });

    // The owner proves it from a web chat with the code texted to the phone on file.
    const owner = await chat('web-owner', '198.51.100.2');
    expect(await owner.call('ticketStatus', { ticketNumber: ticket.number })).toMatchObject({ ok: true, result: { found: false, codeSent: true } });
    const code = /验证码 (\d{6})/.exec(sms.sent.at(-1)!.text)![1]!;
    expect(sms.sent.at(-1)!.to).toBe('13911112222');
    expect(await owner.call('ticketStatus', { ticketNumber: ticket.number, code })).toMatchObject({ ok: true, result: { found: true, proven: true } });
    expect(await owner.call('updateTicket', { ticketNumber: ticket.number, address: '北京市朝阳区建国路88号9号楼' })).toMatchObject({ ok: true });
    expect((await desk.tickets.get(ticket.id)).address).toBe('北京市朝阳区建国路88号9号楼');
    // One ticket granted, nothing merged: the ticket stays the victim's, and no other ticket of theirs is visible.
    expect((await desk.tickets.get(ticket.id)).customerId).toBe(victim);
    const other = await desk.tickets.create(repairTicket(victim, { symptom: '另一台冰箱不制冷' }), { actor: 'bot' });
    expect(await owner.call('ticketStatus', { ticketNumber: other.ticket.number, code })).toMatchObject({ ok: true, result: { found: false } });
    expect(await desk.customers.identities(victim)).toEqual([{ channel: 'web', externalId: 'wx-victim' }]);
  });

  it("nobody can spoil the owner's code: wrong guesses count against the guesser, asking again texts nothing new, the live code works once", async () => {
    const victim = await newCustomer(desk, 'wx-victim-2');
    const { ticket } = await desk.tickets.create(repairTicket(victim, { contactPhone: '13911113333' }), { actor: 'bot' });
    // An attacker asks for a code (it goes to the owner's phone) and guesses.
    const attacker = await chat('web-attacker-2', '203.0.113.7');
    await attacker.call('ticketStatus', { ticketNumber: ticket.number });
    expect(sms.sent).toHaveLength(1);
    for (const guess of ['000000', '123456', '999999']) {
      expect(await attacker.call('ticketStatus', { ticketNumber: ticket.number, code: guess })).toMatchObject({ result: { found: false, wrongCode: true } });
    }
    // The owner asks minutes later: the same answer, no second text, and the code on their phone works.
    desk.clock.advance(2 * 60_000);
    const owner = await chat('web-owner-2', '198.51.100.3');
    expect(await owner.call('ticketStatus', { ticketNumber: ticket.number })).toMatchObject({ result: { found: false, codeSent: true } });
    expect(sms.sent).toHaveLength(1);
    const code = /验证码 (\d{6})/.exec(sms.sent[0]!.text)![1]!;
    expect(await owner.call('ticketStatus', { ticketNumber: ticket.number, code })).toMatchObject({ result: { found: true, proven: true } });
    // Used up: nobody else gets in with it.
    const again = await chat('web-owner-2b', '198.51.100.4');
    expect(await again.call('ticketStatus', { ticketNumber: ticket.number, code })).toMatchObject({ result: { found: false, wrongCode: true } });
    // After the resend gap a new code is texted.
    desk.clock.advance(6 * 60_000);
    const later = await chat('web-owner-2c', '198.51.100.5');
    await later.call('ticketStatus', { ticketNumber: ticket.number });
    expect(sms.sent).toHaveLength(2);
  });
});
