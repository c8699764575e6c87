/**
 * The offline brain's cost per turn: a fixed set of short conversations (40 turns, Chinese and
 * English, with names, phone numbers, offers taken or turned down, parts said to work) played
 * through the whole bot ROUNDS times over the shipped knowledge base, each round with fresh
 * customers so every round is the same conversations again.
 *
 * The headline is CPU milliseconds per turn (process.cpuUsage over the measured rounds), which a
 * disk's fsync does not colour; wall times and the understanding/brain share are figures beside it.
 * The target is a budget rather than a side-by-side run: the per-call RegExp rebuilding this
 * benchmark was written to watch cannot be run next to its fix in one process. Run it on the
 * commit before and after such a change to compare; `--cpu-prof FILE` writes a V8 CPU profile of
 * the measured rounds, and `regexpsBuiltPerTurn` counts the RegExp objects a turn builds.
 *
 *   node --import tsx bench/offline-turn.bench.ts [ROUNDS] [--cpu-prof FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { openAssistant } from '../app/assistant';
import { loadConfig } from '../app/config';
import { FixedClock } from '../kernel/clock';
import { countRegExpsBuilt } from '../testing/regexp-builds';
import { percentile, writeResult } from './result';

const args = process.argv.slice(2);
const profileAt = args.includes('--cpu-prof') ? args[args.indexOf('--cpu-prof') + 1] : undefined;
const ROUNDS = Number(args.find((a) => /^\d+$/.test(a)) ?? 10);
/** CPU milliseconds a turn may cost on the reference 2-core machine (about 6 when it is quiet, 9 with five other jobs on it). */
const BUDGET_CPU_MS = 10;

/** Conversations of our own, each a customer's turns in order. */
const CONVERSATIONS: string[][] = [
  ['我家海尔冰箱冷藏不凉了', '冷冻室倒是冻得挺硬的', '我叫李明，手机13912345678', '好的，麻烦了'],
  ['my fridge stopped cooling yesterday', 'the freezer still freezes fine though', 'my name is Anna Wright, you can reach me on 13812340000', 'yes please'],
  ['美的空调开机显示E1', '试过断电重启了，还是一样', '能派个师傅来看看吗', '不用了，我先自己再试试'],
  ['the aircon shows code E1 after it starts', 'I already switched it off at the wall and back on', 'can someone come out to look at it', 'no thanks, not now'],
  ['洗衣机不排水，里面全是水', '型号是XQG100', '去年八月在京东买的', '要登记报修'],
  ['washing machine full of water and will not drain', 'the model number is XQG100', 'bought it in March last year', 'please book a repair'],
  ['热水器有股煤气味', '已经关了阀门开了窗', '我姓王，王建国', '好'],
  ['I can smell gas near the water heater', 'the valve is off and windows are open', 'this is Mr. Chen speaking', 'ok'],
  ['手机充不进电，换了充电器也不行', '保修还在吗，发票上写的是2025年5月', '维修大概要多少钱', '谢谢'],
  ['my phone will not charge even with another cable', 'is it still under warranty, the receipt says May 2025', 'how much would a repair cost', 'thanks, that is all'],
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-offline-turn-'));
const clock = new FixedClock('2026-11-24T02:00:00Z');
const config = loadConfig({ AFTERSALES_DATA_DIR: path.join(dir, 'data'), AFTERSALES_LOG_LEVEL: 'silent' });
const assistant = await openAssistant(config, { clock });

const stageMs = { understanding: 0, brain: 0 };
/** Adds a method's wall time to a stage total; a sync method stays sync (understanding is). */
function timed<O extends object>(target: O, method: keyof O & string, stage: keyof typeof stageMs): void {
  const original = (target[method] as unknown as (...args: unknown[]) => unknown).bind(target);
  (target as Record<string, unknown>)[method] = (...args: unknown[]) => {
    const start = performance.now();
    const result = original(...args);
    const add = () => (stageMs[stage] += performance.now() - start);
    if (result instanceof Promise) return result.finally(add);
    add();
    return result;
  };
}
timed(assistant.understanding, 'understand', 'understanding');
timed(assistant.brain, 'reply', 'brain');

let message = 0;
async function playRound(round: string, turnMs: number[]): Promise<void> {
  for (const [c, turns] of CONVERSATIONS.entries()) {
    for (const text of turns) {
      const start = performance.now();
      await assistant.bot.handle({ channel: 'web', channelMessageId: `m-${message++}`, customerRef: `${round}-${c}`, text, receivedAt: clock.now().toISOString() });
      turnMs.push(performance.now() - start);
      clock.advance(30_000);
    }
  }
}

// One round to warm up (JIT, jieba dictionary, statement cache), not counted.
await playRound('warm', []);
stageMs.understanding = stageMs.brain = 0;
const turnMs: number[] = [];
// `--cpu-prof FILE`: a V8 CPU profile of the measured rounds only (not start-up or warm-up).
const profiler = profileAt ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
const cpuBefore = process.cpuUsage();
for (let r = 0; r < ROUNDS; r++) await playRound(`r${r}`, turnMs);
const cpu = process.cpuUsage(cpuBefore);
if (profiler && profileAt) {
  const { profile } = await profiler.post('Profiler.stop');
  fs.writeFileSync(profileAt, JSON.stringify(profile));
  profiler.disconnect();
}
const regexpsBuilt = await countRegExpsBuilt(() => playRound('count', []));
await assistant.close();
fs.rmSync(dir, { recursive: true, force: true });

const turns = turnMs.length;
const cpuMsPerTurn = (cpu.user + cpu.system) / 1000 / turns;
const ratio = cpuMsPerTurn / BUDGET_CPU_MS;
writeResult('offline-turn', {
  ratio,
  target: { description: `a whole offline turn costs at most ${BUDGET_CPU_MS} ms of CPU (mean over the measured rounds)`, maxRatio: 1 },
  met: ratio <= 1,
  figures: {
    rounds: ROUNDS,
    turns,
    turnsPerRound: turns / ROUNDS,
    cpuMsPerTurn: round(cpuMsPerTurn),
    wallMsPerTurn: { p50: round(percentile(turnMs, 50)), p99: round(percentile(turnMs, 99)), mean: round(turnMs.reduce((a, b) => a + b, 0) / turns) },
    regexpsBuiltPerTurn: round(regexpsBuilt / (turns / ROUNDS)),
    understandingWallMsPerTurn: round(stageMs.understanding / turns),
    brainWallMsPerTurn: round(stageMs.brain / turns),
    turnIncludes: 'customer lookup, message stored, understanding, redaction, retrieval over the shipped knowledge base, offline brain, output guard, reply stored',
  },
});

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
