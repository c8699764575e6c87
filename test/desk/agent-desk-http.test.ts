/**
 * The built-in desk at /desk over real HTTP against the real server (SQLite, the offline bot):
 * nothing without a login, scrypt-hashed passwords, HttpOnly SameSite sessions stored as hashes,
 * CSRF on every change, a login rate limit that survives a restart, and the work itself: the
 * queue most urgent first, claims, personal data masked until opened, notes, status, priority,
 * replies through the outbox, resolve with the survey, hand back, live events and presence.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer } from '../../app/server';
import type { OutboundMessage } from '../../bot/messages';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { startWebServer, type WebServer } from '../web/web-client';
import { addAgent, DeskClient, PASSWORD } from './desk-client';
import { sqliteOf } from '../../testing/desk';

let server: WebServer;
let seq = 0;
beforeAll(async () => {
  // Failed logins from 127.0.0.1 add up across the tests sharing this server (three of them fail on
  // purpose), in whatever order vitest shuffles them; the limit itself is tested on its own server.
  server = await startWebServer({ DESK_LOGIN_MAX_FAILURES: '20' });
  await addAgent(server, 'li');
  await addAgent(server, 'wang');
  await addAgent(server, 'zhou', 'manager');
  await addAgent(server, 'sun');
});
afterAll(async () => {
  await server?.dispose();
});

const say = (ref: string, text: string) =>
  server.context.assistant.bot.handle({ channel: 'web', channelMessageId: `desk-http-${++seq}`, customerRef: ref, text, receivedAt: server.clock.now().toISOString() });

async function loggedIn(name: string): Promise<DeskClient> {
  const client = new DeskClient(server.url);
  expect((await client.login(name)).status).toBe(303);
  expect(client.csrf).toBeDefined();
  return client;
}

describe('the desk door', () => {
  it('lets nothing through without a login: pages go to the login, the API answers 401', async () => {
    const anon = new DeskClient(server.url);
    for (const path of ['/desk', '/desk/', '/desk/assets/desk.js', '/desk/assets/desk.css', '/desk/anything']) {
      const res = await anon.get(path);
      expect([path, res.status, res.headers.get('location')]).toEqual([path, 303, '/desk/login']);
    }
    for (const [method, path] of [
      ['GET', '/desk/api/queue'],
      ['GET', '/desk/api/events'],
      ['GET', '/desk/api/conversations/1'],
      ['POST', '/desk/api/conversations/1/reply'],
    ] as const) {
      const res = await anon.request(method, path, { json: method === 'POST' ? { text: 'x' } : undefined });
      expect([path, res.status, res.body?.error?.code]).toEqual([path, 401, 'login_required']);
    }
    const login = await anon.get('/desk/login');
    expect(login.status).toBe(200);
    expect(login.text).toContain('客服登录');
    expect(login.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect((await anon.get('/desk/login?lang=en')).text).toContain('Agent login');
  });

  it('logs in with the scrypt-hashed password into an HttpOnly, SameSite session kept only as a hash, and logs out', async () => {
    const { desk } = server.context.assistant;
    const row = await sqliteOf(desk).db.get<{ password_hash: string }>("SELECT password_hash FROM agents WHERE name = 'li'");
    expect(row!.password_hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(row!.password_hash).not.toContain(PASSWORD);

    const wrong = new DeskClient(server.url);
    const refused = await wrong.login('li', 'not-the-password');
    expect(refused.status).toBe(401);
    expect(refused.text).toContain('账号或密码不对');
    expect(wrong.cookies.has('desk_session')).toBe(false);
    expect((await new DeskClient(server.url).login('nobody-here')).status).toBe(401);

    const client = new DeskClient(server.url);
    const page = await client.request('GET', '/desk/login');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const res = await client.request('POST', '/desk/login', { form: { _csrf: token, name: 'li', password: PASSWORD }, csrf: null });
    expect(res.status).toBe(303);
    const set = res.headers.getSetCookie().find((c) => c.startsWith('desk_session='))!;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    expect(set).toMatch(/Path=\/desk/);
    const sessionToken = client.cookies.get('desk_session')!;
    const stored = await sqliteOf(desk).db.all<{ token_hash: string }>('SELECT token_hash FROM agent_sessions');
    expect(stored.map((s) => s.token_hash)).not.toContain(sessionToken);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);

    const home = await client.get('/desk');
    expect(home.status).toBe(200);
    expect(home.text).toContain('li · 客服');
    const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(home.text)![1]!;
    expect((await client.request('POST', '/desk/logout', { form: { _csrf: csrf }, csrf: null })).status).toBe(303);
    // The old cookie is worthless now, even sent again by hand.
    const replay = new DeskClient(server.url);
    replay.cookies.set('desk_session', sessionToken);
    expect((await replay.get('/desk/api/queue')).status).toBe(401);
  });

  it('refuses a login form without its token or sent from another site', async () => {
    const client = new DeskClient(server.url);
    const page = await client.request('GET', '/desk/login');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    expect((await client.request('POST', '/desk/login', { form: { name: 'li', password: PASSWORD, _csrf: 'forged' }, csrf: null })).status).toBe(403);
    const crossSite = await client.request('POST', '/desk/login', { form: { _csrf: token, name: 'li', password: PASSWORD }, headers: { Origin: 'https://evil.example' }, csrf: null });
    expect(crossSite.status).toBe(403);
    expect(client.cookies.has('desk_session')).toBe(false);
  });

  it('refuses every change without the session CSRF token or from another site', async () => {
    const client = await loggedIn('wang');
    const turn = await say('desk-http-csrf', '转人工');
    const path = `/desk/api/conversations/${turn.conversationId}/claim`;
    expect((await client.request('POST', path, { json: {}, csrf: null })).status).toBe(403);
    expect((await client.request('POST', path, { json: {}, csrf: 'wrong-token' })).status).toBe(403);
    expect((await client.request('POST', path, { json: {}, headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await server.context.assistant.desk.conversations.get(turn.conversationId)).state.mode).toBe('handoff_requested');
    expect((await client.post(path)).status).toBe(200);
    expect((await server.context.assistant.desk.conversations.get(turn.conversationId)).state).toMatchObject({ mode: 'agent', agent: 'web-desk:wang' });
  });

  it('judges the origin against our own pages, never the Host header (DNS rebinding)', async () => {
    const client = await loggedIn('sun');
    const turn = await say('desk-http-rebind', '转人工');
    // A page on evil.example whose name now points at this server: its Host matches its Origin.
    const { port } = new URL(server.url);
    const rebound = `http://evil.example:${port}`;
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: Number(port),
          method: 'POST',
          path: `/desk/api/conversations/${turn.conversationId}/claim`,
          headers: {
            Host: `evil.example:${port}`,
            Origin: rebound,
            'Content-Type': 'application/json',
            'X-CSRF-Token': client.csrf!,
            Cookie: [...client.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; '),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
    expect((await server.context.assistant.desk.conversations.get(turn.conversationId)).state.mode).toBe('handoff_requested');
  });

  it('shows on the desk page a channel that needs a person, with the WeChat login QR link', async () => {
    const client = await loggedIn('li');
    expect((await client.get('/desk')).text).not.toMatch(/class="attention"/);
    server.context.health.register('wechaty', () => ({ state: 'down', detail: '微信等待扫码登录 / WeChat waiting for a QR scan', qrUrl: 'https://wechaty.js.org/qrcode/abc' }));
    const page = (await client.get('/desk')).text;
    expect(page).toMatch(/class="attention"/);
    expect(page).toContain('微信等待扫码登录');
    expect(page).toContain('href="https://wechaty.js.org/qrcode/abc"');
    server.context.health.register('wechaty', () => ({ state: 'ok', detail: '微信已登录 / WeChat logged in' }));
    expect((await client.get('/desk')).text).not.toMatch(/class="attention"/);
  });

  it('ends the sessions of a disabled account', async () => {
    const client = await loggedIn('zhou');
    expect((await client.get('/desk/api/queue')).status).toBe(200);
    await server.context.assistant.desk.agents.disable('zhou');
    expect((await client.get('/desk/api/queue')).status).toBe(401);
    expect((await new DeskClient(server.url).login('zhou')).status).toBe(401);
  });
});

describe('the login rate limit', () => {
  it('refuses an address after too many failures, before checking any password, and remembers it across a restart', async () => {
    const { dir, cleanup } = tempDir('desk-limit-');
    const clock = new FixedClock('2026-11-24T01:00:00Z');
    const config = loadConfig({ AFTERSALES_DATA_DIR: dir, PORT: '0', DESK_LOGIN_MAX_FAILURES: '2', DESK_LOGIN_WINDOW: '15m' });
    let running = await startServer(config, { clock });
    try {
      await addAgent(running, 'qian');
      const client = new DeskClient(running.url);
      expect((await client.login('qian', 'guess-1')).status).toBe(401);
      expect((await client.login('qian', 'guess-2')).status).toBe(401);
      // Even the right password is refused now: the limit is per address, not per answer.
      const locked = await client.login('qian');
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(locked.text).toMatch(/登录失败次数过多/);

      await running.close();
      running = await startServer(config, { clock });
      expect((await new DeskClient(running.url).login('qian')).status).toBe(429);
      clock.advance(16 * 60_000);
      expect((await new DeskClient(running.url).login('qian')).status).toBe(303);
    } finally {
      await running.close();
      cleanup();
    }
  });
});

describe('working a conversation', () => {
  it('shows the queue most urgent first, with why, a masked summary, the ticket and the channel', async () => {
    const li = await loggedIn('li');
    const calm = await say('desk-http-calm', '我要转人工');
    const urgent = await say('desk-http-urgent', '燃气灶一直有燃气味，我电话13912345678，转人工');
    expect(urgent.mode).toBe('handoff_requested');
    const queue = await li.get('/desk/api/queue');
    expect(queue.status).toBe(200);
    const ids = queue.body.items.map((i: { conversationId: number }) => i.conversationId);
    expect(ids.indexOf(urgent.conversationId)).toBeLessThan(ids.indexOf(calm.conversationId));
    const item = queue.body.items.find((i: { conversationId: number }) => i.conversationId === urgent.conversationId);
    expect(item).toMatchObject({ channel: 'web', mode: 'handoff_requested', reason: 'safety', ticket: { priority: 'P1', number: urgent.ticket!.number } });
    expect(JSON.stringify(item)).not.toContain('13912345678');
    expect(item.lastCustomerText).toContain('[PHONE_1]');
  });

  it('claims exclusively, masks personal data until it is opened (and records that), and takes notes, status and priority', async () => {
    const li = await loggedIn('li');
    const wang = await loggedIn('wang');
    const turn = await say('desk-http-work', '冰箱不制冷了，我电话13812345678，地址北京市海淀区中关村大街1号，转人工');
    const id = turn.conversationId;
    const base = `/desk/api/conversations/${id}`;
    expect((await li.post(`${base}/claim`)).status).toBe(200);
    const taken = await wang.post(`${base}/claim`);
    expect([taken.status, taken.body.error.code]).toEqual([409, 'claimed_by_other']);
    expect((await wang.post(`${base}/reply`, { text: '你好' })).status).toBe(409);

    const masked = await li.get(`${base}`);
    expect(masked.status).toBe(200);
    expect(JSON.stringify(masked.body)).not.toContain('13812345678');
    expect(JSON.stringify(masked.body)).not.toContain('中关村大街1号');
    expect(masked.body).toMatchObject({ revealed: false, mode: 'agent', agent: 'web-desk:li', request: { reason: 'customer_request' } });
    const opened = await li.get(`${base}?reveal=1`);
    expect(JSON.stringify(opened.body)).toContain('13812345678');
    const { tickets } = server.context.assistant.desk;
    const number = turn.ticket!.number;
    expect((await tickets.events(number)).some((e) => e.kind === 'note' && e.actor === 'agent:web-desk:li' && String(e.detail.text).includes('个人信息'))).toBe(true);

    expect((await li.post(`${base}/note`, { text: '客户说下午在家' })).status).toBe(200);
    expect((await li.post(`${base}/status`, { status: 'waiting_customer' })).status).toBe(200);
    expect((await li.post(`${base}/priority`, { priority: 'P2' })).status).toBe(200);
    expect((await li.post(`${base}/status`, { status: 'closed' })).status).toBe(400);
    expect((await li.post(`${base}/note`, { text: '' })).status).toBe(400);
    const ticket = await tickets.get(number);
    expect(ticket).toMatchObject({ status: 'waiting_customer', priority: 'P2', assignee: 'web-desk:li' });
    const notes = (await li.get(`${base}`)).body.events.filter((e: { kind: string }) => e.kind === 'note').map((e: { text: string }) => e.text);
    expect(notes).toContain('客户说下午在家');

    // Release puts it back for anyone; the other agent can then take it.
    expect((await li.post(`${base}/release`)).status).toBe(200);
    expect((await wang.post(`${base}/claim`)).status).toBe(200);
  });

  it("replies on the customer's channel through the outbox, resolves with the survey, and hands back to the bot", async () => {
    const li = await loggedIn('li');
    // A fault told with the request, so there is a ticket to resolve (a bare '转人工' files none since the ticketless handoff).
    const turn = await say('desk-http-reply', '洗衣机不脱水了，转人工');
    const base = `/desk/api/conversations/${turn.conversationId}`;
    // Replying to one nobody has taken takes it.
    expect((await li.post(`${base}/reply`, { text: '您好，我是客服小李，请问是哪台设备？' })).status).toBe(200);
    const history = await server.context.assistant.desk.conversations.history(turn.conversationId, 50);
    expect(history.at(-1)).toMatchObject({ direction: 'out', author: 'agent:web-desk:li', text: '您好，我是客服小李，请问是哪台设备？' });
    // The relay may already have sent it; either way it went through the outbox to the customer's channel.
    const sent = await sqliteOf(server.context.assistant.desk).db.all<{ payload: string }>("SELECT payload FROM outbox WHERE destination = 'customer:web'");
    expect(sent.map((r) => JSON.parse(r.payload) as OutboundMessage).some((m) => m.conversationId === turn.conversationId && m.kind === 'agent' && m.text.includes('小李'))).toBe(true);

    // A repair ticket stays open when only the chat ends (a visit may be to come): the agent says the work is done.
    expect((await li.post(`${base}/resolve`, { closeTicket: true })).status).toBe(200);
    expect((await server.context.assistant.desk.tickets.get(turn.ticket!.number)).status).toBe('resolved');
    const survey = await sqliteOf(server.context.assistant.desk).db.all<{ payload: string }>("SELECT payload FROM outbox WHERE destination = 'customer:web' AND kind = 'message'");
    expect(survey.map((r) => JSON.parse(r.payload) as OutboundMessage).some((m) => m.conversationId === turn.conversationId && m.kind === 'survey')).toBe(true);

    const again = await say('desk-http-back', '转人工');
    expect((await li.post(`/desk/api/conversations/${again.conversationId}/return`)).status).toBe(200);
    expect((await server.context.assistant.desk.conversations.get(again.conversationId)).state.mode).toBe('bot');
    const queue = await li.get('/desk/api/queue');
    expect(queue.body.items.map((i: { conversationId: number }) => i.conversationId)).not.toContain(again.conversationId);
  });

  it('shows what was read from the receipt, the knowledge the bot used, and the photo only while it is kept', async () => {
    const li = await loggedIn('li');
    const { uploadsDir } = server.context.config;
    fs.mkdirSync(uploadsDir, { recursive: true });
    const photo = path.join(uploadsDir, 'desk-test-receipt.png');
    const fixture = path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png');
    fs.copyFileSync(fixture, photo);
    const ref = 'desk-http-receipt';
    await say(ref, '格力空调显示E1怎么办');
    const read = await server.context.assistant.bot.handle({
      channel: 'web',
      channelMessageId: `desk-http-${++seq}`,
      customerRef: ref,
      text: '',
      attachments: [{ kind: 'image', ref: photo, mimeType: 'image/png' }],
      receivedAt: server.clock.now().toISOString(),
    });
    const turn = await say(ref, '转人工');
    expect(turn.conversationId).toBe(read.conversationId);
    const view = (await li.get(`/desk/api/conversations/${turn.conversationId}`)).body;
    expect(view.receipt.fields.purchaseDate.value).toBe('2025-03-15');
    expect(view.knowledge.length).toBeGreaterThan(0);
    expect(view.knowledge[0].title.zh).toMatch(/E1/);
    const withPhoto = view.messages.find((m: { attachments: unknown[] }) => m.attachments.length)!;
    const url = `/desk/api/conversations/${turn.conversationId}/attachments/${withPhoto.id}/0`;
    // Read and deleted (UPLOAD_KEEP=false): the desk says so instead of serving anything.
    expect((await li.get(url)).status).toBe(404);
    fs.copyFileSync(fixture, photo); // as if UPLOAD_KEEP=true
    const served = await li.get(url);
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect((await new DeskClient(server.url).get(url)).status).toBe(401);

    // A stored attachment pointing outside the uploads folder is never served.
    const { desk } = server.context.assistant;
    const customer = await desk.customers.resolve({ channel: 'web', externalId: ref });
    const outside = await desk.conversations.receive(
      { channel: 'web', channelMessageId: `desk-http-${++seq}`, customerRef: ref, text: '', attachments: [{ kind: 'image', ref: fixture }], receivedAt: server.clock.now().toISOString() },
      customer.id,
    );
    expect((await li.get(`/desk/api/conversations/${outside.conversation.id}/attachments/${outside.message.id}/0`)).status).toBe(404);
  });

  it('streams changes to open desk pages and says who is online', async () => {
    const li = await loggedIn('li');
    const controller = new AbortController();
    const res = await fetch(`${server.url}/desk/api/events`, { headers: { Cookie: `desk_session=${li.cookies.get('desk_session')}` }, signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    let seen = '';
    const until = async (pattern: RegExp) => {
      const deadline = Date.now() + 10_000;
      while (!pattern.test(seen) && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += new TextDecoder().decode(value);
      }
      return pattern.test(seen);
    };
    expect(await until(/event: ready/)).toBe(true);
    const wang = await loggedIn('wang');
    expect((await wang.get('/desk/api/queue')).body.online.map((a: { name: string }) => a.name)).toContain('li');

    const turn = await say('desk-http-live', '转人工');
    // The desk's relay delivers its copy of the handoff; the open page hears of it without reloading.
    expect(await until(new RegExp(`"conversationId":${turn.conversationId}`))).toBe(true);
    controller.abort();
    await expect.poll(async () => (await wang.get('/desk/api/queue')).body.online.map((a: { name: string }) => a.name), { timeout: 5_000 }).not.toContain('li');
  });
});
