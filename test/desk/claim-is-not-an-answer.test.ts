/**
 * Claiming a handed-off conversation is not answering it. The automatic "a person has joined"
 * notice must not stop the first-response clock, tick the ticket's first-response deadline, or
 * count in the manager report's first-response figures; only a reply the agent writes does. The
 * notice is said once per handling (a release and re-claim do not repeat it), and after a danger it
 * restates the safety step instead of asking "anything to add?".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceReport, type ServiceReport } from '../../reports/service-report';
import { DEFAULT_SLA } from '../../tickets/sla';
import { sqliteOf } from '../../testing/desk';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
}, 180_000);
afterAll(() => world?.close());

async function reportSince(from: Date): Promise<ServiceReport> {
  const period = { from, to: new Date(world.clock.now().getTime() + 1000) };
  return buildServiceReport(await world.assistant.desk.reports.read(period), { period, now: world.clock.now(), sla: DEFAULT_SLA });
}

async function notices(conversationId: number): Promise<string[]> {
  const rows = await sqliteOf(world.assistant.desk).db.all<{ text: string }>(
    `SELECT text FROM messages WHERE conversation_id = ? AND direction = 'out' AND author LIKE 'agent:%' AND json_extract(meta, '$.kind') = 'notice'`,
    [conversationId],
  );
  return rows.map((r) => r.text);
}

describe.each([
  {
    lang: 'zh',
    fault: '我家洗碗机洗完碗还是很脏，喷臂好像不转，找人工客服帮我看看',
    bare: '我想找一位真人客服聊一下',
    danger: '厨房灶台那边一股很冲的煤气味，怎么办',
    reply: '您好，我是售后的小周，马上帮您安排。',
    generic: /补充/,
    safetyStep: /阀|燃气|煤气|明火|开窗|门窗/,
  },
  {
    lang: 'en',
    fault: 'my dishwasher leaves the plates dirty and the spray arm seems stuck, I want a real person to look at it',
    bare: 'can I speak with an actual person from your team please',
    danger: 'there is a strong smell of gas next to the cooker in my kitchen, what should I do',
    reply: 'Hello, Zhou from after-sales here, I am arranging it now.',
    generic: /anything you would like to add/i,
    safetyStep: /gas|valve|flame|window|switch/i,
  },
])('a claim at the desk ($lang)', ({ lang, fault, bare, danger, reply, generic, safetyStep }) => {
  it('does not answer the ticket or the ticketless handoff; only the written reply does', async () => {
    world.clock.advance(3_600_000);
    const from = world.clock.now();
    const filed = await world.customer(`claim-${lang}-ticket`).say(fault);
    expect(filed.mode).toBe('handoff_requested');
    const [ticket] = await world.customer(`claim-${lang}-ticket`).tickets();
    expect(ticket).toBeDefined();
    const asked = await world.customer(`claim-${lang}-bare`).say(bare);
    expect(asked.mode).toBe('handoff_requested');

    world.clock.advance(60_000);
    await world.assistant.handoffs.takeOver(filed.conversationId, 'web-desk:zhou', { exclusive: true });
    await world.assistant.handoffs.takeOver(asked.conversationId, 'web-desk:zhou', { exclusive: true });
    expect((await world.assistant.desk.tickets.get(ticket!.id)).firstRespondedAt).toBeUndefined();
    const claimed = await reportSince(from);
    expect(claimed.firstResponse.n).toBe(0);
    const met = (r: ServiceReport) => r.sla.tiers.reduce((n, t) => n + t.firstResponse.met, 0);
    expect(met(claimed)).toBe(0);

    // Released and claimed again: still no answer, and the customer is not told "joined" twice.
    await world.assistant.handoffs.release(filed.conversationId, 'web-desk:zhou');
    await world.assistant.handoffs.takeOver(filed.conversationId, 'web-desk:zhou', { exclusive: true });
    expect(await notices(filed.conversationId)).toHaveLength(1);
    expect((await world.assistant.desk.tickets.get(ticket!.id)).firstRespondedAt).toBeUndefined();

    world.clock.advance(120_000);
    await world.assistant.handoffs.agentReply(filed.conversationId, 'web-desk:zhou', reply);
    await world.assistant.handoffs.agentReply(asked.conversationId, 'web-desk:zhou', reply);
    const answered = await world.assistant.desk.tickets.get(ticket!.id);
    expect(answered.firstRespondedAt).toBe(world.clock.now().toISOString());
    const after = await reportSince(from);
    expect(after.firstResponse.n).toBe(2);
    expect(met(after)).toBe(2);
  });

  it('after a danger, the join notice restates the safety step', async () => {
    const said = await world.customer(`claim-${lang}-danger`).say(danger);
    expect(said.mode).toBe('handoff_requested');
    await world.assistant.handoffs.takeOver(said.conversationId, 'web-desk:zhou', { exclusive: true });
    const [notice] = await notices(said.conversationId);
    expect(notice).toMatch(safetyStep);
    expect(notice).not.toMatch(generic);

    // Claimed but unanswered, the P1 is on the manager's "about to breach" list from the start.
    const [ticket] = await world.customer(`claim-${lang}-danger`).tickets();
    expect(ticket?.priority).toBe('P1');
    const report = await reportSince(new Date(world.clock.now().getTime() - 3_600_000));
    expect(report.sla.atRisk.map((t) => t.number)).toContain(ticket!.number);
  });
});
