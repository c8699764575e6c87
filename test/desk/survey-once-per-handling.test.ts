/**
 * The 1–5 survey goes out once per handling: an agent pressing "resolve" a second time (a double
 * click, a stale page), or resolving after the conversation was already handed back to the bot,
 * must not ask the customer for a score again. A new handoff is a new handling, with its own survey.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../testing/desk';
import { startWebServer, WebClient, type WebServer } from '../web/web-client';
import { addAgent, DeskClient } from './desk-client';

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer({});
  await addAgent(server, 'zhou');
});
afterAll(async () => {
  await server?.dispose();
});

async function conversationOf(client: WebClient): Promise<number> {
  const id = (await client.history()).body.messages[0]?.id;
  const row = await sqliteOf(server.context.assistant.desk).db.get<{ conversation_id: number }>('SELECT conversation_id FROM messages WHERE id = ?', [id]);
  return row!.conversation_id;
}

/** The survey questions the customer's chat shows. */
async function surveys(client: WebClient, asks: RegExp): Promise<number> {
  return (await client.history()).body.messages.filter((m: { text?: string }) => asks.test(m.text ?? '')).length;
}

async function handedOff(client: WebClient, ask: string): Promise<number> {
  const turn = await client.say(ask);
  expect(turn.body.mode).toBe('handoff_requested');
  return conversationOf(client);
}

async function agent(): Promise<DeskClient> {
  const desk = new DeskClient(server.url);
  expect((await desk.login('zhou')).status).toBe(303);
  return desk;
}

describe.each([
  ['zh', '洗衣机甩干的时候整台机器在跳，我要找人工处理', '空调制热不行，找人工', '您好，我是人工客服，这边已经帮您登记好了。', /满意度|1-5|打分|评分/],
  [
    'en',
    'my washer bangs around the room on the spin cycle, I need a person',
    'the heat pump will not warm the room, human please',
    'Hello, a person here: it is all booked in for you.',
    /rate|1-5|1 to 5|score/i,
  ],
])('the survey after a resolve at the desk (%s)', (_lang, ask, askAgain, answer, asks) => {
  it('is sent once when the agent resolves twice', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const id = await handedOff(client, ask);
    const desk = await agent();
    expect((await desk.post(`/desk/api/conversations/${id}/claim`)).status).toBe(200);
    expect((await desk.post(`/desk/api/conversations/${id}/reply`, { text: answer })).status).toBe(200);
    expect((await desk.post(`/desk/api/conversations/${id}/resolve`, {})).status).toBe(200);
    expect(await surveys(client, asks)).toBe(1);
    expect((await desk.post(`/desk/api/conversations/${id}/resolve`, {})).status).toBeLessThan(500);
    expect(await surveys(client, asks)).toBe(1);

    // A new handoff is a new handling: its resolve asks again.
    await handedOff(client, askAgain);
    expect((await desk.post(`/desk/api/conversations/${id}/claim`)).status).toBe(200);
    expect((await desk.post(`/desk/api/conversations/${id}/resolve`, {})).status).toBe(200);
    expect(await surveys(client, asks)).toBe(2);
  });

  it('is not sent by a resolve after the conversation was handed back to the bot', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const id = await handedOff(client, ask);
    const desk = await agent();
    expect((await desk.post(`/desk/api/conversations/${id}/claim`)).status).toBe(200);
    expect((await desk.post(`/desk/api/conversations/${id}/return`, {})).status).toBe(200);
    expect((await desk.post(`/desk/api/conversations/${id}/resolve`, {})).status).toBeLessThan(500);
    expect(await surveys(client, asks)).toBe(0);
  });
});
