/**
 * What reaches the desk from Slack is verified and counted once: a forged signature, a wrong
 * secret and a timestamp more than five minutes off either way are refused (401) with nothing
 * changed; a redelivered or replayed event or click is acknowledged and ignored. Messages
 * that are not an agent's answer (our own posts, edits, top-level chatter) change nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { customerDestination } from '../../bot/customer-deliveries';
import type { OutboundMessage } from '../../bot/messages';
import { blockActionBody, messageEventBody, send, signed } from '../../testing/slack-signed-requests';
import { AGENT, CHANNEL, SECRET, openSlackWorld, type SlackWorld } from '../../testing/slack-world';

describe('Slack desk: request verification and replays', () => {
  let world: SlackWorld;
  let conversationId: number;
  let threadTs: string;

  let sessions = 0;

  beforeAll(async () => {
    world = await openSlackWorld();
  });
  // A handoff of its own for each test: tests take it over and hand it back, in shuffled order.
  beforeEach(async () => {
    const turn = await world.customer('I want to talk to a human, my washer leaks', `web-session-verify-${++sessions}`);
    expect(turn.mode).toBe('handoff_requested');
    conversationId = turn.conversationId;
    await world.drain();
    threadTs = await world.threadOf(conversationId);
  });
  afterAll(async () => {
    await world?.close();
  });

  const agentTexts = async () => (await world.assistant.desk.conversations.history(conversationId, 100)).filter((m) => m.author.startsWith('agent:')).map((m) => m.text);
  const toCustomer = async () =>
    (await world.assistant.desk.outbox.due(customerDestination('web'), world.clock.now(), 200)).map((i) => i.payload as OutboundMessage).filter((m) => m.conversationId === conversationId);

  it('refuses a bad signature, a wrong secret and a stale timestamp with 401, changing nothing', async () => {
    const before = await world.snapshot();
    const event = messageEventBody({ eventId: 'EvForged1', channel: CHANNEL, user: AGENT, text: 'forged answer', ts: '1795000000.000001', threadTs });
    const click = blockActionBody({ user: AGENT, channel: CHANNEL, messageTs: threadTs, actionId: 'handoff_take_over', value: String(conversationId) });
    const attempts = [
      signed(SECRET, event, 'application/json', { signature: `v0=${'0'.repeat(64)}` }),
      signed('not-the-secret', event, 'application/json'),
      signed(SECRET, event, 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 }),
      signed(SECRET, click, 'application/x-www-form-urlencoded', { signature: 'v0=deadbeef' }),
      signed(SECRET, click, 'application/x-www-form-urlencoded', { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 }),
      // Correctly signed but dated ahead: a captured request would stay "young" for that long (issue 18).
      signed(SECRET, event, 'application/json', { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 }),
      signed(SECRET, click, 'application/x-www-form-urlencoded', { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 }),
    ];
    for (const request of attempts) expect((await send(world.url, request)).status).toBe(401);
    // A signature over other bytes than the ones sent (a tampered body).
    const tampered = signed(SECRET, event, 'application/json');
    expect((await send(world.url, { ...tampered, body: event.replace('forged answer', 'tampered answer') })).status).toBe(401);
    // No signature at all.
    expect((await send(world.url, { body: event, contentType: 'application/json', headers: { 'content-type': 'application/json' } })).status).toBe(401);

    expect(await world.snapshot()).toEqual(before);
    expect((await world.assistant.desk.conversations.get(conversationId)).state.mode).toBe('handoff_requested');
  });

  it('handles a redelivered event id once, and ignores an exact replay of a signed request', async () => {
    const first = await world.agentSays('Hello, this is Mia from the service desk.', threadTs, { eventId: 'EvOnce0001' });
    expect(first.status).toBe(200);
    const after = await world.snapshot();
    // Slack's retry: same event id, a new signature and the retry headers.
    const retry = await world.agentSays('Hello, this is Mia from the service desk.', threadTs, { eventId: 'EvOnce0001', sign: { retryNum: 1 } });
    expect(retry.status).toBe(200);
    // A captured request sent again inside the five-minute window: same bytes, same headers.
    const body = messageEventBody({ eventId: 'EvOnce0001', channel: CHANNEL, user: AGENT, text: 'Hello, this is Mia from the service desk.', ts: '1795000000.000777', threadTs });
    const captured = signed(SECRET, body, 'application/json');
    expect((await send(world.url, captured)).status).toBe(200);
    expect((await send(world.url, captured)).status).toBe(200);

    expect(await world.snapshot()).toEqual(after);
    expect((await agentTexts()).filter((t) => t.startsWith('Hello, this is Mia'))).toHaveLength(1);
    expect((await toCustomer()).filter((m) => m.kind === 'agent')).toHaveLength(1);
  });

  it('counts a replayed click once', async () => {
    const click = blockActionBody({ user: AGENT, channel: CHANNEL, messageTs: threadTs, actionId: 'handoff_return', value: String(conversationId), actionTs: '1795000001.000001' });
    const request = signed(SECRET, click, 'application/x-www-form-urlencoded');
    expect((await send(world.url, request)).status).toBe(200);
    const after = await world.snapshot();
    expect((await world.assistant.desk.conversations.get(conversationId)).state.mode).toBe('bot');
    expect((await send(world.url, request)).status).toBe(200);
    expect(await world.snapshot()).toEqual(after);
    expect((await toCustomer()).filter((m) => /handed you back|交回/.test(m.text))).toHaveLength(1);
  });

  it('ignores our own posts, edits, other bots and top-level messages', async () => {
    expect((await world.click('takeOver', conversationId)).status).toBe(200);
    const before = await world.snapshot();
    await world.agentSays('客户 Customer: echo of our own relay', threadTs, { user: 'UBOT', botId: 'BBOT' });
    await world.agentSays('another bot talking', threadTs, { user: 'U0OTHER', botId: 'B0OTHER' });
    await world.agentSays('edited text', threadTs, { subtype: 'message_changed' });
    await world.agentSays('chatter in the channel, not in a thread', '');
    await world.agentSays('a thread that is not a handoff', '1795000000.123456');
    expect(await world.snapshot()).toEqual(before);
  });

  it('keeps // notes in the ticket, and turns Slack markup into plain text for the customer', async () => {
    await world.agentSays('// 客户之前投诉过一次，注意语气', threadTs);
    const ticket = (await world.assistant.desk.conversations.get(conversationId)).state.ticketNumber!;
    const events = await world.assistant.desk.tickets.events(ticket);
    expect(events.at(-1)).toMatchObject({ kind: 'note', actor: `agent:slack:${AGENT}` });
    expect(JSON.stringify(events.at(-1)!.detail)).toContain('注意语气');
    expect(await agentTexts()).not.toContain(expect.stringContaining('注意语气'));

    await world.agentSays('See <https://service.example.com/manual|the manual> &amp; call <@U0LEAD> if 1 &lt; 2 <!here>', threadTs);
    expect((await toCustomer()).at(-1)).toMatchObject({ kind: 'agent', text: 'See the manual (https://service.example.com/manual) & call if 1 < 2' });
  });

  it('does not send a reply once the conversation is back with the bot, and tells the agent privately', async () => {
    expect((await world.click('returnToBot', conversationId)).status).toBe(200);
    const before = (await toCustomer()).length;
    await world.agentSays('one more thing...', threadTs);
    expect(await toCustomer()).toHaveLength(before);
    await world.drain();
    expect(world.slack.ephemerals.at(-1)).toMatchObject({ channel: CHANNEL, user: AGENT, thread_ts: threadTs, text: expect.stringContaining('Take over') });
  });

  it('escapes customer text so it cannot mention the channel or forge links', async () => {
    // (With a fault in it, so the summary the agents see carries the customer's words.)
    const turn = await world.customer('转人工 冰箱不制冷了 <!channel> <https://evil.example|click here> & more', 'web-session-escape');
    await world.drain();
    const post = world.slack
      .posts(CHANNEL)
      .filter((m) => !m.thread_ts)
      .at(-1)!;
    // The summary in the notification text keeps the fault, and nothing of the attack that Slack would parse.
    expect(post.text).toContain('冰箱不制冷了');
    expect(post.text).not.toMatch(/<!channel>|<https:\/\/evil|<$/);
    const blocks = post.blocks as { type: string; text?: { type: string; text: string }; fields?: { type: string; text: string }[] }[];
    const mrkdwn = blocks
      .flatMap((b) => [b.text, ...(b.fields ?? [])])
      .filter((t) => t?.type === 'mrkdwn')
      .map((t) => t!.text);
    const plain = blocks
      .map((b) => b.text)
      .filter((t) => t?.type === 'plain_text')
      .map((t) => t!.text);
    expect(mrkdwn.join('\n')).not.toMatch(/<!channel>|<https:\/\/evil/);
    // Shown to agents as the customer typed it, in text Slack does not parse.
    expect(plain.join('\n')).toContain('<!channel> <https://evil.example|click here> & more');
    expect(turn.mode).toBe('handoff_requested');
  });
});
