/**
 * A handoff with no ticket (a bare request for a person) works everywhere a ticketed one does: the
 * desk queue shows it with its own first-response clock, the sweep's overdue query finds it, an
 * agent answers and resolves it, the customer gets the survey and their score is kept, and the
 * manager's report counts its first response, its SLA tier and its score.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskViews } from '../../agent-desk/desk-views';
import { buildServiceReport } from '../../reports/service-report';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const HOUR = 3_600_000;

function views(): DeskViews {
  const { desk } = world.assistant;
  return new DeskViews({ queue: desk.handoffQueue, conversations: desk.conversations, tickets: desk.tickets, customers: desk.customers, knowledgeTitle: () => undefined, clock: world.clock });
}

describe.each([
  ['zh', '我不想和机器人聊，直接给我接人工', '5', /客服已处理完您的问题/],
  ['en', 'no bots please, put me through to a person', '4', /Our team has finished with your request/],
])('a handoff with no ticket at the desk (%s)', (_lang, request, score, survey) => {
  it('is queued with its own clock, flagged overdue, answered, resolved, surveyed and reported', async () => {
    const from = world.clock.now();
    const c = world.customer(`ticketless-desk-${request}`);
    const turn = await c.say(request);
    expect(turn.mode).toBe('handoff_requested');
    expect(await c.tickets()).toEqual([]);
    const id = turn.conversationId;

    const item = (await views().queue()).find((i) => i.conversationId === id)!;
    expect(item.ticket).toBeUndefined();
    expect(item.clock?.firstResponseDue).toBeTruthy();
    expect(item.clock?.responded).toBe(false);
    expect(item.dueAt).toBe(item.clock!.firstResponseDue);
    expect((await views().conversation(id)).request?.firstResponseDue).toBe(item.clock!.firstResponseDue);

    // Past its own deadline with nobody answering: the sweep's query names the conversation (no ticket).
    const due = Date.parse(item.clock!.firstResponseDue);
    const overdue = await world.assistant.desk.handoffQueue.overdue(new Date(due + 60_000));
    expect(overdue.find((o) => o.conversationId === id)).toMatchObject({ firstResponseDue: item.clock!.firstResponseDue });
    expect(overdue.find((o) => o.conversationId === id)?.ticketNumber).toBeUndefined();

    world.clock.advance(HOUR / 4);
    await world.assistant.handoffs.agentReply(id, 'web-desk:li', request.startsWith('no') ? 'Hello, I can help. What do you need?' : '您好，我来帮您，请问什么事？');
    expect((await views().queue()).find((i) => i.conversationId === id)?.clock?.responded).toBe(true);
    expect(await world.assistant.desk.handoffQueue.overdue(new Date(due + 60_000))).not.toContainEqual(expect.objectContaining({ conversationId: id }));

    await world.assistant.handoffs.resolve(id, 'web-desk:li');
    const history = await world.assistant.desk.conversations.history(id, 50);
    expect(history.at(-1)?.text).toMatch(survey);
    expect(history.at(-1)?.text).not.toMatch(/AS-\d{8}/);
    const rated = await c.say(score);
    expect(rated.mode).toBe('bot');
    expect(rated.text).toMatch(/谢谢|感谢|Thank/i);

    const period = { from, to: new Date(world.clock.now().getTime() + 1000) };
    const rows = await world.assistant.desk.reports.read(period);
    const queued = rows.queuedHandoffs?.filter((h) => h.conversationId === id) ?? [];
    expect(queued).toHaveLength(1);
    expect(queued[0]!.respondedAt).toBeTruthy();
    expect(rows.scores.map((s) => s.score)).toContain(Number(score));
    expect(rows.surveys.find((s) => s.conversationId === id)?.answered).toBe(true);
    const report = buildServiceReport(rows, { period, now: world.clock.now(), sla: DEFAULT_SLA });
    expect(report.handoffs.requests).toBeGreaterThanOrEqual(1);
    expect(report.firstResponse.n).toBeGreaterThanOrEqual(1);
    const tier = report.sla.tiers.find((t) => t.priority === queued[0]!.priority)!;
    expect(tier.handoffs).toBeGreaterThanOrEqual(1);
    expect(tier.firstResponse.met).toBeGreaterThanOrEqual(1);
    expect(report.csat.responses).toBeGreaterThanOrEqual(1);
  });
});
