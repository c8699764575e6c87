/**
 * The web chat API over real HTTP on 127.0.0.1, with the real bot, knowledge base and SQLite desk
 * in a temp folder: a whole repair conversation, replies streamed and replayed by id, sessions
 * kept apart, the satisfaction survey after an agent resolves, and every error code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStream, WebClient, newClientId, startWebServer, type WebServer } from './web-client';
import { sqliteOf } from '../../testing/desk';

let server: WebServer;

beforeAll(async () => {
  server = await startWebServer({ WEB_ALLOWED_ORIGINS: 'https://shop.example.com' });
});
afterAll(async () => {
  await server?.dispose();
});

async function conversationOf(client: WebClient): Promise<number> {
  const history = await client.history();
  const id = history.body.messages[0]?.id;
  const row = await sqliteOf(server.context.assistant.desk).db.get<{ conversation_id: number }>('SELECT conversation_id FROM messages WHERE id = ?', [id]);
  return row!.conversation_id;
}

describe('a whole conversation', () => {
  it('goes from a fault question to a filed ticket with its SLA, streaming each reply', async () => {
    const client = new WebClient(server.url);
    const token = await client.startSession();
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stream = await client.openStream();
    await stream.next((e) => e.event === 'ready');

    const first = await client.say('格力空调显示E1怎么办');
    expect(first.status).toBe(200);
    expect(first.body.replies).toHaveLength(1);
    expect(first.body.replies[0].text).toMatch(/格力空调E1[\s\S]*（依据：/);
    expect(first.body.replies[0].quickReplies).toContain('还是不行');

    // The reply arrives in chunks, then whole with its stored id.
    const whole = await stream.next((e) => e.event === 'message' && e.data.role === 'bot');
    const deltas = stream.events.filter((e) => e.event === 'delta' && e.data.replyTo === whole.id);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.map((d) => d.data.text).join('')).toBe(whole.data.text);
    expect(deltas.every((d) => d.id === undefined)).toBe(true);
    expect(whole.id).toBe(whole.data.id);
    expect(stream.events.findIndex((e) => e.event === 'typing')).toBeLessThan(stream.events.indexOf(deltas[0]!));

    const still = await client.say('试过了还是不行');
    expect(still.body.replies[0].text).toMatch(/型号/);
    expect((await client.say('KFR-35GW')).body.replies[0].text).toMatch(/什么时候买/);
    expect((await client.say('2025年3月15日买的')).body.replies[0].text).toMatch(/手机号/);
    expect((await client.say('13812345678')).body.replies[0].text).toMatch(/地址/);
    const form = await client.say('北京市海淀区中关村大街1号');
    expect(form.body.replies[0].text).toMatch(/跟您确认一下报修信息[\s\S]*KFR-35GW[\s\S]*13812345678/);
    expect(form.body.ticket).toBeNull();

    const filed = await client.say('确认');
    expect(filed.status).toBe(200);
    expect(filed.body.ticket).toMatchObject({ number: expect.stringMatching(/^AS-\d{8}-[0-9A-Z]{4}-[0-9A-Z]{4}$/), status: 'new' });
    expect(Date.parse(filed.body.ticket.firstResponseDue)).toBeGreaterThan(server.clock.now().getTime());
    expect(Date.parse(filed.body.ticket.resolutionDue)).toBeGreaterThan(Date.parse(filed.body.ticket.firstResponseDue));
    expect(filed.body.replies[0].text).toContain(filed.body.ticket.number);

    const ticket = await server.context.assistant.desk.tickets.get(filed.body.ticket.number);
    expect(ticket).toMatchObject({ channel: 'web', model: 'KFR-35GW', errorCode: 'E1' });

    // The stream carried the same 14 messages as the history, in order, each once.
    const last = await stream.next((e) => e.event === 'message' && e.data.ticket?.number === filed.body.ticket.number);
    const history = (await client.history()).body.messages;
    expect(history).toHaveLength(14);
    expect(history.map((m: any) => m.id)).toEqual(stream.messages().map((m) => m.id));
    expect(history.at(-1)).toMatchObject({ id: last.id, role: 'bot', ticket: { number: filed.body.ticket.number } });
    expect(history.filter((m: any) => m.role === 'customer').map((m: any) => m.text)[0]).toBe('格力空调显示E1怎么办');
    stream.close();
  });

  it('replays exactly what a reconnecting client missed after its Last-Event-ID', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    await client.say('洗衣机不排水');
    await client.say('还是不行');
    const all = (await client.history()).body.messages;
    expect(all).toHaveLength(4);

    const resumed = await client.openStream(all[1].id);
    await resumed.next((e) => e.event === 'ready');
    expect(resumed.messages().map((m) => m.id)).toEqual([all[2].id, all[3].id]);
    expect(resumed.events.filter((e) => e.event === 'delta')).toEqual([]);
    expect((await client.history(all[1].id)).body.messages.map((m: any) => m.id)).toEqual([all[2].id, all[3].id]);

    // A fresh stream without Last-Event-ID starts from now: nothing old is sent again.
    const fresh = await client.openStream();
    await fresh.next((e) => e.event === 'ready');
    expect(fresh.messages()).toEqual([]);
    resumed.close();
    fresh.close();
  });

  it('answers a retried message with its original reply, never a second turn', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const id = newClientId();
    const once = await client.say('冰箱不制冷', id);
    const again = await client.say('冰箱不制冷', id);
    expect(once.body.duplicate).toBe(false);
    // The client retried because it lost the answer: it gets that answer again.
    expect(again.body).toMatchObject({ duplicate: true, replies: once.body.replies, ticket: once.body.ticket });
    expect((await client.history()).body.messages).toHaveLength(2);
  });

  it('refuses a reused clientMessageId carrying other words with 409, storing nothing', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const id = newClientId();
    await client.say('冰箱不制冷', id);
    const reused = await client.say('洗衣机漏水', id);
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ error: { code: 'message_id_reused' } });
    expect((await client.history()).body.messages.map((m: { text: string }) => m.text)).not.toContain('洗衣机漏水');
  });
});

describe('sessions are kept apart', () => {
  it('shows each session only its own history, and one cannot post into another', async () => {
    const alice = new WebClient(server.url);
    const bob = new WebClient(server.url);
    await alice.startSession();
    await bob.startSession();
    expect(alice.token).not.toBe(bob.token);

    const sharedId = newClientId();
    await alice.say('我的电话13800001111，空调不制冷', sharedId);
    const aliceConversation = await conversationOf(alice);

    expect((await bob.history()).body.messages).toEqual([]);
    // Bob reuses Alice's message id: it is his own new message in his own conversation.
    const bobSays = await bob.say('洗衣机漏水', sharedId);
    expect(bobSays.body.duplicate).toBe(false);
    expect(await conversationOf(bob)).not.toBe(aliceConversation);

    const aliceHistory = (await alice.history()).body.messages;
    expect(aliceHistory.map((m: any) => m.text).join()).not.toContain('洗衣机漏水');
    const bobHistory = (await bob.history()).body.messages;
    expect(bobHistory.map((m: any) => m.text).join()).not.toContain('13800001111');

    // Bob's stream never carries Alice's messages.
    const bobStream = await bob.openStream(0);
    await bobStream.next((e) => e.event === 'ready');
    await alice.say('还是不行');
    await bob.say('还在漏');
    await bobStream.next((e) => e.event === 'message' && e.data.role === 'bot' && e.data.id > bobHistory.at(-1).id);
    expect(bobStream.messages().every((m) => bobHistory.some((h: any) => h.id === m.id) || m.id > aliceHistory.at(-1).id)).toBe(true);
    expect(
      bobStream
        .messages()
        .map((m) => m.text)
        .join(),
    ).not.toMatch(/13800001111|空调不制冷/);
    bobStream.close();
  });

  it('ends a session after the idle limit: its token stops working and its stream is told', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const stream = await client.openStream();
    await stream.next((e) => e.event === 'ready');
    server.clock.advance(31 * 60_000);
    const late = await client.say('还在吗');
    expect(late.status).toBe(401);
    expect(late.body.error.code).toBe('session_invalid');
    const end = await stream.next((e) => e.event === 'end');
    expect(end.data.reason).toBe('expired');
  });
});

describe('satisfaction survey', () => {
  it('asks for a score when the agent resolves, takes it once, and closes the ticket with it', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const early = await client.request('POST', '/api/web/survey', { body: { clientMessageId: newClientId(), score: 4 } });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('no_survey_pending');

    await client.say('洗衣机不排水');
    const handoff = await client.say('转人工');
    expect(handoff.body.mode).toBe('handoff_requested');
    const number = handoff.body.ticket.number as string;
    const stream = await client.openStream();
    await stream.next((e) => e.event === 'ready');

    // The Slack desk's side, through the same core calls it makes.
    const conversationId = await conversationOf(client);
    const { handoffs } = server.context.assistant;
    const relay = server.context.relays[0]!;
    await handoffs.takeOver(conversationId, 'U-AGENT');
    await handoffs.agentReply(conversationId, 'U-AGENT', '您好，请问排水管是否有弯折？');
    await relay.drain();
    const agent = await stream.next((e) => e.event === 'message' && e.data.role === 'agent' && e.data.kind === 'agent');
    expect(agent.data.text).toBe('您好，请问排水管是否有弯折？');
    expect(JSON.stringify(agent.data)).not.toContain('U-AGENT');

    await handoffs.resolve(conversationId, 'U-AGENT', 'drain hose fixed', { closeTicket: true }); // the work is done: close the ticket too
    await relay.drain();
    const survey = await stream.next((e) => e.event === 'message' && e.data.kind === 'survey');
    expect(survey.data.text).toContain(number);
    expect(survey.data.quickReplies).toEqual(['5', '4', '3', '2', '1']);

    const bad = await client.request('POST', '/api/web/survey', { body: { clientMessageId: newClientId(), score: 6 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_body');

    const scored = await client.request('POST', '/api/web/survey', { body: { clientMessageId: newClientId(), score: 5 } });
    expect(scored.status).toBe(200);
    expect(scored.body.replies[0].text).toMatch(/感谢|谢谢/);
    const ticket = await server.context.assistant.desk.tickets.get(number);
    expect(ticket.status).toBe('closed');
    const csat = await sqliteOf(server.context.assistant.desk).db.get<{ score: number }>('SELECT score FROM csat WHERE ticket_id = ?', [ticket.id]);
    expect(csat?.score).toBe(5);

    const twice = await client.request('POST', '/api/web/survey', { body: { clientMessageId: newClientId(), score: 1 } });
    expect(twice.body.error.code).toBe('no_survey_pending');
    stream.close();
  });
});

describe('errors: one JSON shape, a stable code each', () => {
  const expectError = (res: { status: number; body: any }, status: number, code: string) => {
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });
    expect(res.body.error.message).toMatch(/\S/);
  };

  it('needs a session token, a live one', async () => {
    const client = new WebClient(server.url);
    expectError(await client.say('hi'), 401, 'session_required');
    expectError(await client.history(), 401, 'session_required');
    const anonymousStream = await fetch(`${server.url}/api/web/events`);
    expect(anonymousStream.status).toBe(401);
    expect((await anonymousStream.json()).error.code).toBe('session_required');
    const noAuthStream = await EventStream.open(server.url, 'x'.repeat(43));
    expect(noAuthStream.status).toBe(401);
    client.token = 'A'.repeat(43);
    expectError(await client.say('hi'), 401, 'session_invalid');
    client.token = 'short';
    expectError(await client.history(), 401, 'session_invalid');
  });

  it('needs a matching Origin on every state-changing request', async () => {
    const noOrigin = new WebClient(server.url, null);
    expectError(await noOrigin.request('POST', '/api/web/sessions'), 403, 'origin_required');
    const evil = new WebClient(server.url, 'https://evil.example');
    expectError(await evil.request('POST', '/api/web/sessions'), 403, 'origin_forbidden');

    const client = new WebClient(server.url);
    await client.startSession();
    expectError(await client.request('POST', '/api/web/messages', { body: { clientMessageId: newClientId(), text: 'hi' }, headers: { Origin: 'https://evil.example' } }), 403, 'origin_forbidden');
    expectError(await client.request('POST', '/api/web/messages', { body: { clientMessageId: newClientId(), text: 'hi' }, headers: { Origin: 'null' } }), 403, 'origin_forbidden');
    // Reading needs the token only (a stolen page cannot read without it).
    expect((await client.request('GET', '/api/web/history', { headers: { Origin: 'https://evil.example' } })).status).toBe(200);
  });

  it('lets configured embedding sites through CORS and no one else', async () => {
    const preflight = await fetch(`${server.url}/api/web/messages`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example.com');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const evil = await fetch(`${server.url}/api/web/messages`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();

    const shop = new WebClient(server.url, 'https://shop.example.com');
    await shop.startSession();
    const res = await shop.say('空调不制冷');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example.com');
  });

  it('refuses malformed bodies with codes that say what is wrong', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const post = (raw: string, contentType = 'application/json') => client.request('POST', '/api/web/messages', { raw, headers: { 'Content-Type': contentType } });
    expectError(await post('{"text": "hi",'), 400, 'invalid_json');
    expectError(await post('{"text": "hi"}'), 400, 'invalid_body');
    expectError(await post(JSON.stringify({ clientMessageId: 'bad id!', text: 'hi' })), 400, 'invalid_body');
    expectError(await post(JSON.stringify({ clientMessageId: newClientId(), text: '   ' })), 400, 'invalid_body');
    expectError(await post('text=hi', 'application/x-www-form-urlencoded'), 415, 'unsupported_content_type');
    expectError(await client.say('长'.repeat(50_001)), 400, 'message_too_long');
    expectError(await post(JSON.stringify({ clientMessageId: newClientId(), text: 'x'.repeat(300_000) })), 413, 'body_too_large');
    expectError(await client.request('GET', '/api/web/history?after=-1'), 400, 'invalid_body');
    expectError(await client.request('GET', '/api/web/nope'), 404, 'not_found');
    // Nothing refused was stored.
    expect((await client.history()).body.messages).toEqual([]);
    // A long message within the limit is kept whole and answered.
    const long = await client.say('空调显示E1。' + '很着急'.repeat(2_000));
    expect(long.status).toBe(200);
  });

  it('reports its health and sends security headers', async () => {
    const health = await fetch(`${server.url}/api/web/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, sessions: expect.any(Number), streams: expect.any(Number) });
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self' https://shop.example.com");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const widget = await fetch(`${server.url}/widget/widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await widget.text()).not.toMatch(/\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('keeps uploads out of reach of the web server', async () => {
    fs.mkdirSync(path.join(server.dir, 'uploads'), { recursive: true });
    fs.writeFileSync(path.join(server.dir, 'uploads', 'secret.png'), 'x');
    for (const probe of ['/uploads/secret.png', '/widget/../../../uploads/secret.png', '/demo/%2e%2e/%2e%2e/uploads/secret.png']) {
      const res = await fetch(server.url + probe);
      expect(res.status).not.toBe(200);
    }
  });
});
