/**
 * The scale bench's profiles (BENCH_SCALE_PROFILE): Linux perf samples each instance's main thread
 * on the cpu-clock event, which ticks only while the thread runs, so the figures are CPU time even
 * on a machine busy with other work (V8's own --cpu-prof measures wall time between samples, which
 * on a shared machine charges a function for the time its process waited for a core). The
 * instances run with --perf-basic-prof so JIT-compiled JavaScript has names; the name's mark tells
 * V8's tier (`*` optimized by TurboFan, `~` interpreted or baseline), which shows whether a
 * second instance's extra time is code still warming up.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const HZ = 999;

/** Node flags that give perf the names of JIT-compiled functions (interpreted frames included). */
export const PROFILE_NODE_ARGS = ['--perf-basic-prof', '--interpreted-frames-native-stack'];

export const perfMissing = (): string | undefined => {
  try {
    execFileSync('perf', ['--version'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'BENCH_SCALE_PROFILE needs Linux perf (apt-get install linux-perf)';
  }
};

export interface ProfileSummary {
  turns: number;
  /** CPU ms per turn of all instances' main threads, as perf counted it. */
  totalMsPerTurn: number;
  /** By V8 tier and place: optimized JS, unoptimized JS, V8 builtins and runtime, node and libraries, kernel. */
  byKindMsPerTurn: Record<string, number>;
  /** Self ms per turn by function (the largest first). */
  selfMsPerTurn: Record<string, number>;
}

export interface PerfRecording {
  /** Stops recording and reads what was recorded: ms per turn over `turns`. */
  stop(turns: number): Promise<ProfileSummary>;
}

/** Starts perf on the main threads (tid = pid) of `pids`; the recording goes to `file`. */
export function recordMainThreads(pids: number[], file: string): PerfRecording {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const perf: ChildProcess = spawn('perf', ['record', '-q', '-e', 'cpu-clock', '-F', String(HZ), '-t', pids.join(','), '-o', file], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => perf.once('exit', () => resolve()));
  return {
    async stop(turns) {
      perf.kill('SIGINT');
      await exited;
      return summarise(file, turns);
    },
  };
}

/** A symbol as perf names it, made short: the repository's path dropped, node_modules folded to the package. */
function shortName(symbol: string): string {
  const name = symbol
    .replace(/^JS:/, '')
    .replaceAll('file://', '')
    .replace(/\S*\/node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\S*/g, 'npm:$1')
    .replaceAll(`${ROOT}/`, '');
  return name.length > 100 ? `${name.slice(0, 100)}…` : name;
}

function kindOf(symbol: string, dso: string): string {
  if (dso === '[kernel.kallsyms]') return 'kernel';
  if (/^JS:\*/.test(symbol)) return 'javascript optimized';
  if (/^(JS|Eval|Function|LazyCompile):/.test(symbol)) return 'javascript not optimized';
  if (/^RegExp:/.test(symbol) || /RegExp/.test(symbol)) return 'regular expressions';
  if (/^Builtins?_|^BytecodeHandler/.test(symbol)) return 'v8 builtins';
  if (/Scaveng|MarkCompact|Sweep|Marking|Heap::|GCTracer|Evacuat/.test(symbol)) return 'v8 garbage collector';
  if (/v8::internal/.test(symbol)) return 'v8 runtime';
  if (/^\[JIT\]/.test(dso)) return 'javascript without a name';
  return 'node and libraries';
}

function summarise(file: string, turns: number): ProfileSummary {
  const text = execFileSync('perf', ['report', '-i', file, '--no-children', '--sort', 'dso,sym', '--stdio', '-q', '-g', 'none', '--percent-limit', '0'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const bySymbol = new Map<string, number>();
  const byKind = new Map<string, number>();
  let percentSum = 0;
  for (const line of text.split('\n')) {
    // "    12.34%  node             [.] Builtins_InterpreterEntryTrampoline"
    const m = /^\s*([\d.]+)%\s+(.+?)\s+\[(.)\]\s+(.*?)\s*$/.exec(line);
    if (!m) continue;
    const percent = Number(m[1]);
    const symbol = m[4]!;
    percentSum += percent;
    const name = shortName(symbol);
    bySymbol.set(name, (bySymbol.get(name) ?? 0) + percent);
    const kind = kindOf(symbol, m[2]!);
    byKind.set(kind, (byKind.get(kind) ?? 0) + percent);
  }
  const samples = sampleCount(file);
  const totalMs = (samples * 1000) / HZ;
  const perTurn = (percent: number) => Number((((percent / Math.max(percentSum, 1e-9)) * totalMs) / turns).toFixed(3));
  const top = (map: Map<string, number>, n: number) =>
    Object.fromEntries(
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, p]) => [k, perTurn(p)]),
    );
  return { turns, totalMsPerTurn: Number((totalMs / turns).toFixed(3)), byKindMsPerTurn: top(byKind, 10), selfMsPerTurn: top(bySymbol, 40) };
}

/** Samples in a recording (each is 1/HZ s of a thread running). */
function sampleCount(file: string): number {
  const text = execFileSync('perf', ['report', '-i', file, '--stdio', '--sort', 'pid', '-q', '-n', '-g', 'none'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let n = 0;
  for (const line of text.split('\n')) {
    const m = /^\s*[\d.]+%\s+(\d+)\s/.exec(line);
    if (m) n += Number(m[1]);
  }
  return n;
}

export type SetupProfile = { setup: string; round: number } & ProfileSummary;

/** Means per setup, and what grows most from `base` to `other` (by kind and by function), in ms per turn. */
export function compareProfiles(profiles: SetupProfile[], base: string, other: string): Record<string, unknown> | undefined {
  if (!profiles.some((p) => p.setup === base) || !profiles.some((p) => p.setup === other)) return undefined;
  const meanOf = (name: string, pick: (p: SetupProfile) => Record<string, number>) => {
    const runs = profiles.filter((p) => p.setup === name);
    const keys = new Set(runs.flatMap((r) => Object.keys(pick(r))));
    return new Map([...keys].map((k) => [k, runs.reduce((a, r) => a + (pick(r)[k] ?? 0), 0) / Math.max(1, runs.length)]));
  };
  const growth = (pick: (p: SetupProfile) => Record<string, number>, n: number) => {
    const a = meanOf(base, pick);
    const b = meanOf(other, pick);
    const keys = new Set([...a.keys(), ...b.keys()]);
    return Object.fromEntries(
      [...keys]
        .map((k) => [k, (b.get(k) ?? 0) - (a.get(k) ?? 0), a.get(k) ?? 0, b.get(k) ?? 0] as const)
        .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))
        .slice(0, n)
        .map(([k, d, x, y]) => [k, `${d >= 0 ? '+' : ''}${d.toFixed(3)} (${x.toFixed(3)} → ${y.toFixed(3)})`]),
    );
  };
  const total = (name: string) => {
    const runs = profiles.filter((p) => p.setup === name);
    return Number((runs.reduce((a, r) => a + r.totalMsPerTurn, 0) / Math.max(1, runs.length)).toFixed(3));
  };
  return {
    mainThreadMsPerTurn: { [base]: total(base), [other]: total(other) },
    byKind: growth((p) => p.byKindMsPerTurn, 10),
    functionsGrowingMost: growth((p) => p.selfMsPerTurn, 20),
  };
}
