/** Every fixture call filed on a real SQLite desk, in the order the calls happened, against the team's truth file. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallIntake, type CallOutcome } from '../../bot/calls/call-intake';
import { readTranscriptFile } from '../../channels/voice/read-folder';
import { openTestDesk, type TestDesk } from '../../testing/desk';
import { TRANSCRIPTS, truth } from './support';

describe('fixture calls against the truth file', () => {
  let desk: TestDesk;
  const filed = new Map<string, CallOutcome>();

  beforeAll(async () => {
    desk = await openTestDesk('2026-11-24T12:00:00Z');
    const intake = new CallIntake({ customers: desk.customers, tickets: desk.tickets, calls: desk.calls, clock: desk.clock, timeZone: 'Asia/Shanghai' });
    for (const expected of truth.calls) filed.set(expected.file, await intake.file(readTranscriptFile(path.join(TRANSCRIPTS, expected.file))));
  });
  afterAll(() => desk.dispose());

  describe.each(truth.calls)('$file ($what)', (expected) => {
    it('finds the customer by phone', async () => {
      const outcome = filed.get(expected.file)!;
      const customer = await desk.customers.get(outcome.customerId);
      expect(outcome.callId).toBe(expected.callId);
      expect(customer.phone ?? null).toBe(expected.customerPhone);
      expect(outcome.analysis.customerPhone ?? null).toBe(expected.customerPhone);
      if (expected.phoneSource) expect(outcome.analysis.phoneSource).toBe(expected.phoneSource);
      if (expected.contactPhone) expect(outcome.analysis.contactPhone).toBe(expected.contactPhone);
      expect(await desk.customers.identities(customer.id)).toContainEqual({ channel: 'voice', externalId: expect.any(String) });
    });

    it('files or continues the expected ticket with the call attached', async () => {
      const outcome = filed.get(expected.file)!;
      expect(outcome.ticket?.action).toBe(expected.ticket.action);
      if (expected.ticket.sameAs) expect(outcome.ticket!.number).toBe(filed.get(expected.ticket.sameAs)!.ticket!.number);
      const ticket = await desk.tickets.get(outcome.ticket!.number);
      const { action: _action, sameAs: _sameAs, ...fields } = expected.ticket;
      expect(ticket).toMatchObject({ ...fields, customerId: outcome.customerId, channel: 'voice' });
      // As filed; a later call may raise it (the follow-up below does).
      expect(outcome.ticket!.priority).toBe(expected.urgency);
      const notes = (await desk.tickets.events(ticket.id)).filter((e) => e.kind === 'note');
      expect(notes.some((n) => String(n.detail.text).includes(expected.callId))).toBe(true);
      expect((await desk.calls.forTicket(ticket.number)).map((c) => c.callId)).toContain(expected.callId);
    });

    it('reads urgency, intent, codes, models, mood and the agent quality as expected', () => {
      const a = filed.get(expected.file)!.analysis;
      expect(a.language).toBe(expected.language);
      expect(a.urgency.priority).toBe(expected.urgency);
      expect(a.urgency.safety).toBe(expected.safety);
      if (expected.hazards) expect(a.urgency.hazards).toEqual(expected.hazards);
      expect(a.intent).toBe(expected.intent);
      expect(a.errorCodes).toEqual(expected.errorCodes);
      expect(a.models).toEqual(expected.models);
      expect(a.quality.failed).toEqual(expected.qualityFailed);
      for (const check of a.quality.checks.filter((c) => !c.passed && c.id !== 'no_forbidden')) expect(check.line).toBeGreaterThan(0);
      if (expected.lowestLine) expect(a.lowest?.line).toBe(expected.lowestLine);
      expect(a.sentimentCurve).toHaveLength(a.turns.customer);
      expect(Math.min(...a.sentimentCurve.map((p) => p.score))).toBe(a.lowest!.score);
      expect(a.summary.length).toBeGreaterThan(20);
      for (const code of expected.errorCodes) expect(a.summary).toContain(code);
    });
  });

  it('raises the first ticket to the urgency of the follow-up call and keeps both calls on it', async () => {
    const number = filed.get('zh-polite-ac-e1.json')!.ticket!.number;
    expect((await desk.tickets.get(number)).priority).toBe('P1');
    expect((await desk.calls.forTicket(number)).map((c) => c.callId)).toEqual(['ZH-20261124-0001', 'ZH-20261124-0010']);
  });

  it('files one ticket per call except the follow-up', async () => {
    expect(await desk.tickets.list({ limit: 100 })).toHaveLength(truth.calls.filter((c) => c.ticket.action === 'created').length);
  });
});
