/**
 * "I want a real person" as the very first message of a web chat hands off, even when other chats
 * from the same address (an office, a mobile network, one playtester trying several customers)
 * already used this hour's allowance of one-message tickets. Over real HTTP through express, on
 * fresh sessions, as a browser would. The desk's own flood limit (handoffs per address) still holds.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebClient, startWebServer, type WebServer } from '../web/web-client';
import { sqliteOf } from '../../testing/desk';

// A server of its own for each test: the limits are per address, and every client here is 127.0.0.1.
let server: WebServer;
beforeEach(async () => {
  // Outside business hours, as the playtester was: every handoff waits.
  server = await startWebServer({ HANDOFFS_PER_IP_PER_HOUR: '8' });
  server.clock.set('2026-11-24T13:30:00Z');
});
afterEach(async () => {
  await server?.dispose();
});

async function firstMessage(text: string): Promise<string> {
  const client = new WebClient(server.url);
  await client.startSession();
  const said = await client.say(text);
  expect(said.status).toBe(200);
  return said.body.replies.map((r: { text: string }) => r.text).join('\n');
}

const handoffs = async () =>
  (await sqliteOf(server.context.assistant.desk).db.get<{ n: number }>("SELECT count(DISTINCT json_extract(payload, '$.conversationId')) AS n FROM outbox WHERE kind = 'handoff.requested'"))!.n;

describe('the first "real person please" of a fresh chat', () => {
  it('hands off on every fresh chat from one address, past the one-message ticket allowance', async () => {
    // Three one-message repair reports use up the address's allowance of one-message tickets.
    for (const text of ['I want to book a repair, my washing machine is broken', '空调不制冷了，帮我报修', 'my fridge is not cooling, please book an engineer']) await firstMessage(text);
    const asks = ['I want a real person please', '转人工', 'can I talk to a human?', '我要人工客服', 'human agent please'];
    for (const ask of asks) {
      const reply = await firstMessage(ask);
      expect(reply, ask).not.toMatch(/couldn't pass you|没能为您转到/);
      expect(reply, ask).toMatch(/passing you to a person|转给人工客服/);
    }
    expect(await handoffs()).toBe(asks.length);
  });

  it('still stops at the desk flood limit per address', async () => {
    const replies: string[] = [];
    for (let i = 0; i < 10; i++) replies.push(await firstMessage('转人工'));
    // 8 handoffs per address per hour; the 9th and 10th are told plainly they were not passed on.
    expect(await handoffs()).toBe(8);
    expect(replies.slice(8).every((r) => /没能为您转到/.test(r))).toBe(true);
  });
});
