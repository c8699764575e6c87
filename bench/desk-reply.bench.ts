/**
 * How fast an agent's reply reaches the customer's web chat, beside a bot reply to the same event
 * stream, with 50 conversations open at once (the real server on a temp data folder, SSE over
 * HTTP). A bot reply is timed from the POST of the customer's message to its `message` event; an
 * agent's from `HandoffDesk.agentReply` (what the desk's reply button calls, then waking the
 * relays as the desk API does) to its `message` event: the agent's path is commit -> outbox ->
 * customer:web relay -> stream. Target: agent p50 <= 2x bot p50 (`ratio` = agent p50 / bot p50).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../app/config';
import { startServer } from '../app/server';
import { percentile, writeResult } from './result';
import { sqliteOf } from '../testing/desk';

const CONVERSATIONS = Number(process.env.BENCH_DESK_CONVERSATIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_DESK_ROUNDS ?? 5);
const QUESTIONS = ['空调显示E1怎么办', '洗衣机不排水', 'My fridge is not cooling', '热水器不出热水', '冰箱噪音很大'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-desk-reply-'));
const server = await startServer(
  loadConfig({ AFTERSALES_DATA_DIR: dir, PORT: '0', AFTERSALES_LOG_LEVEL: 'silent', WEB_RATE_LIMIT_PER_MINUTE: '100000', WEB_IP_RATE_LIMIT_PER_MINUTE: '100000000', WEB_MAX_SESSIONS: '100000' }),
);
const { url } = server;
const { assistant, relays } = server.context;
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

interface Visitor {
  token: string;
  conversationId?: number;
  /** Resolves at the next `message` event from the given role; `bot-start`: at a bot reply's first `delta` (or whole message). */
  next(role: 'bot' | 'agent' | 'bot-start'): Promise<void>;
  close(): void;
}

async function post(token: string | undefined, pathname: string, body?: unknown): Promise<any> {
  const res = await fetch(`${url}${pathname}`, {
    method: 'POST',
    headers: { origin: url, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${pathname}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function visitor(): Promise<Visitor> {
  const { token } = (await post(undefined, '/api/web/sessions')) as { token: string };
  const waiting: { role: string; resolve: () => void }[] = [];
  let buffer = '';
  const req = await new Promise<http.ClientRequest>((resolve) => {
    const r = http.get(`${url}/api/web/events`, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          if (block.includes('event: ready')) resolve(r);
          const delta = block.includes('event: delta');
          if (!delta && !block.includes('event: message')) continue;
          const role = delta ? 'bot-start' : (JSON.parse(block.slice(block.indexOf('data: ') + 6)) as { role: string }).role;
          for (const wanted of role === 'bot' ? ['bot', 'bot-start'] : [role]) {
            const i = waiting.findIndex((w) => w.role === wanted);
            if (i >= 0) waiting.splice(i, 1)[0]!.resolve();
          }
        }
      });
    });
  });
  return { token, next: (role) => new Promise((resolve) => waiting.push({ role, resolve })), close: () => req.destroy() };
}

async function say(v: Visitor, text: string): Promise<void> {
  const clientMessageId = randomBytes(9).toString('base64url');
  await post(v.token, '/api/web/messages', { clientMessageId, text });
  if (v.conversationId === undefined) {
    const row = await sqliteOf(assistant.desk).db.get<{ conversation_id: number }>('SELECT conversation_id FROM messages WHERE channel_message_id LIKE ?', [`%:${clientMessageId}`]);
    v.conversationId = row!.conversation_id;
  }
}

const visitors = await Promise.all(Array.from({ length: CONVERSATIONS }, visitor));
const botMs: number[] = [];
const botStartMs: number[] = [];
const agentMs: number[] = [];

// Bot replies: every visitor asks at once, timed from the POST to the reply on its stream.
for (let round = 0; round < ROUNDS; round++) {
  await Promise.all(
    visitors.map(async (v, i) => {
      const started = performance.now();
      const begun = v.next('bot-start');
      const arrived = v.next('bot');
      await say(v, QUESTIONS[(i + round) % QUESTIONS.length]!);
      await begun;
      botStartMs.push(performance.now() - started);
      await arrived;
      botMs.push(performance.now() - started);
    }),
  );
}
// Every conversation goes to a person; the handoff is answered by the bot as usual.
await Promise.all(
  visitors.map(async (v) => {
    const arrived = v.next('bot');
    await say(v, '转人工');
    await arrived;
  }),
);
// Agent replies: every conversation's agent answers at once, timed from the call to the stream.
for (let round = 0; round < ROUNDS; round++) {
  await Promise.all(
    visitors.map(async (v, i) => {
      const started = performance.now();
      const arrived = v.next('agent');
      await assistant.handoffs.agentReply(v.conversationId!, `bench-${i}`, `您好，我是客服小李，第${round + 1}次回复：请把机身型号发给我。`);
      relays.forEach((r) => r.nudge());
      await arrived;
      agentMs.push(performance.now() - started);
    }),
  );
}

const bot = { p50: percentile(botStartMs, 50), p90: percentile(botStartMs, 90), n: botStartMs.length };
const botWhole = { p50: percentile(botMs, 50), p90: percentile(botMs, 90), n: botMs.length };
const human = { p50: percentile(agentMs, 50), p90: percentile(agentMs, 90), n: agentMs.length };
// Against the moment the bot's reply starts to show (its first streamed piece), not its end: the stricter comparison.
const ratio = human.p50 / bot.p50;
const round2 = (x: number) => Number(x.toFixed(2));
console.log(
  `${CONVERSATIONS} conversations: bot reply starts p50 ${round2(bot.p50)} ms p90 ${round2(bot.p90)} ms, whole p50 ${round2(botWhole.p50)} ms (n=${bot.n}); agent reply p50 ${round2(human.p50)} ms p90 ${round2(human.p90)} ms (n=${human.n})`,
);
writeResult('desk-reply', {
  ratio,
  target: {
    description: `at ${CONVERSATIONS} open conversations, an agent's reply reaches the customer's event stream within 2x the time a bot reply takes to start showing there (p50)`,
    maxRatio: 2,
  },
  met: ratio <= 2,
  figures: {
    conversations: CONVERSATIONS,
    rounds: ROUNDS,
    botReplyFirstDeltaMs: { p50: round2(bot.p50), p90: round2(bot.p90), n: bot.n },
    botReplyWholeMs: { p50: round2(botWhole.p50), p90: round2(botWhole.p90), n: botWhole.n },
    agentReplyMs: { p50: round2(human.p50), p90: round2(human.p90), n: human.n },
    ratioP90: round2(human.p90 / bot.p90),
    loadAverageAtEnd: os.loadavg().map((l) => round2(l)),
  },
});
visitors.forEach((v) => v.close());
await server.close();
fs.rmSync(dir, { recursive: true, force: true });
