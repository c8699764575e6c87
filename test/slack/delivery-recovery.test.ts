/**
 * Delivery to Slack through the outbox survives what happens in production: Slack down or
 * rate-limiting for a while (the backlog drains in order when it returns), the process killed
 * right after Slack posted (no second post on restart), Slack's answer lost on the way back
 * (the resend finds the post by its metadata), and a restart with work still queued.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLACK_DESK } from '../../channels/slack/desk-payloads';
import { OutboxRelay } from '../../bot/outbox-relay';
import { fail } from '../../testing/fake-slack-api';
import { CHANNEL, openSlackWorld, type SlackWorld } from '../../testing/slack-world';
import { sqliteOf } from '../../testing/desk';

const MINUTES = 60_000;

describe('Slack desk: delivery through the outbox', () => {
  let world: SlackWorld;
  beforeEach(async () => {
    world = await openSlackWorld();
  });
  afterEach(async () => {
    await world?.close();
  });

  const pending = () => world.assistant.desk.outbox.pendingCount(SLACK_DESK);
  const okPosts = () => world.slack.callsOf('chat.postMessage').filter((c) => c.outcome === 'ok');

  it('keeps the backlog while Slack is down or rate-limiting, then drains it in order', async () => {
    world.slack.goDown(fail.http(503));
    const turn = await world.customer('转人工，热水器漏电了！', 'web-session-down');
    expect(turn.mode).toBe('handoff_requested');
    await world.customer('有人吗', 'web-session-down');
    await world.customer('快点', 'web-session-down');
    expect(await world.drain()).toBe(0);
    expect(await pending()).toBe(3);

    // Still down a few retries later; the later items never overtake the first one.
    for (let i = 0; i < 3; i++) {
      world.clock.advance(10 * MINUTES);
      expect(await world.drain()).toBe(0);
      expect(await world.drain()).toBe(0); // nothing due until the backoff passes
    }
    world.slack.restore();
    world.slack.failNext(fail.ratelimited(1), 2, ['chat.postMessage']);
    world.clock.advance(10 * MINUTES);
    expect(await world.drain()).toBe(0);
    world.clock.advance(10 * MINUTES);
    expect(await world.drain()).toBe(0);

    world.clock.advance(10 * MINUTES);
    expect(await world.drain()).toBe(3);
    expect(await pending()).toBe(0);
    const [post, ...replies] = world.slack.posts(CHANNEL);
    expect(post!.thread_ts).toBeUndefined();
    expect(replies.map((r) => [r.thread_ts, r.text])).toEqual([
      [post!.ts, expect.stringContaining('有人吗')],
      [post!.ts, expect.stringContaining('快点')],
    ]);
    // Every attempt that reached Slack was for the oldest item until it went through.
    const attempted = world.slack.callsOf('chat.postMessage');
    const firstOk = attempted.findIndex((c) => c.outcome === 'ok');
    expect(attempted.slice(0, firstOk).every((c) => c.params.thread_ts === undefined)).toBe(true);
    expect(okPosts()).toHaveLength(3);
    expect(world.errors.length).toBeGreaterThanOrEqual(5);
  });

  it('never lets a later item overtake one waiting to retry', async () => {
    world.slack.failNext(fail.http(500), 1, ['chat.postMessage']);
    await world.customer('转人工', 'web-session-order');
    await world.customer('在吗', 'web-session-order');
    expect(await world.drain()).toBe(0);
    // The handoff post waits out its backoff; the customer's message must wait behind it, not
    // go out on its own with no thread to go into.
    expect(await world.drain()).toBe(0);
    expect(world.slack.posts(CHANNEL)).toEqual([]);
    world.clock.advance(MINUTES);
    expect(await world.drain()).toBe(2);
    const [post, reply] = world.slack.posts(CHANNEL);
    expect(reply).toMatchObject({ thread_ts: post!.ts, text: expect.stringContaining('在吗') });
  });

  it('does not post again after a crash between Slack posting and the outbox recording it', async () => {
    const turn = await world.customer('转人工', 'web-session-crash');
    const desk = world.assistant.desk;
    // A relay whose process dies right after Slack answered: nothing after the post is written.
    const doomed = new OutboxRelay({
      destination: SLACK_DESK,
      outbox: desk.outbox,
      clock: world.clock,
      deliver: async (item) => {
        await world.desk.delivery.deliver(item);
        await desk.close();
        throw new Error('killed');
      },
    });
    await expect(doomed.drain()).rejects.toThrow();
    expect(okPosts()).toHaveLength(1);

    await world.restart();
    expect(await pending()).toBe(1);
    expect(await world.drain()).toBe(1);
    expect(await pending()).toBe(0);
    expect(okPosts()).toHaveLength(1);

    // The thread survived the crash: the customer's next words land in it.
    await world.customer('还在等', 'web-session-crash');
    await world.drain();
    const [post] = world.slack.posts(CHANNEL);
    expect(await world.threadOf(turn.conversationId)).toBe(post!.ts);
    expect(world.slack.replies(post!.ts).map((m) => m.text)).toEqual([expect.stringContaining('还在等')]);
  });

  it('finds the post when Slack made it but its answer was lost, instead of posting twice', async () => {
    const turn = await world.customer('转人工', 'web-session-lost');
    world.slack.failNext(fail.loseAnswer(), 1, ['chat.postMessage']);
    expect(await world.drain()).toBe(0);
    expect(world.slack.posts(CHANNEL)).toHaveLength(1); // Slack did post it

    world.clock.advance(5 * MINUTES);
    expect(await world.drain()).toBe(1);
    expect(world.slack.posts(CHANNEL)).toHaveLength(1);
    expect(world.slack.callsOf('conversations.history')).toHaveLength(1);
    expect(await world.threadOf(turn.conversationId)).toBe(world.slack.posts(CHANNEL)[0]!.ts);

    // The same for a reply inside the thread.
    await world.customer('人呢', 'web-session-lost');
    world.slack.failNext(fail.loseAnswer(), 1, ['chat.postMessage']);
    expect(await world.drain()).toBe(0);
    world.clock.advance(5 * MINUTES);
    expect(await world.drain()).toBe(1);
    expect(world.slack.replies(world.slack.posts(CHANNEL)[0]!.ts)).toHaveLength(1);
    expect(world.slack.callsOf('conversations.replies')).toHaveLength(1);
  });

  it('sends after a restart what was queued before it, in order', async () => {
    await world.customer('转人工', 'web-session-restart');
    await world.customer('第一句', 'web-session-restart');
    await world.customer('第二句', 'web-session-restart');
    await world.restart();
    expect(await world.drain()).toBe(3);
    const [post, ...replies] = world.slack.posts(CHANNEL);
    expect(replies.map((r) => [r.thread_ts, r.text])).toEqual([
      [post!.ts, expect.stringContaining('第一句')],
      [post!.ts, expect.stringContaining('第二句')],
    ]);
  });

  it('parks an item Slack refuses for good and goes on with the rest', async () => {
    world.slack.failNext(fail.error('channel_not_found'), 1, ['chat.postMessage']);
    await world.customer('转人工', 'web-session-dead');
    await world.customer('你好？', 'web-session-dead');
    expect(await world.drain()).toBe(0); // the relay stops at a failure and comes back on its next poll
    expect(await world.drain()).toBe(1);
    const dead = await sqliteOf(world.assistant.desk).db.get<{ n: number; last_error: string }>("SELECT count(*) AS n, max(last_error) AS last_error FROM outbox WHERE status = 'dead'");
    expect(dead).toMatchObject({ n: 1, last_error: expect.stringContaining('channel_not_found') });
    // The customer's message still reaches the agents, marked with its conversation.
    expect(world.slack.posts(CHANNEL).at(-1)!.text).toMatch(/Conversation #\d+.*你好/);
  });
});
