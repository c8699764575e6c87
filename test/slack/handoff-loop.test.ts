/**
 * The whole loop a web customer and an agent in Slack go through, over real HTTP with signed
 * requests, the real Bolt receiver, real SQLite and the fake Slack Web API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerDestination } from '../../bot/customer-deliveries';
import type { OutboundMessage } from '../../bot/messages';
import { AGENT, CHANNEL, openSlackWorld, type SlackWorld } from '../../testing/slack-world';
import { sqliteOf } from '../../testing/desk';

describe('Slack handoff desk: the whole loop', () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await openSlackWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const toCustomer = async (): Promise<OutboundMessage[]> => (await world.assistant.desk.outbox.due(customerDestination('web'), world.clock.now(), 100)).map((i) => i.payload as OutboundMessage);

  it('takes a web customer from escalation through an agent in Slack to a scored chat, its ticket kept open for the booked visit', async () => {
    const ref = 'web-session-loop';
    const first = await world.customer('格力空调显示E1，不制冷了，我电话13812345678', ref);
    expect(first.mode).toBe('bot');
    const escalated = await world.customer('转人工', ref);
    expect(escalated.mode).toBe('handoff_requested');
    // Honest about the wait: who is in Slack cannot be seen, so no "nobody online" and no "马上", but a time.
    expect(escalated.replies[0]!.text).toMatch(/工单 AS-[\s\S]*客服会在 \d+月\d+日 \d\d:\d\d 前/);
    expect(escalated.replies[0]!.text).not.toMatch(/马上|没有人工客服在线|没有空闲的客服/);
    const ticketNumber = escalated.ticket!.number;
    const conversationId = escalated.conversationId;

    // The handoff post: everything the agent needs, no personal data, three buttons.
    expect(await world.drain()).toBe(1);
    const [post] = world.slack.posts(CHANNEL);
    expect(post).toBeDefined();
    const drawn = JSON.stringify(post!.blocks);
    expect(drawn).toContain(ticketNumber);
    expect(drawn).toMatch(/网页 Web/);
    expect(drawn).toMatch(/保修 Warranty/);
    expect(drawn).toMatch(/First response due/);
    expect(drawn).toMatch(/<!date\^\d+\^/);
    expect(drawn).toMatch(/客户要求人工/);
    expect(drawn).toContain('E1');
    expect(drawn).not.toContain('13812345678');
    expect(post!.text).not.toContain('13812345678');
    expect(drawn).toMatch(/handoff_take_over.*handoff_return.*handoff_resolve/);
    expect(await world.threadOf(conversationId)).toBe(post!.ts);

    // While waiting, the customer's words go into the thread and the customer hears they did.
    const waiting = await world.customer('还要等多久？', ref);
    expect(waiting.replies.map((r) => r.text)).toEqual([expect.stringMatching(/已转给客服，最迟 .+ 前会有人联系您/)]);
    await world.drain();
    expect(world.slack.replies(post!.ts).map((m) => m.text)).toEqual([expect.stringContaining('还要等多久')]);

    // Take over (a signed block_actions interaction).
    const took = await world.click('takeOver', conversationId);
    expect(took.status).toBe(200);
    expect((await world.assistant.desk.conversations.get(conversationId)).state.mode).toBe('agent');
    const ticket = await world.assistant.desk.tickets.get(ticketNumber);
    expect(ticket).toMatchObject({ status: 'in_progress', assignee: `slack:${AGENT}` });
    // Taking it over answers nothing yet: the first-response clock runs until the agent writes.
    expect(ticket.firstRespondedAt).toBeUndefined();
    expect((await toCustomer()).at(-1)).toMatchObject({ kind: 'notice', text: expect.stringContaining('人工客服已接入') });
    await world.drain();
    expect(post!.updates).toBe(1);
    expect(JSON.stringify(post!.blocks)).not.toContain('handoff_take_over');
    expect(world.slack.replies(post!.ts).at(-1)!.text).toContain(`<@${AGENT}>`);

    // The agent answers in the thread (a signed message event); the customer's web chat gets it.
    const answer = '您好，我是客服小李。E1 是高压保护，我们安排师傅明天上门检查，可以吗？';
    const said = await world.agentSays(answer, post!.ts);
    expect(said.status).toBe(200);
    const history = await world.assistant.desk.conversations.history(conversationId, 50);
    expect(history.at(-1)).toMatchObject({ direction: 'out', author: `agent:slack:${AGENT}`, text: answer });
    expect((await toCustomer()).at(-1)).toMatchObject({ kind: 'agent', channel: 'web', customerRef: ref, text: answer, conversationId });

    // The customer answers; it goes to the thread, the bot stays out of it.
    const reply = await world.customer('可以，明天上午在家', ref);
    expect(reply.replies).toEqual([]);
    await world.drain();
    expect(world.slack.replies(post!.ts).at(-1)!.text).toContain('明天上午在家');

    // Resolve: the chat ends, the customer gets the survey, the post loses its buttons. The engineer
    // the agent booked has yet to come, so the ticket stays open (tickets/pending-work.ts).
    expect((await world.click('resolve', conversationId)).status).toBe(200);
    expect((await world.assistant.desk.tickets.get(ticketNumber)).status).toBe('in_progress');
    expect((await toCustomer()).at(-1)).toMatchObject({ kind: 'survey', quickReplies: ['5', '4', '3', '2', '1'] });
    await world.drain();
    expect(JSON.stringify(post!.blocks)).not.toMatch(/handoff_(take_over|return|resolve)/);
    // Only the chat is finished: the post and the thread say the ticket stays open, never a bare "已解决".
    expect(JSON.stringify(post!.blocks)).toMatch(/已结束对话[\s\S]*工单保持打开/);
    expect(JSON.stringify(post!.blocks)).not.toMatch(/已解决 resolved it/);

    // The customer scores 5 in the web chat: the score is kept, and the ticket stays open for the visit.
    const scored = await world.customer('5', ref);
    expect(scored.mode).toBe('bot');
    expect(scored.replies[0]!.text).toMatch(/感谢|谢谢/);
    expect((await world.assistant.desk.tickets.get(ticketNumber)).status).toBe('in_progress');
    const csat = await sqliteOf(world.assistant.desk).db.get<{ score: number }>('SELECT score FROM csat JOIN tickets ON tickets.id = csat.ticket_id WHERE tickets.number = ?', [ticketNumber]);
    expect(csat?.score).toBe(5);
    expect(world.errors).toEqual([]);
  });
});
