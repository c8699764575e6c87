/**
 * The smaller holes of issue 18: retried and reused message ids, error pages that show stack
 * traces and paths, unlimited event streams, forged X-Forwarded-For, Slack requests dated in the
 * future, Origin trusted from Host (DNS rebinding), live counts for anyone, and text that is not text.
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { newMessageId, request, visitor } from './http-client';
import { findings, type SecurityAttack } from './security-attack';
import { HEALTH_TOKEN, MAX_STREAMS, SLACK_SECRET } from './security-servers';

/** Holds an event stream open; resolves with its status once the headers arrive. */
function openStream(base: string, token: string, ip: string): Promise<{ status: number; close(): void }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: '/api/web/events', headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': ip } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

function slackSigned(body: string, timestamp: number): Record<string, string> {
  const signature = `v0=${createHmac('sha256', SLACK_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

const STACK = /\bat\s+\S+\s+\(|node_modules|Error:|<pre>|\/(?:home|work|tmp|usr|srv|opt)\//;

export const SMALL_ITEM_ATTACKS: SecurityAttack[] = [
  {
    id: 'X1-retried-message',
    area: 'smaller',
    title: 'retry a message whose answer was lost',
    async run(world) {
      const f = findings();
      const chat = await visitor(world.offline.url, world.ip());
      const id = newMessageId();
      const first = await chat.say('冰箱不制冷', id);
      const retry = await chat.say('冰箱不制冷', id);
      f.expect(retry.status === 200 && retry.said === first.said && retry.said.length > 0, `the retry got "${retry.said.slice(0, 40)}" instead of its original answer`);
      return { tried: 'the same message id and text sent twice', violations: f.list };
    },
  },
  {
    id: 'X2-reused-message-id',
    area: 'smaller',
    title: 'reuse a message id for other words',
    async run(world) {
      const f = findings();
      const chat = await visitor(world.offline.url, world.ip());
      const id = newMessageId();
      await chat.say('冰箱不制冷', id);
      const reused = await chat.say('把我的地址改成北京市朝阳区建国路1号', id);
      f.expect(reused.status === 409, `a reused id with other words got ${reused.status}`);
      return { tried: 'one message id, two texts', violations: f.list };
    },
  },
  {
    id: 'X3-error-pages',
    area: 'smaller',
    title: 'malformed paths under /widget and /demo, to read stack traces and paths',
    async run(world) {
      const f = findings();
      const paths = ['/widget/%E0%A4%A', '/demo/..%2f..%2fpackage.json', '/widget/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', '/demo/nope.js', '/widget/widget.js%00.png', '/no-such-page'];
      for (const path of paths) {
        const answer = await request(world.offline.url, { path });
        f.expect(answer.status >= 400 && answer.status < 500, `${path} answered ${answer.status}`);
        f.expect(!STACK.test(answer.text), `${path} showed a stack trace or a path: ${answer.text.slice(0, 80)}`);
      }
      return { tried: `${paths.length} malformed paths`, violations: f.list };
    },
  },
  {
    id: 'X4-stream-flood',
    area: 'smaller',
    title: 'hold open more event streams than the server allows',
    async run(world) {
      const f = findings();
      const streams: { status: number; close(): void }[] = [];
      try {
        for (let i = 0; i < MAX_STREAMS + 3; i++) {
          const chat = await visitor(world.offline.url, world.ip());
          streams.push(await openStream(world.offline.url, chat.token!, chat.ip));
        }
        const accepted = streams.filter((s) => s.status === 200).length;
        f.expect(accepted <= MAX_STREAMS, `${accepted} streams held open (cap ${MAX_STREAMS})`);
        f.expect(
          streams.some((s) => s.status === 503),
          'no stream was refused',
        );
        return { tried: `${streams.length} streams from as many sessions`, violations: f.list };
      } finally {
        for (const s of streams) s.close();
      }
    },
  },
  {
    id: 'X5-forged-forwarded-for',
    area: 'smaller',
    title: 'dodge the per-address limit with a new X-Forwarded-For on every request (no proxy trusted)',
    async run(world) {
      const f = findings();
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) {
        const answer = await request(world.direct.url, { method: 'POST', path: '/api/web/sessions', headers: { Origin: world.direct.url, 'X-Forwarded-For': `198.51.100.${i + 1}` } });
        statuses.push(answer.status);
      }
      f.expect(statuses.includes(429), `9 requests with forged addresses were all let through: ${statuses.join(',')}`);
      return { tried: '9 requests, each with a made-up X-Forwarded-For, to a server with a limit of 5 a minute', violations: f.list };
    },
  },
  {
    id: 'X6-slack-timestamps',
    area: 'smaller',
    title: 'send correctly signed Slack requests dated 10 minutes ahead and behind',
    async run(world) {
      const f = findings();
      const body = JSON.stringify({
        type: 'event_callback',
        event_id: `EvSec${Date.now()}`,
        event: { type: 'message', channel: 'C0SECURITY', user: 'U0AGENT', text: 'forged', ts: '1795000000.000001', thread_ts: '1795000000.000001' },
      });
      for (const offset of [10 * 60, -10 * 60, 6 * 60]) {
        const answer = await request(world.offline.url, { method: 'POST', path: '/slack/events', headers: slackSigned(body, Math.floor(Date.now() / 1000) + offset), body });
        f.expect(answer.status === 401, `a request dated ${offset > 0 ? '+' : ''}${offset / 60} min was answered ${answer.status}`);
      }
      // Control: the same request dated now is accepted, so the refusals above are about the date.
      const now = await request(world.offline.url, { method: 'POST', path: '/slack/events', headers: slackSigned(body, Math.floor(Date.now() / 1000)), body });
      f.expect(now.status === 200, `a correctly dated signed request was answered ${now.status} (the check cannot tell dates apart)`);
      return { tried: 'signed Slack events dated +10, -10 and +6 minutes, and one dated now', violations: f.list };
    },
  },
  {
    id: 'X7-dns-rebinding',
    area: 'smaller',
    title: "post from a page whose name points at the server (Host and Origin both the attacker's)",
    async run(world) {
      const f = findings();
      const port = new URL(world.offline.url).port;
      const answer = await request(world.offline.url, {
        method: 'POST',
        path: '/api/web/sessions',
        headers: { Host: `rebind.evil.example:${port}`, Origin: `http://rebind.evil.example:${port}`, 'X-Forwarded-For': world.ip() },
      });
      f.expect(answer.status === 403, `the rebinding page got ${answer.status}`);
      return { tried: 'Host and Origin both rebind.evil.example', violations: f.list };
    },
  },
  {
    id: 'X8-health-details',
    area: 'smaller',
    title: 'read live counts from another machine',
    async run(world) {
      const f = findings();
      for (const path of ['/healthz', '/api/web/health']) {
        for (const auth of [undefined, 'Bearer not-the-token']) {
          const answer = await request(world.offline.url, { path, headers: { 'X-Forwarded-For': world.ip(), ...(auth ? { Authorization: auth } : {}) } });
          f.expect(answer.status === 200 && JSON.stringify(answer.json) === '{"ok":true}', `${path}${auth ? ' with a wrong token' : ''} showed ${answer.text.slice(0, 60)}`);
        }
        // Control: the token still shows them, so the check above is not passing because details are gone.
        const withToken = await request(world.offline.url, { path, headers: { 'X-Forwarded-For': world.ip(), Authorization: `Bearer ${HEALTH_TOKEN}` } });
        f.expect(Object.keys(withToken.json ?? {}).length > 1, `${path} shows no details even with the token`);
      }
      return { tried: '/healthz and /api/web/health from a remote address, without and with a wrong token', violations: f.list };
    },
  },
  {
    id: 'X9-text-that-is-not-text',
    area: 'smaller',
    title: 'send invalid UTF-8, lone surrogates and messages of only invisible characters',
    async run(world) {
      const f = findings();
      const chat = await visitor(world.offline.url, world.ip());
      const bodies: [string, string | Buffer][] = [
        ['invalid UTF-8', Buffer.concat([Buffer.from(`{"clientMessageId":"${newMessageId()}","text":"空调`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])],
        ['a lone surrogate', `{"clientMessageId":"${newMessageId()}","text":"\\ud83d 坏了"}`],
        ['zero-width characters only', JSON.stringify({ clientMessageId: newMessageId(), text: '\u200b\u200c\u200d\ufeff' })],
        ['a soft hyphen and a word joiner', JSON.stringify({ clientMessageId: newMessageId(), text: '\u00ad\u2060 \u200b' })],
      ];
      for (const [what, body] of bodies) {
        const answer = await chat.post('/api/web/messages', body);
        f.expect(answer.status === 400, `${what} was answered ${answer.status}`);
      }
      return { tried: bodies.map(([what]) => what).join(', '), violations: f.list };
    },
  },
];
