/**
 * Socket Mode acknowledges an event before our listener runs, so Slack never sends it again: a
 * reply whose processing fails must not vanish in silence. The real Bolt app in Socket Mode (not
 * connected; events handed to its own processEvent as its Socket Mode receiver does), the real
 * desk on SQLite, the fake Slack Web API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerDestination } from '../../bot/customer-deliveries';
import { createSlackBolt, type SlackBolt } from '../../channels/slack/slack-bolt-app';
import { messageEventBody } from '../../testing/slack-signed-requests';
import { AGENT, CHANNEL, TOKEN, openSlackWorld, type SlackWorld } from '../../testing/slack-world';
import { sqliteOf } from '../../testing/desk';

describe('the Slack desk in Socket Mode', () => {
  let world: SlackWorld;
  let bolt: SlackBolt;
  const errors: unknown[] = [];
  beforeAll(async () => {
    world = await openSlackWorld();
    bolt = createSlackBolt({
      api: world.desk.api,
      interactions: world.desk.interactions,
      botToken: TOKEN,
      socketMode: true,
      appToken: 'xapp-1-test',
      apiUrl: world.slack.url,
      onError: (e) => errors.push(e),
    });
  });
  afterAll(async () => world?.close());

  let seq = 0;
  const deliver = async (text: string, threadTs: string) => {
    const acks: number[] = [];
    const body = JSON.parse(messageEventBody({ eventId: `EvSock${++seq}`, channel: CHANNEL, user: AGENT, text, ts: `1795000000.${100000 + seq}`, threadTs }));
    const processed = bolt.app.processEvent({ body, ack: async () => void acks.push(Date.now()) });
    return { processed, acks };
  };

  it("sends an agent's reply, and tells the agent when one could not be processed", async () => {
    await world.customer('美的洗衣机E4', 'web-socket-1');
    const escalated = await world.customer('转人工', 'web-socket-1');
    await world.drain();
    const threadTs = await world.threadOf(escalated.conversationId);
    await world.click('takeOver', escalated.conversationId);

    const ok = await deliver('您好，我来帮您看看', threadTs);
    await ok.processed;
    expect(ok.acks).toHaveLength(1);
    const due = await world.assistant.desk.outbox.due(customerDestination('web'), world.clock.now(), 50);
    expect(due.map((i) => (i.payload as { text: string }).text)).toContain('您好，我来帮您看看');

    // The database goes away under the desk: the reply cannot be stored.
    await sqliteOf(world.assistant.desk).db.close();
    const failed = await deliver('师傅明天到', threadTs);
    await expect(failed.processed).rejects.toThrow();
    expect(failed.acks).toHaveLength(1); // acknowledged anyway: Slack will not send it again
    expect(world.slack.ephemerals.filter((e) => e.user === AGENT && e.thread_ts === threadTs).map((e) => e.text)).toEqual([expect.stringMatching(/没有处理成功.*send it again/s)]);
  });
});
