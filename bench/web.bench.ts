/**
 * Web chat throughput: messages per second and p99 latency of a whole chat turn (POST
 * /api/web/messages -> offline brain -> SQLite -> JSON reply, and the reply pushed to the
 * session's open event stream, as the widget holds one) at 10, 50 and 200 concurrent sessions,
 * next to the same turns through `bot.handle` in the same process without HTTP (the ceiling the
 * web layer can reach) and a bare express route returning fixed JSON (autocannon). Target: at 50
 * sessions, chat messages/s over HTTP >= 0.8x the in-process turns/s, with zero errors. Also:
 * memory per open session, idle and with an open event stream.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { writeResult } from './result';

const DURATION_S = Number(process.env.BENCH_WEB_SECONDS ?? 8);
const LEVELS = (process.env.BENCH_WEB_LEVELS ?? '10,50,200').split(',').map(Number);
const QUESTIONS = ['空调显示E1怎么办', '洗衣机不排水', 'My fridge is not cooling', '热水器不出热水', '还是不行', '冰箱噪音很大'];

const child = fork(path.join(import.meta.dirname, 'web-bench-server.ts'), [], {
  execArgv: ['--import', 'tsx', '--expose-gc', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_CPU_PROF] : [])],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const ask = <T>(message: object): Promise<T> =>
  new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as T));
    child.send(message);
  });
const { url } = await new Promise<{ url: string }>((resolve) => child.once('message', (m) => resolve(m as { url: string })));
const origin = url;

async function newSession(): Promise<string> {
  const res = await fetch(`${url}/api/web/sessions`, { method: 'POST', headers: { Origin: origin } });
  if (res.status !== 201) throw new Error(`session: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

interface Run {
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** `message` events the sessions' event streams carried (each turn: the customer's message and the reply). */
  streamedMessages?: number;
  errors: number;
  non2xx: number;
}

/** One event stream per session, open for the whole run as the widget keeps it; counts the messages it carries. */
async function openStreams(tokens: string[]): Promise<{ messages: () => number; close: () => void }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const requests: http.ClientRequest[] = [];
  let messages = 0;
  await Promise.all(
    tokens.map(
      (token) =>
        new Promise<void>((resolve) => {
          const req = http.get(`${url}/api/web/events`, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              if (chunk.includes('event: ready')) resolve();
              messages += chunk.split('event: message\n').length - 1;
            });
          });
          requests.push(req);
        }),
    ),
  );
  return { messages: () => messages, close: () => requests.forEach((r) => r.destroy()) };
}

async function load(target: 'chat' | 'bare', connections: number): Promise<Run> {
  const tokens = target === 'chat' ? await Promise.all(Array.from({ length: connections }, newSession)) : [];
  const streams = target === 'chat' ? await openStreams(tokens) : undefined;
  let nextToken = 0;
  let seq = 0;
  const result = await autocannon({
    url,
    connections,
    duration: DURATION_S,
    // Each connection is one visitor: its own session token, a new message id every turn, and the
    // questions in order, as bot.handle's sessions get them (the same conversations on both sides).
    // That state lives with the connection (setupClient), not in setupRequest's `context`:
    // autocannon clears the context whenever a connection comes back to the start of its request
    // list, here after every request, so every message was a first question ("E1") sent to a
    // round-robin token, a different and dearer workload than the one bot.handle runs.
    setupClient: (client) => {
      const token = tokens[nextToken++ % Math.max(1, tokens.length)];
      let turn = -1;
      client.setRequests([
        {
          method: 'POST',
          path: target === 'chat' ? '/api/web/messages' : '/bench/bare',
          setupRequest: (req) => {
            turn++;
            seq++;
            return {
              ...req,
              headers: { 'content-type': 'application/json', origin, authorization: `Bearer ${token}` },
              body: JSON.stringify({ clientMessageId: `bench-${process.pid}-${seq}`, text: QUESTIONS[turn % QUESTIONS.length] }),
            };
          },
        },
      ]);
    },
  });
  // Replies still on their way to the streams arrive within a moment of the last answer.
  await new Promise((r) => setTimeout(r, 300));
  streams?.close();
  return {
    connections,
    streamedMessages: streams?.messages(),
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Heap and RSS per session: `count` sessions created, optionally each holding an open event stream. */
async function memoryPerSession(count: number, withStreams: boolean): Promise<{ heapBytes: number; rssBytes: number }> {
  const before = (await ask<{ memory: NodeJS.MemoryUsage }>({ cmd: 'memory' })).memory;
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 50) tokens.push(...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, newSession))));
  const requests: http.ClientRequest[] = [];
  if (withStreams) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
    await Promise.all(
      tokens.map(
        (token) =>
          new Promise<void>((resolve) => {
            const req = http.get(`${url}/api/web/events`, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
              res.once('data', () => resolve());
              res.resume();
            });
            requests.push(req);
          }),
      ),
    );
  }
  const after = (await ask<{ memory: NodeJS.MemoryUsage }>({ cmd: 'memory' })).memory;
  for (const req of requests) req.destroy();
  return { heapBytes: Math.round((after.heapUsed - before.heapUsed) / count), rssBytes: Math.round((after.rss - before.rss) / count) };
}

// Warm up both paths (JIT, SQLite page cache, knowledge index).
await load('bare', 10);
await load('chat', 10);

const runs: { chat: Run; bare: Run; directTurnsPerSecond: number }[] = [];
for (const connections of LEVELS) {
  const bare = await load('bare', connections);
  const chat = await load('chat', connections);
  const { turnsPerSecond } = await ask<{ turnsPerSecond: number }>({ cmd: 'direct', sessions: connections, seconds: DURATION_S });
  runs.push({ chat, bare, directTurnsPerSecond: Math.round(turnsPerSecond) });
  console.log(
    `${connections} sessions: chat ${chat.requestsPerSecond} msg/s p99 ${chat.p99Ms} ms (n=${chat.requests}, errors ${chat.errors}, non-2xx ${chat.non2xx}, ${chat.streamedMessages} streamed); ` +
      `bare ${bare.requestsPerSecond} req/s p99 ${bare.p99Ms} ms; bot.handle without HTTP ${runs.at(-1)!.directTurnsPerSecond} turns/s`,
  );
}
const idle = await memoryPerSession(2000, false);
const streaming = await memoryPerSession(500, true);
console.log(`memory per session: idle ${idle.heapBytes} B heap; with an open stream ${streaming.heapBytes} B heap, ${streaming.rssBytes} B RSS`);

const at50 = runs.find((r) => r.chat.connections === 50) ?? runs[0]!;
const ratio = at50.chat.requestsPerSecond / at50.directTurnsPerSecond;
const clean = at50.chat.errors === 0 && at50.chat.non2xx === 0;
writeResult('web', {
  ratio,
  target: { description: `at ${at50.chat.connections} sessions, chat messages/s over HTTP (event streams open) >= 0.8x bot.handle turns/s in-process, zero errors`, minRatio: 0.8 },
  met: ratio >= 0.8 && clean,
  figures: {
    durationSecondsPerRun: DURATION_S,
    runs: runs.map((r) => ({
      sessions: r.chat.connections,
      chatMessagesPerSecond: r.chat.requestsPerSecond,
      chatP50Ms: r.chat.p50Ms,
      chatP99Ms: r.chat.p99Ms,
      chatRequests: r.chat.requests,
      chatStreamedMessages: r.chat.streamedMessages,
      chatErrors: r.chat.errors,
      chatNon2xx: r.chat.non2xx,
      bareRequestsPerSecond: r.bare.requestsPerSecond,
      bareP99Ms: r.bare.p99Ms,
      directTurnsPerSecond: r.directTurnsPerSecond,
      ratioToDirect: Number((r.chat.requestsPerSecond / r.directTurnsPerSecond).toFixed(4)),
      ratioToBare: Number((r.chat.requestsPerSecond / r.bare.requestsPerSecond).toFixed(4)),
    })),
    // Without HTTP the same turns run at about the same rate: the turn itself, not the web layer,
    // sets the ceiling (understanding, hybrid knowledge search, two SQLite write transactions
    // with synchronous=FULL on one serialised connection, plus their reads).
    webLayerShareAt50: Number((1 - at50.chat.requestsPerSecond / Math.max(at50.chat.requestsPerSecond, at50.directTurnsPerSecond)).toFixed(3)),
    loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
    memoryPerIdleSessionHeapBytes: idle.heapBytes,
    memoryPerStreamingSessionHeapBytes: streaming.heapBytes,
    memoryPerStreamingSessionRssBytes: streaming.rssBytes,
  },
});
// The server process cleans up its temp folder and exits; wait for it.
await new Promise((resolve) => {
  child.once('exit', resolve);
  child.send({ cmd: 'stop' });
});
