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

/** One process's CPU split: its main thread (JavaScript, and the collector's pauses) against its other threads, and kernel time. */
export interface ThreadSplit {
  /** The main thread (tid = pid): JavaScript, the event loop, the collector's stop-the-world work. */
  main: number;
  /** Every other thread: V8's helpers (concurrent compilation and marking, parallel scavenges) and libuv's pool. */
  helpers: number;
  /** Of main + helpers, what was spent in the kernel (system calls: sockets, epoll, futex wake-ups). */
  system: number;
}

function threadTicks(pid: number): Map<number, { user: number; system: number }> {
  const out = new Map<number, { user: number; system: number }>();
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), { user: Number(fields[11]), system: Number(fields[12]) });
    } catch {
      // the thread ended meanwhile: it counts up to its last reading
    }
  }
  return out;
}

/**
 * Starts measuring the threads of the named processes (not their children): whether a second
 * instance's extra CPU is JavaScript on the main thread, V8's background work (compilation, GC
 * marking: a per-instance cost that does not shrink with half the turns) or kernel time.
 */
export function meterThreads(pids: Record<string, number>): { stop(): Record<string, ThreadSplit> } {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, threadTicks(pid)]));
  const started = process.hrtime.bigint();
  return {
    stop() {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cores = (ticks: number) => Number((ticks / TICKS_PER_SECOND / seconds).toFixed(3));
      const out: Record<string, ThreadSplit> = {};
      for (const [name, pid] of Object.entries(pids)) {
        const after = threadTicks(pid);
        let main = 0;
        let helpers = 0;
        let system = 0;
        for (const [tid, t] of after) {
          const was = before[name]!.get(tid) ?? { user: 0, system: 0 };
          const used = t.user + t.system - was.user - was.system;
          if (tid === pid) main += used;
          else helpers += used;
          system += t.system - was.system;
        }
        out[name] = { main: cores(main), helpers: cores(helpers), system: cores(system) };
      }
      return out;
    },
  };
}

function switchesOf(pid: number): { voluntary: number; involuntary: number } {
  try {
    const text = fs.readFileSync(`/proc/${pid}/task/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { voluntary: field('voluntary_ctxt_switches'), involuntary: field('nonvoluntary_ctxt_switches') };
  } catch {
    return { voluntary: 0, involuntary: 0 };
  }
}

/**
 * Counts the context switches of the named processes' main threads: voluntary ones are the event
 * loop going to sleep with nothing to do (each costs a wake-up later, and a colder cache), involuntary
 * ones are the kernel taking the core away for another process (the machine is shared).
 */
export function meterSwitches(pids: Record<string, number>): { stop(): Record<string, { voluntary: number; involuntary: number }> } {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, switchesOf(pid)]));
  return {
    stop() {
      return Object.fromEntries(
        Object.entries(pids).map(([name, pid]) => {
          const after = switchesOf(pid);
          return [name, { voluntary: after.voluntary - before[name]!.voluntary, involuntary: after.involuntary - before[name]!.involuntary }];
        }),
      );
    },
  };
}
