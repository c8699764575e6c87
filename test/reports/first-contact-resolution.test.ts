/**
 * First-contact resolution counts only conversations whose problem was solved in that contact: a
 * conversation whose ticket is still open (a repair or visit to come) or that a person handed back
 * to the bot unresolved is not, even though it is "back with the bot". Checked against the rows
 * the report is built from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceReport } from '../../reports/service-report';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
}, 180_000);
afterAll(() => world?.close());

describe.each([
  {
    lang: 'zh',
    fault: '我家洗碗机洗完碗还是很脏，喷臂好像不转，找人工客服帮我看看',
    bare: '我想找一位真人客服聊一下',
    reply: '您好，我是售后的小周，这边给您安排师傅上门。',
    closed: '我家的净水器滤芯多久换一次，帮我找个人工问问',
  },
  {
    lang: 'en',
    fault: 'my dishwasher leaves the plates dirty and the spray arm seems stuck, I want a real person to look at it',
    bare: 'can I speak with an actual person from your team please',
    reply: 'Hello, Zhou from after-sales here, an engineer will come round.',
    closed: 'my water purifier filter light is on, please put me through to a human agent',
  },
])('first-contact resolution ($lang)', ({ lang, fault, bare, reply, closed }) => {
  it('leaves out a conversation with its ticket still open and one handed back unresolved', async () => {
    world.clock.advance(3_600_000);
    const from = world.clock.now();
    const handoffs = world.assistant.handoffs;

    // A repair still to come: the chat ends, the ticket stays open.
    const open = await world.customer(`fcr-${lang}-open`).say(fault);
    expect(open.mode).toBe('handoff_requested');
    await handoffs.agentReply(open.conversationId, 'web-desk:zhou', reply);
    await handoffs.returnToBot(open.conversationId, 'web-desk:zhou', 'agent');

    // Handed back by the agent with nothing resolved.
    const back = await world.customer(`fcr-${lang}-back`).say(bare);
    expect(back.mode).toBe('handoff_requested');
    await handoffs.agentReply(back.conversationId, 'web-desk:zhou', reply);
    await handoffs.returnToBot(back.conversationId, 'web-desk:zhou', 'agent');

    // Answered and resolved by the person, the ticket closed with it.
    const done = await world.customer(`fcr-${lang}-done`).say(closed);
    expect(done.mode).toBe('handoff_requested');
    await handoffs.agentReply(done.conversationId, 'web-desk:zhou', reply);
    await handoffs.resolve(done.conversationId, 'web-desk:zhou', undefined, { closeTicket: true });

    const period = { from, to: new Date(world.clock.now().getTime() + 1000) };
    const rows = await world.assistant.desk.reports.read(period);
    const report = buildServiceReport(rows, { period, now: world.clock.now(), sla: DEFAULT_SLA });
    const ids = (xs: { id: number }[]) => xs.map((c) => c.id).sort();
    expect(ids(rows.conversations)).toEqual([open.conversationId, back.conversationId, done.conversationId].sort());
    expect(rows.conversations.every((c) => c.mode === 'bot')).toBe(true);
    expect(report.firstContactResolution.count).toBe(1);
    expect(report.firstContactResolution.of).toBe(3);
  });
});
