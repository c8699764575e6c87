/**
 * Slack says the truth when an agent ends a chat whose ticket still has a visit to come (issue 17):
 * the ticket stays open for it (tickets/pending-work.ts), so the thread and the post say the chat is
 * finished and the ticket stays open for the visit, never only "已解决 / resolved". A chat whose
 * ticket is closed with it still reads resolved. Over real HTTP with signed requests, the real Bolt
 * receiver, real SQLite and the fake Slack Web API, for a Chinese and an English customer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, openSlackWorld, type SlackWorld } from '../../testing/slack-world';

const ASKS = {
  zh: '小天鹅洗衣机不排水了，地址苏州市姑苏区人民路20号，转人工',
  en: 'my Little Swan washing machine will not drain, the clothes sit in water; address 20 Renmin Road, Gusu District, Suzhou; put me through to a person',
} as const;

describe.each(['zh', 'en'] as const)('a Slack thread for a chat ended with its ticket left open (%s)', (lang) => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await openSlackWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('says the chat is finished and the ticket stays open for the visit, not "resolved"', async () => {
    const asked = await world.customer(ASKS[lang], `open-ticket-${lang}`);
    expect(asked.mode).toBe('handoff_requested');
    const number = asked.ticket!.number;
    expect((await world.assistant.desk.tickets.get(number)).address).toBeTruthy();
    await world.drain();
    const post = world.slack.posts(CHANNEL).at(-1)!;

    expect((await world.click('takeOver', asked.conversationId)).status).toBe(200);
    expect((await world.click('resolve', asked.conversationId)).status).toBe(200);
    expect(['open', 'in_progress']).toContain((await world.assistant.desk.tickets.get(number)).status);
    await world.drain();

    const line = world.slack.replies(post.ts).at(-1)!.text;
    expect(line).toMatch(/已结束对话/);
    expect(line).toMatch(/工单保持打开（待上门）/);
    expect(line).toMatch(/ticket stays open for the visit still to come/i);
    expect(line).not.toMatch(/已解决|resolved it/);
    const drawn = JSON.stringify(post.blocks);
    expect(drawn).toMatch(/工单保持打开（待上门）/);
    expect(drawn).not.toMatch(/已解决 resolved it/);
    expect(world.errors).toEqual([]);
  });

  it('still reads resolved when the ticket is closed with the chat (the agent said the work is done)', async () => {
    const asked = await world.customer(ASKS[lang], `closed-ticket-${lang}`);
    const number = asked.ticket!.number;
    await world.drain();
    const post = world.slack.posts(CHANNEL).at(-1)!;
    await world.assistant.handoffs.resolve(asked.conversationId, 'slack:U0AGENT', undefined, { closeTicket: true });
    expect((await world.assistant.desk.tickets.get(number)).status).toBe('resolved');
    await world.drain();
    const line = world.slack.replies(post.ts).at(-1)!.text;
    expect(line).toMatch(/已解决 resolved it/);
    expect(line).not.toMatch(/保持打开|stays open/);
  });
});
