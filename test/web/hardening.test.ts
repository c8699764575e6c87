/**
 * The smaller holes of issue 18, over real HTTP against the real server: errors under /widget and
 * /demo without stack traces or paths, a global cap on event streams, X-Forwarded-For believed
 * only from TRUST_PROXY, the Origin check against configured origins (never the Host header),
 * health details only locally or with a token, text that is not text refused, and a ticket's
 * secret link opened through the API.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { WebClient, newClientId, startWebServer, type WebServer } from './web-client';
import { sqliteOf } from '../../testing/desk';

/** A raw request, so the Host header can be whatever an attacker's browser would send. */
function rawRequest(url: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<{ status: number; text: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('hardening of the web server', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer({ WEB_MAX_STREAMS: '2', HEALTH_TOKEN: 'health-secret-token' });
  });
  afterAll(() => server?.dispose());

  it.each(['/widget/%E0%A4%A', '/demo/..%2f..%2fpackage.json', '/widget/nope.js', '/demo/%c0%ae%c0%ae/etc/passwd', '/nothing-here'])(
    'answers %s without a stack trace or a file path',
    async (path) => {
      const res = await rawRequest(server.url, { path });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toMatch(/\bat\s+\S+\s+\(|node_modules|\/work\/|Error:|<pre>/);
      expect(res.text).not.toContain(process.cwd());
      expect(JSON.parse(res.text)).toMatchObject({ error: { code: expect.any(String) } });
    },
  );

  it('holds at most WEB_MAX_STREAMS event streams across all sessions', async () => {
    const streams: AbortController[] = [];
    const open = async () => {
      const client = new WebClient(server.url);
      await client.startSession();
      const controller = new AbortController();
      const res = await fetch(`${server.url}/api/web/events`, { headers: { Authorization: `Bearer ${client.token}` }, signal: controller.signal });
      streams.push(controller);
      return res;
    };
    try {
      expect((await open()).status).toBe(200);
      expect((await open()).status).toBe(200);
      const third = await open();
      expect(third.status).toBe(503);
      expect(await third.json()).toMatchObject({ error: { code: 'too_many_streams' } });
      expect(third.headers.get('retry-after')).toBe('30');
    } finally {
      for (const c of streams) c.abort();
    }
  });

  it('checks Origin against configured origins, not against the Host header (DNS rebinding)', async () => {
    const { port } = new URL(server.url);
    const rebound = await rawRequest(server.url, { method: 'POST', path: '/api/web/sessions', headers: { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` } });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.text)).toMatchObject({ error: { code: 'origin_forbidden' } });
    // With no WEB_PUBLIC_URL configured, the local demo's own origin is allowed.
    expect((await rawRequest(server.url, { method: 'POST', path: '/api/web/sessions', headers: { Origin: `http://localhost:${port}` } })).status).toBe(201);
  });

  it('takes only the configured public origin as its own when WEB_PUBLIC_URL is set', async () => {
    const configured = await startWebServer({ WEB_PUBLIC_URL: 'https://support.example.com' });
    try {
      const post = (origin: string) => rawRequest(configured.url, { method: 'POST', path: '/api/web/sessions', headers: { Origin: origin } });
      expect((await post('https://support.example.com')).status).toBe(201);
      expect((await post(configured.url)).status).toBe(403);
    } finally {
      await configured.dispose();
    }
  });

  it('shows live counts only to this machine or with the health token', async () => {
    const local = await (await fetch(`${server.url}/healthz`)).json();
    expect(local).toMatchObject({ ok: true, pendingDeliveries: expect.any(Number) });
    const behindProxy = await startWebServer({ TRUST_PROXY: 'loopback', HEALTH_TOKEN: 'health-secret-token' });
    try {
      const remote = { 'X-Forwarded-For': '203.0.113.5' };
      for (const path of ['/healthz', '/api/web/health']) {
        expect(await (await fetch(behindProxy.url + path, { headers: remote })).json()).toEqual({ ok: true });
        const withToken = await (await fetch(behindProxy.url + path, { headers: { ...remote, Authorization: 'Bearer health-secret-token' } })).json();
        expect(Object.keys(withToken).length).toBeGreaterThan(1);
        const wrongToken = await (await fetch(behindProxy.url + path, { headers: { ...remote, Authorization: 'Bearer health-secret-tokeX' } })).json();
        expect(wrongToken).toEqual({ ok: true });
      }
    } finally {
      await behindProxy.dispose();
    }
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', async () => {
    const burst = async (target: WebServer) => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await fetch(`${target.url}/api/web/sessions`, { method: 'POST', headers: { Origin: target.url, 'X-Forwarded-For': `198.51.100.${i + 1}` } });
        statuses.push(res.status);
      }
      return statuses;
    };
    const direct = await startWebServer({ WEB_IP_RATE_LIMIT_PER_MINUTE: '4' });
    const proxied = await startWebServer({ WEB_IP_RATE_LIMIT_PER_MINUTE: '4', TRUST_PROXY: 'loopback' });
    try {
      // Without TRUST_PROXY a client cannot pick a new address per request to dodge its limit.
      expect((await burst(direct)).filter((s) => s === 429)).toHaveLength(4);
      // Behind a trusted proxy each forwarded address has its own count.
      expect((await burst(proxied)).filter((s) => s === 429)).toHaveLength(0);
    } finally {
      await direct.dispose();
      await proxied.dispose();
    }
  });

  it('refuses bytes that are not UTF-8, lone surrogates and messages of only invisible characters with 400', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const body = Buffer.concat([Buffer.from(`{"clientMessageId":"${newClientId()}","text":"空调`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]);
    const bytes = await client.request('POST', '/api/web/messages', { raw: body, headers: { 'Content-Type': 'application/json' } });
    expect(bytes.status).toBe(400);
    expect(bytes.body.error.code).toBe('invalid_utf8');
    const surrogate = await client.request('POST', '/api/web/messages', { raw: `{"clientMessageId":"${newClientId()}","text":"空调\\ud800坏了"}`, headers: { 'Content-Type': 'application/json' } });
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.error.code).toBe('invalid_text');
    for (const text of ['\u200b\u200b\u200b', '\u200d\ufeff\u2060', '\u200b \u00ad \u200c']) {
      const invisible = await client.say(text);
      expect(invisible.status, JSON.stringify(text)).toBe(400);
      expect(invisible.body.error.code).toBe('invalid_text');
    }
    // Real text with an emoji (a surrogate pair) and a joiner inside is fine.
    expect((await client.say('空调坏了 👨‍🔧 请尽快')).status).toBe(200);
    expect((await client.history()).body.messages.filter((m: { role: string }) => m.role === 'customer')).toHaveLength(1);
  });
});

describe("a ticket's secret link opened in the web chat", () => {
  let server: WebServer;
  const sms = new LogSmsSender(() => undefined);
  beforeAll(async () => {
    server = await startWebServer({}, { sms });
  });
  afterAll(() => server?.dispose());

  it('grants the ticket to the chat that posts the right key, and counts wrong keys against that chat', async () => {
    const { desk, links } = server.context.assistant;
    const customer = await desk.customers.resolve({ channel: 'wechat', externalId: 'wx-owner' });
    const { ticket } = await desk.tickets.create(
      { customerId: customer.id, channel: 'wechat', type: 'repair_request', priority: 'P3', symptom: '冰箱不制冷', contactPhone: '13911112222' },
      { actor: 'bot' },
    );
    await links.announce(ticket);
    const key = /#key=([A-Za-z0-9_-]+)/.exec(sms.sent.at(-1)!.text)![1]!;

    const stranger = new WebClient(server.url);
    await stranger.startSession();
    const wrong = await stranger.request('POST', '/api/web/ticket-links', { body: { ticketNumber: ticket.number, key: `${key.slice(0, -2)}zz` } });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.code).toBe('link_invalid');
    expect(await sqliteOf(desk).db.all("SELECT key FROM attempts WHERE kind = 'proof_failed' ORDER BY key")).toEqual([{ key: 'ip:127.0.0.1' }, { key: expect.stringMatching(/^session:web:w_/) }]);

    const owner = new WebClient(server.url);
    await owner.startSession();
    const opened = await owner.request('POST', '/api/web/ticket-links', { body: { ticketNumber: ticket.number, key } });
    expect(opened.status).toBe(200);
    expect(opened.body.ticket).toMatchObject({ number: ticket.number, status: 'new' });
    const status = await owner.say('我的工单进度');
    expect(status.body.replies.map((r: { text: string }) => r.text).join('\n')).toContain(ticket.number);
    // The stranger's chat still sees nothing of it.
    const snoop = await stranger.say(`工单 ${ticket.number} 进度`);
    expect(snoop.body.ticket).toBeNull();
    expect(snoop.body.replies.map((r: { text: string }) => r.text).join('\n')).not.toContain('冰箱不制冷');
  });
});
