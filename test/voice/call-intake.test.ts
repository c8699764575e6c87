import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAssistant } from '../../app/assistant';
import { loadConfig } from '../../app/config';
import { CallIntake } from '../../bot/calls/call-intake';
import type { CallTranscriptInput } from '../../bot/calls/call-transcript';
import { readTranscriptFile } from '../../channels/voice/read-folder';
import { FixedClock } from '../../kernel/clock';
import { openTestDesk, type TestDesk } from '../../testing/desk';
import { tempDir } from '../../testing/temp-dir';
import { TRANSCRIPTS } from './support';

const fixture = (name: string) => readTranscriptFile(path.join(TRANSCRIPTS, name));

function call(callId: string, caller: string | undefined, customerSays: string, at = '2026-11-24T10:00:00+08:00'): CallTranscriptInput {
  return {
    callId,
    callerNumber: caller,
    startedAt: at,
    turns: [
      { speaker: 'agent', text: '您好，工号1001，请问有什么可以帮您？', line: 1 },
      { speaker: 'customer', text: customerSays, line: 2 },
      { speaker: 'agent', text: '好的，师傅会在明天上午联系您。感谢您的来电。', line: 3 },
    ],
  };
}

describe('filing calls', () => {
  let desk: TestDesk;
  let intake: CallIntake;
  beforeEach(async () => {
    desk = await openTestDesk('2026-11-24T04:00:00Z');
    intake = new CallIntake({ customers: desk.customers, tickets: desk.tickets, calls: desk.calls, clock: desk.clock, timeZone: 'Asia/Shanghai' });
  });
  afterEach(() => desk.dispose());

  it('files the same call twice as one ticket with one note', async () => {
    const first = await intake.file(fixture('zh-polite-ac-e1.json'));
    desk.clock.advance(60_000);
    const again = await intake.file(fixture('zh-polite-ac-e1.json'));
    expect(first).toMatchObject({ duplicate: false, ticket: { action: 'created' } });
    expect(again).toMatchObject({ duplicate: true, customerId: first.customerId, ticket: { number: first.ticket!.number, action: 'created' } });
    expect(await desk.tickets.list()).toHaveLength(1);
    const events = await desk.tickets.events(first.ticket!.number);
    expect(events.filter((e) => e.kind === 'note')).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'updated')).toHaveLength(0);
    expect(await desk.calls.forCustomer(first.customerId)).toHaveLength(1);
  });

  it('refuses the same call id with different content and changes nothing', async () => {
    await intake.file(call('C-1', '13800001111', '空调显示E1不制热'));
    await expect(intake.file(call('C-1', '13800001111', '冰箱不制冷了'))).rejects.toMatchObject({ code: 'call_conflict' });
    const [ticket] = await desk.tickets.list();
    expect(ticket!.category).toBe('air_conditioner');
    expect((await desk.tickets.events(ticket!.id)).filter((e) => e.kind === 'note')).toHaveLength(1);
  });

  it('continues the caller’s open ticket about the same product, raising it and filling gaps', async () => {
    const first = await intake.file(call('C-1', '13800001111', '格力空调不制热了'));
    desk.clock.advance(3_600_000);
    const second = await intake.file(call('C-2', '+86 138-0000-1111', '还是我，空调显示E1，老人在家冻得不行，师傅到现在还没联系我', '2026-11-24T15:00:00+08:00'));
    expect(second.customerId).toBe(first.customerId);
    expect(second.ticket).toMatchObject({ number: first.ticket!.number, action: 'updated' });
    const ticket = await desk.tickets.get(first.ticket!.number);
    expect(ticket.errorCode).toBe('E1');
    expect(ticket.priority < first.ticket!.priority).toBe(true);
    const notes = (await desk.tickets.events(ticket.id)).filter((e) => e.kind === 'note').map((e) => String(e.detail.text));
    expect(notes).toHaveLength(2);
    expect(notes[1]).toContain('C-2');
  });

  it('opens a new ticket for another product, and after the old ticket is closed', async () => {
    const ac = await intake.file(call('C-1', '13800001111', '格力空调不制热了'));
    const washer = await intake.file(call('C-2', '13800001111', '美的洗衣机不排水'));
    expect(washer.ticket!.number).not.toBe(ac.ticket!.number);
    for (const status of ['open', 'resolved', 'closed'] as const) await desk.tickets.changeStatus(ac.ticket!.number, status, 'agent:li');
    const again = await intake.file(call('C-3', '13800001111', '空调又不制热了'));
    expect(again.ticket).toMatchObject({ action: 'created' });
    expect(new Set([ac, washer, again].map((o) => o.ticket!.number)).size).toBe(3);
  });

  it('moves a ticket waiting for the customer back into progress when they call', async () => {
    const first = await intake.file(call('C-1', '13800001111', '格力空调不制热了'));
    for (const status of ['open', 'waiting_customer'] as const) await desk.tickets.changeStatus(first.ticket!.number, status, 'agent:li');
    await intake.file(call('C-2', '13800001111', '空调的型号是KFR-35GW'));
    expect(await desk.tickets.get(first.ticket!.number)).toMatchObject({ status: 'in_progress', model: 'KFR-35GW' });
  });

  it('identifies a withheld caller by the mobile they read out, and an anonymous one by the call', async () => {
    const spoken = await intake.file(call('C-1', undefined, '我手机号幺三八，零零零零，幺幺幺幺，空调不制热'));
    expect((await desk.customers.get(spoken.customerId)).phone).toBe('13800001111');
    const anonymous = await intake.file(call('C-2', undefined, '空调不制热'));
    expect(anonymous.customerId).not.toBe(spoken.customerId);
    expect(await desk.customers.identities(anonymous.customerId)).toEqual([{ channel: 'voice', externalId: 'call:C-2' }]);
  });

  // A call whose filing fails half-way leaves nothing behind: test/contracts/stores/call-log.contract.ts.

  it('refuses an invalid transcript with a clear error', async () => {
    await expect(intake.file({ callId: 'C-1', startedAt: 'yesterday', turns: [] })).rejects.toMatchObject({ code: 'invalid_call', message: expect.stringMatching(/startedAt.*turns/s) });
  });
});

describe('cross-channel: a caller who wrote on WeChat first', () => {
  it('continues the open ticket filed on WeChat under the number caller ID proves', async () => {
    const { dir, cleanup } = tempDir('voice-assistant-');
    const clock = new FixedClock('2026-11-24T01:00:00Z');
    const assistant = await openAssistant(loadConfig({ AFTERSALES_DATA_DIR: dir }), { clock });
    try {
      const wechat = (text: string, n: number) =>
        assistant.bot.handle({ channel: 'wechat', channelMessageId: `wx-${n}`, customerRef: 'wxid_zhang', customerName: '张女士', text, receivedAt: clock.now().toISOString() });
      const turns = ['格力空调型号KFR-35GW，显示E1不制热', '还是不行', '不记得了', '13812345678', '上海市浦东新区张江路100号', '是'];
      let last: Awaited<ReturnType<typeof wechat>> | undefined;
      for (const [i, text] of turns.entries()) last = await wechat(text, i);
      const filedOnWechat = last!.ticket!;
      expect(filedOnWechat.number).toMatch(/^AS-/);

      clock.advance(3 * 3_600_000);
      const outcome = await assistant.calls.file(fixture('zh-polite-ac-e1.json'));
      expect(outcome.ticket).toMatchObject({ number: filedOnWechat.number, action: 'updated' });
      expect(await assistant.desk.tickets.list()).toHaveLength(1);
      // The number was only typed on WeChat; caller ID proves it. The ticket filed under it goes
      // with its proven owner, and the records stay apart (typing a number proves nothing).
      expect(outcome.customerId).not.toBe(last!.customerId);
      expect((await assistant.desk.tickets.get(filedOnWechat.number)).customerId).toBe(outcome.customerId);
      const identities = await assistant.desk.customers.identities(outcome.customerId);
      expect(identities.map((i) => i.channel)).toEqual(['voice']);
      const notes = (await assistant.desk.tickets.events(filedOnWechat.number)).filter((e) => e.kind === 'note');
      expect(String(notes.at(-1)!.detail.text)).toContain('ZH-20261124-0001');
    } finally {
      await assistant.close();
      cleanup();
    }
    expect(fs.existsSync(dir)).toBe(false);
  });
});
