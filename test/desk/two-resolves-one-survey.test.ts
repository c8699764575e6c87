/**
 * Two agents pressing "resolve" on the same conversation at the same moment (two pages, two
 * instances) send the customer one survey, not two: the store commits the survey only while the
 * conversation is still with people, checked inside the commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../testing/desk';
import { startWebServer, WebClient, type WebServer } from '../web/web-client';
import { addAgent, DeskClient } from './desk-client';

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer({});
  await addAgent(server, 'tang');
  await addAgent(server, 'yao');
});
afterAll(async () => {
  await server?.dispose();
});

async function conversationOf(client: WebClient): Promise<number> {
  const id = (await client.history()).body.messages[0]?.id;
  const row = await sqliteOf(server.context.assistant.desk).db.get<{ conversation_id: number }>('SELECT conversation_id FROM messages WHERE id = ?', [id]);
  return row!.conversation_id;
}

async function agent(name: string): Promise<DeskClient> {
  const desk = new DeskClient(server.url);
  expect((await desk.login(name)).status).toBe(303);
  return desk;
}

/** Survey items queued for the customer's channel: what would reach them. */
async function surveysQueued(conversationId: number): Promise<number> {
  const rows = await sqliteOf(server.context.assistant.desk).db.all<{ payload: string }>('SELECT payload FROM outbox WHERE payload LIKE \'%"kind":"survey"%\'');
  return rows.filter((r) => (JSON.parse(r.payload) as { conversationId?: number }).conversationId === conversationId).length;
}

describe.each([
  ['zh', '冰箱冷藏室一点都不冷了，麻烦安排人工处理', '您好，我是人工客服，已经为您安排好了。', '请帮我转接人工客服', /满意度|1-5|打分|评分/],
  ['en', 'the fridge has stopped cooling completely, I need a human agent', 'Hi, a person from the team: you are all set.', 'can I just talk to somebody real', /rate|1-5|1 to 5|score/i],
])('two resolves at once (%s)', (_lang, ask, answer, bareAsk, asks) => {
  it('send one survey for a handoff with a ticket', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    expect((await client.say(ask)).body.mode).toBe('handoff_requested');
    const id = await conversationOf(client);
    const [tang, yao] = [await agent('tang'), await agent('yao')];
    expect((await tang.post(`/desk/api/conversations/${id}/claim`)).status).toBe(200);
    expect((await tang.post(`/desk/api/conversations/${id}/reply`, { text: answer })).status).toBe(200);
    const both = await Promise.all([tang.post(`/desk/api/conversations/${id}/resolve`, {}), yao.post(`/desk/api/conversations/${id}/resolve`, {})]);
    for (const r of both) expect(r.status).toBeLessThan(500);
    const shown = (await client.history()).body.messages.filter((m: { text?: string }) => asks.test(m.text ?? '')).length;
    expect(shown).toBe(1);
    expect(await surveysQueued(id)).toBe(1);
  });

  it('send one survey for a handoff with no ticket', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    expect((await client.say(bareAsk)).body.mode).toBe('handoff_requested');
    const id = await conversationOf(client);
    const [tang, yao] = [await agent('tang'), await agent('yao')];
    expect((await yao.post(`/desk/api/conversations/${id}/claim`)).status).toBe(200);
    const both = await Promise.all([yao.post(`/desk/api/conversations/${id}/resolve`, {}), tang.post(`/desk/api/conversations/${id}/resolve`, {})]);
    for (const r of both) expect(r.status).toBeLessThan(500);
    expect(await surveysQueued(id)).toBe(1);
  });
});
