/**
 * The web chat through Debian's nginx (configured from deploy/nginx, TLS) against the same server
 * reached directly, at 50 concurrent sessions: chat turns per second and p99 latency of a whole
 * turn (POST /api/web/messages). Rounds alternate direct and nginx so drift on a shared machine
 * falls on both. Headline: nginx throughput / direct throughput. Target: nginx keeps at least 80%
 * of the direct throughput (on 2 cores nginx's TLS and proxying share the CPU with the app).
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { nginxMissing, startNginxProxy } from '../testing/nginx-proxy';
import { percentile, writeResult } from './result';

const missing = nginxMissing();
if (missing) {
  console.error(`web-nginx: ${missing}`);
  process.exit(1);
}
const SECONDS = Number(process.env.BENCH_WEB_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_WEB_NGINX_ROUNDS ?? 4);
const CONNECTIONS = 50;
const QUESTIONS = ['空调显示E1怎么办', '洗衣机不排水', 'My fridge is not cooling', '热水器不出热水', '还是不行', '冰箱噪音很大'];

const child = fork(path.join(import.meta.dirname, 'web-bench-server.ts'), [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const { url } = await new Promise<{ url: string }>((resolve) => child.once('message', (m) => resolve(m as { url: string })));
const appPort = Number(new URL(url).port);
// Debian's default worker_processes is auto (one per core).
const proxy = await startNginxProxy({ appPort, workers: 'auto' });
const origin = url; // the app's own loopback origin: accepted whichever way the request came

async function newSession(): Promise<string> {
  const res = await fetch(`${url}/api/web/sessions`, { method: 'POST', headers: { Origin: origin } });
  if (res.status !== 201) throw new Error(`session: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

interface Run {
  via: 'direct' | 'nginx';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

let seq = 0;
async function load(via: Run['via'], seconds = SECONDS): Promise<Run> {
  const tokens = await Promise.all(Array.from({ length: CONNECTIONS }, newSession));
  let next = 0;
  const result = await autocannon({
    url: via === 'direct' ? url : proxy.httpsUrl,
    connections: CONNECTIONS,
    duration: seconds,
    ...(via === 'nginx' ? { tlsOptions: { ca: proxy.ca } } : {}),
    requests: [
      {
        method: 'POST',
        path: '/api/web/messages',
        setupRequest: (req, context) => {
          context.token ??= tokens[next++ % tokens.length];
          seq++;
          return {
            ...req,
            headers: { 'content-type': 'application/json', origin, authorization: `Bearer ${context.token}` },
            body: JSON.stringify({ clientMessageId: `nginx-bench-${process.pid}-${seq}`, text: QUESTIONS[seq % QUESTIONS.length] }),
          };
        },
      },
    ],
  });
  return {
    via,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

try {
  // Warm both paths: JIT, SQLite page cache, the knowledge index, nginx's upstream keepalive.
  await load('direct', 3);
  await load('nginx', 3);
  const runs: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const via of round % 2 ? (['nginx', 'direct'] as const) : (['direct', 'nginx'] as const)) {
      const run = await load(via);
      runs.push(run);
      console.log(`round ${round + 1} ${via}: ${run.requestsPerSecond.toFixed(0)} turns/s, p99 ${run.p99Ms} ms (errors ${run.errors}, non-2xx ${run.non2xx})`);
    }
  }
  const of = (via: Run['via']) => runs.filter((r) => r.via === via);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const direct = of('direct');
  const nginx = of('nginx');
  const ratio = mean(nginx.map((r) => r.requestsPerSecond)) / mean(direct.map((r) => r.requestsPerSecond));
  // Per round (each nginx run beside the direct run of the same round): the spread of the ratio.
  const perRound = nginx.map((n, i) => n.requestsPerSecond / direct[i]!.requestsPerSecond);
  const p99Ratio = mean(nginx.map((r) => r.p99Ms)) / mean(direct.map((r) => r.p99Ms));
  const clean = runs.every((r) => r.errors === 0 && r.non2xx === 0);
  writeResult('web-nginx', {
    ratio,
    target: { description: 'at 50 sessions, chat turns/s through nginx (TLS) >= 80% of direct, zero errors', minRatio: 0.8 },
    met: ratio >= 0.8 && clean,
    figures: {
      sessions: CONNECTIONS,
      rounds: ROUNDS,
      secondsPerRun: SECONDS,
      turnsMeasuredDirect: direct.reduce((a, r) => a + r.requests, 0),
      turnsMeasuredNginx: nginx.reduce((a, r) => a + r.requests, 0),
      directTurnsPerSecond: Number(mean(direct.map((r) => r.requestsPerSecond)).toFixed(1)),
      nginxTurnsPerSecond: Number(mean(nginx.map((r) => r.requestsPerSecond)).toFixed(1)),
      directP99Ms: Number(mean(direct.map((r) => r.p99Ms)).toFixed(1)),
      nginxP99Ms: Number(mean(nginx.map((r) => r.p99Ms)).toFixed(1)),
      p99RatioNginxToDirect: Number(p99Ratio.toFixed(3)),
      throughputRatioPerRound: perRound.map((r) => Number(r.toFixed(3))),
      throughputRatioRange: [Number(Math.min(...perRound).toFixed(3)), Number(Math.max(...perRound).toFixed(3))],
      throughputRatioMedian: Number(percentile(perRound, 50).toFixed(3)),
      errors: runs.reduce((a, r) => a + r.errors + r.non2xx, 0),
      nginx: 'Debian nginx 1.22, worker_processes auto, TLS 1.3 (ECDSA P-256 self-signed), HTTP/1.1 keep-alive from autocannon, upstream keepalive 32',
      loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
      runs,
    },
  });
} finally {
  await proxy.stop();
  child.send({ cmd: 'stop' });
}
