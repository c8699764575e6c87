/**
 * One customer's runaway model answer must not slow everyone else (issue 18: a 108 MB answer froze
 * every customer for 17 s). The real server over HTTP with the LLM brain pointed at a fake
 * endpoint in another process. A normal customer sends turns one after another while another
 * conversation keeps sending messages back to back. In the measured phase every answer that other
 * conversation gets is huge (a 1 GB stream of small deltas, as a model streams tokens, cut at
 * LLM_MAX_RESPONSE_BYTES, by default 400 bytes per token of LLM_MAX_TOKENS: 409,600 bytes); in the baseline phase it sends the same messages and
 * gets ordinary answers, so the ratio is what the huge answers cost others and nothing else.
 * `ratio` is p99 of the normal turn with the huge answers / p99 without (target <= 1.5), with a
 * bootstrap 95% interval over the turns. The two phases alternate in blocks of 50 turns. For contrast, a short third phase raises the byte cap out
 * of the way and sends 20 MB answers: what the cap buys.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../app/config';
import { startServer, type RunningServer } from '../app/server';
import { BYTES_PER_TOKEN, DEFAULT_MAX_TOKENS } from '../bot/brains/llm/resilient-fetch';
import { percentile, writeResult } from './result';

/** Normal turns per phase, measured in blocks that alternate between the phases (so a change in the machine's background load falls on both alike). */
const TURNS = 400;
const BLOCKS = 8;
const UNCAPPED_TURNS = 40;
const TARGET = 1.5;

async function startModel(floodBytes: number): Promise<{ baseUrl: string; child: ChildProcess }> {
  const child = fork(path.join(import.meta.dirname, 'fake-model-process.ts'), [String(floodBytes)], { execArgv: ['--import', 'tsx'] });
  const baseUrl = await new Promise<string>((resolve) => child.once('message', (m: { baseUrl: string }) => resolve(m.baseUrl)));
  return { baseUrl, child };
}

async function startProduct(baseUrl: string, maxResponseBytes?: string): Promise<{ server: RunningServer; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-isolation-'));
  const config = loadConfig({
    AFTERSALES_DATA_DIR: dir,
    PORT: '0',
    AFTERSALES_LOG_LEVEL: 'silent',
    LLM_BASE_URL: baseUrl,
    LLM_API_KEY: 'sk-bench',
    LLM_TIMEOUT: '20s',
    LLM_MAX_RETRIES: '0',
    ...(maxResponseBytes ? { LLM_MAX_RESPONSE_BYTES: maxResponseBytes } : {}),
    WEB_RATE_LIMIT_PER_MINUTE: '100000000',
    WEB_IP_RATE_LIMIT_PER_MINUTE: '100000000',
  });
  return { server: await startServer(config), dir };
}

async function session(url: string): Promise<(text: string) => Promise<number>> {
  const headers = { Origin: url, 'Content-Type': 'application/json' };
  const created = (await (await fetch(`${url}/api/web/sessions`, { method: 'POST', headers })).json()) as { token: string };
  let n = 0;
  return async (text) => {
    const started = performance.now();
    const res = await fetch(`${url}/api/web/messages`, {
      method: 'POST',
      headers: { ...headers, Authorization: `Bearer ${created.token}` },
      body: JSON.stringify({ clientMessageId: `bench-${Date.now().toString(36)}-${++n}`, text }),
    });
    await res.text();
    if (res.status !== 200) throw new Error(`turn answered ${res.status}`);
    return performance.now() - started;
  };
}

/**
 * Latencies of `turns` normal turns while another conversation sends `other` back to back (its
 * answers are huge when the message says FLOOD).
 */
async function phase(url: string, turns: number, other?: string): Promise<{ latencies: number[]; otherTurns: number }> {
  let running = true;
  let otherTurns = 0;
  const others = (other ? [other] : []).map(async (text) => {
    const say = await session(url);
    while (running) {
      await say(text);
      otherTurns++;
    }
  });
  if (other) await new Promise((r) => setTimeout(r, 500)); // the other conversation is under way first
  const say = await session(url);
  await say('你好'); // warm the session
  const latencies: number[] = [];
  for (let i = 0; i < turns; i++) latencies.push(await say(i % 2 ? '空调不制冷怎么办' : '空调显示E1 怎么办'));
  running = false;
  await Promise.all(others);
  return { latencies, otherTurns };
}

/** Bootstrap 95% interval of p99(a) / p99(b). */
function bootstrapRatio(a: number[], b: number[], rounds = 2000): [number, number] {
  const draw = (xs: number[]) => Array.from({ length: xs.length }, () => xs[Math.floor(Math.random() * xs.length)]!);
  const ratios = Array.from({ length: rounds }, () => percentile(draw(a), 99) / percentile(draw(b), 99)).sort((x, y) => x - y);
  return [ratios[Math.floor(rounds * 0.025)]!, ratios[Math.floor(rounds * 0.975)]!];
}

const summary = (xs: number[]) => ({ n: xs.length, p50Ms: percentile(xs, 50), p95Ms: percentile(xs, 95), p99Ms: percentile(xs, 99), maxMs: Math.max(...xs) });

// Capped (the defaults): baseline, then under flooding.
const capped = await startModel(1_000_000_000);
const product = await startProduct(capped.baseUrl);
await phase(product.server.url, 20, 'CALM 空调显示E1 怎么办'); // warm-up: JIT, knowledge index, first model calls
const baseline = { latencies: [] as number[], otherTurns: 0 };
const flooded = { latencies: [] as number[], otherTurns: 0 };
for (let block = 0; block < BLOCKS; block++) {
  for (const [into, text] of [
    [baseline, 'CALM 空调显示E1 怎么办'],
    [flooded, 'FLOOD 空调显示E1 怎么办'],
  ] as const) {
    const measured = await phase(product.server.url, TURNS / BLOCKS, text);
    into.latencies.push(...measured.latencies);
    into.otherTurns += measured.otherTurns;
  }
}
const rss = process.memoryUsage().rss;
await product.server.close();
fs.rmSync(product.dir, { recursive: true, force: true });
capped.child.send({ cmd: 'stop' });

// For contrast: the cap out of the way, 20 MB answers.
const uncappedModel = await startModel(20_000_000);
const uncapped = await startProduct(uncappedModel.baseUrl, '100000000');
await phase(uncapped.server.url, 5);
const uncappedFlooded = await phase(uncapped.server.url, UNCAPPED_TURNS, 'FLOOD 空调显示E1 怎么办');
await uncapped.server.close();
fs.rmSync(uncapped.dir, { recursive: true, force: true });
uncappedModel.child.send({ cmd: 'stop' });

const ratio = percentile(flooded.latencies, 99) / percentile(baseline.latencies, 99);
const [low, high] = bootstrapRatio(flooded.latencies, baseline.latencies);
writeResult('isolation', {
  ratio,
  target: { description: `p99 of a normal turn while another conversation receives huge answers / p99 while it receives ordinary ones <= ${TARGET}`, maxRatio: TARGET },
  met: ratio <= TARGET,
  figures: {
    ratioInterval95: [low, high],
    baseline: summary(baseline.latencies),
    baselineOtherTurns: baseline.otherTurns,
    flooded: { ...summary(flooded.latencies), otherTurnsMeanwhile: flooded.otherTurns, hugeAnswerBytes: 1_000_000_000, cutAtBytes: DEFAULT_MAX_TOKENS * BYTES_PER_TOKEN },
    uncappedForContrast: {
      ...summary(uncappedFlooded.latencies),
      otherTurnsMeanwhile: uncappedFlooded.otherTurns,
      hugeAnswerBytes: 20_000_000,
      p99RatioToBaseline: percentile(uncappedFlooded.latencies, 99) / percentile(baseline.latencies, 99),
    },
    rssAfterFloodMiB: Math.round(rss / 2 ** 20),
    setup:
      'real server over HTTP, LLM brain at a fake OpenAI-compatible endpoint in another process; sequential normal turns while one other conversation sends back to back (ordinary answers in the baseline, huge ones in the measured phase)',
  },
});
process.exit(0);
