/**
 * The `Handoff` port as the composition root wires it: the built-in desk is always a desk, Slack
 * joins it when configured (each gets its own copy of every handoff item), and the sweep that
 * hands unanswered conversations back to the bot runs with no Slack at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DESK } from '../../agent-desk/web-desk-handoff';
import type { DeskChange } from '../../agent-desk/desk-live';
import { customerDestination } from '../../bot/customer-deliveries';
import type { OutboundMessage } from '../../bot/messages';
import { SLACK_DESK } from '../../channels/slack/desk-payloads';
import { openSlackWorld, type SlackWorld } from '../../testing/slack-world';
import { startWebServer, type WebServer } from '../web/web-client';
import { sqliteOf } from '../../testing/desk';

const MINUTES = 60_000;
let seq = 0;

describe('the built-in desk without Slack', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const say = (ref: string, text: string) =>
    server.context.assistant.bot.handle({ channel: 'web', channelMessageId: `port-${++seq}`, customerRef: ref, text, receivedAt: server.clock.now().toISOString() });

  it('queues every handoff item for the built-in desk only, and its relay tells the open desk pages', async () => {
    const { assistant } = server.context;
    expect(assistant.routes.desks).toEqual([WEB_DESK]);
    const heard: DeskChange[] = [];
    const stop = assistant.deskLive.subscribe((c) => heard.push(c));
    const turn = await say('port-a', '转人工');
    expect(turn.mode).toBe('handoff_requested');
    await say('port-a', '我在家等着');
    // Read from the table (the running relay may have delivered them already).
    const rows = await sqliteOf(assistant.desk).db.all<{ destination: string; kind: string }>("SELECT destination, kind FROM outbox WHERE json_extract(payload, '$.conversationId') = ? ORDER BY id", [
      turn.conversationId,
    ]);
    expect(rows.filter((r) => r.destination === WEB_DESK).map((r) => r.kind)).toEqual(['handoff.requested', 'customer.message']);
    expect(rows.filter((r) => r.destination === SLACK_DESK)).toEqual([]);

    const relay = server.context.relays.find((r) => r.destination === WEB_DESK)!;
    expect(relay).toBeDefined();
    await relay.drain();
    await expect.poll(() => assistant.desk.outbox.pendingCount(WEB_DESK)).toBe(0);
    expect(heard).toContainEqual({ kind: 'conversation', conversationId: turn.conversationId });
    stop();
  });

  it('runs the handoff sweep from the composition root: an unanswered handoff goes back to the bot', async () => {
    const { assistant, sweep } = server.context;
    expect(sweep).toBeDefined();
    const turn = await say('port-b', '转人工');
    server.clock.advance(29 * MINUTES);
    expect((await sweep!.run()).returnedToBot).not.toContain(turn.conversationId);
    server.clock.advance(2 * MINUTES);
    expect((await sweep!.run()).returnedToBot).toContain(turn.conversationId);
    expect((await assistant.desk.conversations.get(turn.conversationId)).state.mode).toBe('bot');
    // From the table: the running web relay may have sent it already.
    const told = (await sqliteOf(assistant.desk).db.all<{ payload: string }>('SELECT payload FROM outbox WHERE destination = ? ORDER BY id', [customerDestination('web')]))
      .map((r) => JSON.parse(r.payload) as OutboundMessage)
      .filter((m) => m.conversationId === turn.conversationId);
    expect(told.at(-1)).toMatchObject({ kind: 'notice', text: expect.stringContaining('人工客服暂时没能回复') });
  });
});

describe('both desks at once', () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await openSlackWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('gives each desk its own copy, and a claim at the built-in desk redraws the Slack post', async () => {
    const { assistant } = world;
    expect(assistant.routes.desks).toEqual([WEB_DESK, SLACK_DESK]);
    const turn = await world.customer('转人工', 'both-desks');
    const copies = async (desk: string) =>
      (await assistant.desk.outbox.due(desk, world.clock.now(), 100)).filter((i) => (i.payload as { conversationId: number }).conversationId === turn.conversationId).map((i) => i.kind);
    expect(await copies(WEB_DESK)).toEqual(['handoff.requested']);
    expect(await copies(SLACK_DESK)).toEqual(['handoff.requested']);
    expect(await world.drain()).toBe(1);
    const threadTs = await world.threadOf(turn.conversationId);

    // An agent at the built-in desk claims it: Slack hears of it and the post loses its Take over button.
    await assistant.handoffs.takeOver(turn.conversationId, 'web-desk:li', { exclusive: true });
    expect(await copies(WEB_DESK)).toEqual(['handoff.requested', 'handoff.status']);
    await world.drain();
    expect(world.slack.replies(threadTs).at(-1)!.text).toContain('web-desk:li');
    const post = world.slack.posts().find((m) => m.ts === threadTs)!;
    expect(JSON.stringify(post.blocks)).not.toContain('handoff_take_over');

    // Someone else cannot claim it from under them; releasing it puts it back for everyone.
    await expect(assistant.handoffs.takeOver(turn.conversationId, 'web-desk:wang', { exclusive: true })).rejects.toMatchObject({ code: 'claimed_by_other' });
    await assistant.handoffs.release(turn.conversationId, 'web-desk:li');
    expect((await assistant.desk.conversations.get(turn.conversationId)).state).toMatchObject({ mode: 'handoff_requested' });
    expect((await assistant.desk.conversations.get(turn.conversationId)).state.agent).toBeUndefined();
    await world.drain();
    expect(world.slack.replies(threadTs).at(-1)!.text).toMatch(/放回队列/);
    expect(JSON.stringify(world.slack.posts().find((m) => m.ts === threadTs)!.blocks)).toContain('handoff_take_over');
    expect(world.errors).toEqual([]);
  });
});
