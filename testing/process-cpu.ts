/**
 * CPU time used by processes, read from /proc/<pid>/stat (user + system, in clock ticks), so a
 * benchmark can say which process the machine's cores went to: the instances, PostgreSQL (its
 * postmaster and every backend it forked), nginx (master and workers), the load generator.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Stat {
  ppid: number;
  ticks: number;
}

function statOf(pid: number): Stat | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/**
 * The pid and all its descendants alive now, with their CPU ticks so far, except the subtrees of
 * `others` (the load generator started the instances and nginx: they are counted under their own
 * names, not twice).
 */
function treeTicks(root: number, others: ReadonlySet<number> = new Set()): Map<number, number> {
  const all = new Map<number, Stat>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statOf(Number(name));
    if (stat) all.set(Number(name), stat);
  }
  const out = new Map<number, number>();
  const visit = (pid: number) => {
    const stat = all.get(pid);
    if (!stat || out.has(pid)) return;
    out.set(pid, stat.ticks);
    for (const [child, s] of all) if (s.ppid === pid && !others.has(child)) visit(child);
  };
  visit(root);
  return out;
}

export interface CpuMeter {
  /** CPU seconds each named process tree used since `start`, per second of wall time (1.0 = one core). */
  stop(): Record<string, number>;
}

/** Starts measuring the named process trees, each once. Processes that exit meanwhile count up to their last reading. */
export function meterCpu(roots: Record<string, number>): CpuMeter {
  const othersOf = (pid: number) => new Set(Object.values(roots).filter((p) => p !== pid));
  const before = Object.fromEntries(Object.entries(roots).map(([name, pid]) => [name, treeTicks(pid, othersOf(pid))]));
  const started = process.hrtime.bigint();
  return {
    stop() {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const out: Record<string, number> = {};
      for (const [name, pid] of Object.entries(roots)) {
        const after = treeTicks(pid, othersOf(pid));
        let used = 0;
        // Backends forked during the window started from zero ticks.
        for (const [p, ticks] of after) used += ticks - (before[name]!.get(p) ?? 0);
        out[name] = Number((used / TICKS_PER_SECOND / seconds).toFixed(3));
      }
      return out;
    },
  };
}

/** The postmaster's pid, from the first line of postmaster.pid in its data folder. */
export function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
}
