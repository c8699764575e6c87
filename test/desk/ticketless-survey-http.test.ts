/**
 * A handoff with no ticket (a bare request for a person) resolved at the built-in desk asks the
 * customer for a score: the widget's stars (`POST /api/web/survey`) must answer what the chat asks
 * (issue 17, playtest round 22 kind 10: they got 409 no_survey_pending under a visible survey).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../testing/desk';
import { newClientId, startWebServer, WebClient, type WebServer } from '../web/web-client';
import { addAgent, DeskClient } from './desk-client';

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer({});
  await addAgent(server, 'qin');
});
afterAll(async () => {
  await server?.dispose();
});

async function conversationOf(client: WebClient): Promise<number> {
  const id = (await client.history()).body.messages[0]?.id;
  const row = await sqliteOf(server.context.assistant.desk).db.get<{ conversation_id: number }>('SELECT conversation_id FROM messages WHERE id = ?', [id]);
  return row!.conversation_id;
}

async function resolvedAtTheDesk(ask: string, answer: string): Promise<WebClient> {
  const client = new WebClient(server.url);
  await client.startSession();
  const handoff = await client.say(ask);
  expect(handoff.body.mode).toBe('handoff_requested');
  expect(handoff.body.ticket).toBeFalsy();
  const id = await conversationOf(client);
  const agent = new DeskClient(server.url);
  expect((await agent.login('qin')).status).toBe(303);
  expect((await agent.post(`/desk/api/conversations/${id}/claim`)).status).toBe(200);
  expect((await agent.post(`/desk/api/conversations/${id}/reply`, { text: answer })).status).toBe(200);
  expect((await agent.post(`/desk/api/conversations/${id}/resolve`, {})).status).toBe(200);
  return client;
}

describe('the survey after a ticketless handoff is answerable by the widget', () => {
  it('zh: the stars give the score once, and the chat thanks for it', async () => {
    const client = await resolvedAtTheDesk('我想跟真人聊聊，可以吗', '您好，这边是人工客服，已经帮您看过了。');
    const scored = await client.request('POST', '/api/web/survey', { body: { clientMessageId: newClientId(), score: 4 } });
    expect(scored.status).toBe(200);
    expect(scored.body.replies[0].text).toMatch(/感谢|谢谢/);
    const twice = await client.request('POST', '/api/web/survey', { body: { clientMessageId: newClientId(), score: 2 } });
    expect([twice.status, twice.body.error?.code]).toEqual([409, 'no_survey_pending']);
  });

  it('en: the stars give the score once, and the chat thanks for it', async () => {
    const client = await resolvedAtTheDesk('Could I chat with an actual person?', 'Hello, a person from the service team here: all sorted.');
    const scored = await client.request('POST', '/api/web/survey', { body: { clientMessageId: newClientId(), score: 5 } });
    expect(scored.status).toBe(200);
    expect(scored.body.replies[0].text).toMatch(/thank/i);
    const twice = await client.request('POST', '/api/web/survey', { body: { clientMessageId: newClientId(), score: 3 } });
    expect([twice.status, twice.body.error?.code]).toEqual([409, 'no_survey_pending']);
  });
});
