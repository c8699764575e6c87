/**
 * The clock-driven side of the desk, with a fixed clock moved by hand: a handoff nobody answers
 * goes back to the bot after HANDOFF_RETURN_AFTER (the customer is told, Slack too), an agent
 * who keeps answering keeps the conversation, and a ticket past its first-response deadline is
 * re-announced in the channel once. Also the server wiring: `startServer` mounts the desk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer } from '../../app/server';
import { customerDestination } from '../../bot/customer-deliveries';
import type { OutboundMessage } from '../../bot/messages';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { FakeSlackApi } from '../../testing/fake-slack-api';
import { messageEventBody, send, signed } from '../../testing/slack-signed-requests';
import { AGENT, CHANNEL, SECRET, TOKEN, openSlackWorld, type SlackWorld } from '../../testing/slack-world';

const MINUTES = 60_000;

describe('Slack desk: the handoff sweep', () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await openSlackWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const toCustomer = async (conversationId: number) =>
    (await world.assistant.desk.outbox.due(customerDestination('web'), world.clock.now(), 500)).map((i) => i.payload as OutboundMessage).filter((m) => m.conversationId === conversationId);

  it('returns an unanswered handoff to the bot after the configured time, telling the customer and the channel', async () => {
    const turn = await world.customer('空调不制冷了 转人工', 'web-session-idle');
    await world.drain();
    const threadTs = await world.threadOf(turn.conversationId);

    // Only this conversation is judged: other tests' handoffs share the desk, in shuffled order.
    world.clock.advance(29 * MINUTES);
    expect((await world.sweep.run()).returnedToBot).not.toContain(turn.conversationId);
    world.clock.advance(2 * MINUTES);
    expect((await world.sweep.run()).returnedToBot).toContain(turn.conversationId);

    expect((await world.assistant.desk.conversations.get(turn.conversationId)).state.mode).toBe('bot');
    expect((await toCustomer(turn.conversationId)).at(-1)).toMatchObject({ kind: 'notice', text: expect.stringContaining('人工客服暂时没能回复') });
    const ticket = await world.assistant.desk.tickets.get(turn.ticket!.number);
    expect(['new', 'open']).toContain(ticket.status); // the ticket is kept for a person
    await world.drain();
    expect(world.slack.replies(threadTs).at(-1)!.text).toMatch(/自动交回机器人/);
    expect(JSON.stringify(world.slack.posts(CHANNEL).find((m) => m.ts === threadTs)!.blocks)).toMatch(/handoff_take_over/);

    // The bot talks again, and the sweep leaves the conversation alone from now on.
    const next = await world.customer('那我等会儿再说', 'web-session-idle');
    expect(next.replies).toHaveLength(1);
    expect((await world.sweep.run()).returnedToBot).not.toContain(turn.conversationId);
  });

  it('keeps a conversation with an agent who keeps answering', async () => {
    const turn = await world.customer('转人工', 'web-session-busy');
    await world.drain();
    const threadTs = await world.threadOf(turn.conversationId);
    world.clock.advance(20 * MINUTES);
    expect((await world.agentSays('我来处理，请稍等', threadTs)).status).toBe(200);
    world.clock.advance(20 * MINUTES);
    expect((await world.sweep.run()).returnedToBot).not.toContain(turn.conversationId);
    expect((await world.assistant.desk.conversations.get(turn.conversationId)).state.mode).toBe('agent');
    world.clock.advance(11 * MINUTES);
    expect((await world.sweep.run()).returnedToBot).toContain(turn.conversationId);
  });

  it('re-announces a handoff past its first-response deadline once, with its buttons', async () => {
    const turn = await world.customer('冰箱不制冷了 转人工', 'web-session-overdue');
    await world.drain();
    const threadTs = await world.threadOf(turn.conversationId);
    const due = Date.parse(turn.ticket!.firstResponseDue);
    world.clock.set(new Date(due - MINUTES));
    expect((await world.sweep.run()).reannounced).not.toContain(turn.ticket!.number);
    world.clock.set(new Date(due + MINUTES));
    expect((await world.sweep.run()).reannounced).toContain(turn.ticket!.number);
    expect((await world.sweep.run()).reannounced).not.toContain(turn.ticket!.number);
    await world.drain();
    const notice = world.slack.replies(threadTs).find((m) => m.reply_broadcast);
    expect(notice).toBeDefined();
    expect(notice!.text).toMatch(/超时未响应 Overdue/);
    expect(JSON.stringify(notice!.blocks)).toMatch(/handoff_take_over/);

    // Take over straight from the re-announcement (its buttons sit in the thread).
    expect((await world.click('takeOver', turn.conversationId, { messageTs: notice!.ts, threadTs })).status).toBe(200);
    expect((await world.assistant.desk.conversations.get(turn.conversationId)).state.mode).toBe('agent');
    // The take-over is not the answer: the first-response clock runs until the agent writes.
    expect((await world.assistant.desk.tickets.get(turn.ticket!.number)).firstRespondedAt).toBeUndefined();
  });
});

describe('Slack desk on the server', () => {
  it('is mounted by startServer when SLACK_BOT_TOKEN is set, and only then', async () => {
    const { dir, cleanup } = tempDir('slack-server-');
    const clock = new FixedClock('2026-11-24T01:00:00Z');
    const slack = await FakeSlackApi.start({ token: TOKEN, channels: [CHANNEL], now: () => clock.now().getTime() });
    const env = { AFTERSALES_DATA_DIR: dir, PORT: '0' };
    const plain = await startServer(loadConfig(env), { clock });
    try {
      expect(plain.context.relays.filter((r) => r.destination === 'slack')).toHaveLength(0);
      expect((await fetch(`${plain.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await plain.close();
    }
    const server = await startServer(loadConfig({ ...env, SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_CHANNEL_ID: CHANNEL, SLACK_API_URL: slack.url }), { clock });
    try {
      expect(server.context.relays.filter((r) => r.destination === 'slack')).toHaveLength(1);
      const body = messageEventBody({ eventId: 'EvServer01', channel: CHANNEL, user: AGENT, text: 'hi', ts: '1795000000.000001', threadTs: '1795000000.000000' });
      expect((await send(`${server.url}/slack/events`, signed('wrong-secret', body, 'application/json'))).status).toBe(401);
      expect((await send(`${server.url}/slack/events`, signed(SECRET, body, 'application/json'))).status).toBe(200);
      // Slack's URL check when the app is configured.
      const challenge = await send(`${server.url}/slack/events`, signed(SECRET, JSON.stringify({ type: 'url_verification', challenge: 'abc123' }), 'application/json'));
      expect(JSON.parse(challenge.text)).toEqual({ challenge: 'abc123' });
    } finally {
      await server.close();
      await slack.close();
      cleanup();
    }
  });
});
