/**
 * Several instances on PostgreSQL (issue 20, Measure): web chat turns/s through Debian's nginx
 * (TLS, deploy/scale/upstream.conf) at 50 sessions with 1, 2 and 3 instances on one PostgreSQL,
 * and 1 instance on its SQLite file, each the real server (app/start.ts) as a child process.
 * Per configuration: p99 of a whole turn, and the CPU used by each instance, by PostgreSQL (every
 * backend), by nginx and by this load generator (from /proc/<pid>/stat), so the limit is visible.
 * Headline: 2-instance ÷ 1-instance throughput on PostgreSQL; target ≥ 1.3 on this machine.
 * Also: ticket create on PostgreSQL (the real store) against a bare single-row INSERT
 * transaction on the same server.
 * Fixed rate (BENCH_SCALE_RATE turns/s, below saturation for 1 and 2 instances): CPU milliseconds
 * per turn of each component, transactions and statements per turn, so a per-turn cost that grows
 * with a second instance is told apart from a machine that simply has no core left.
 * BENCH_SCALE_ONLY=fixed runs only the fixed-rate part (for measuring a change quickly).
 * BENCH_SCALE_PROFILE=<folder>: perf records each instance's main thread in the fixed-rate windows
 * (CPU ms per turn by function and by V8 tier, bench/scale-profile.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { systemClock } from '../kernel/clock';
import { openPostgresDesk } from '../storage/postgres/open-postgres-desk';
import { DEFAULT_SLA } from '../tickets/sla';
import { fetchTrusting } from '../testing/https-fetch';
import { nginxMissing } from '../testing/nginx-proxy';
import { startPostgres } from '../testing/postgres-server';
import { meterCpu, meterSwitches, meterThreads, postmasterPid, type ThreadSplit } from '../testing/process-cpu';
import { startScaleCluster, type ScaleCluster } from '../testing/scale-cluster';
import { writeResult } from './result';
import { compareProfiles, perfMissing, PROFILE_NODE_ARGS, recordMainThreads, type SetupProfile } from './scale-profile';
import { STATEMENT_LOG_SETTINGS, watchDatabase, type DatabaseWork } from './scale-database-work';

const missing = nginxMissing();
if (missing) {
  console.error(`scale: ${missing}`);
  process.exit(1);
}
const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 2);
const SESSIONS = 50;
const QUESTIONS = ['空调显示E1怎么办', '洗衣机不排水', 'My fridge is not cooling', '热水器不出热水', '还是不行', '冰箱噪音很大'];
const TICKETS = Number(process.env.BENCH_SCALE_TICKETS ?? 500);
const RATE = Number(process.env.BENCH_SCALE_RATE ?? 80);
const FIXED_SECONDS = Number(process.env.BENCH_SCALE_FIXED_SECONDS ?? 8);
/** Seconds of the fixed-rate window whose statements are logged and counted (after the CPU window: logging costs CPU). */
const STATEMENT_SECONDS = 3;
const IDLE_SECONDS = 3;
const ONLY_FIXED = process.env.BENCH_SCALE_ONLY === 'fixed';
/** A folder: perf samples the instances' main threads in each fixed-rate window and records there; CPU ms per turn by function is summarised (bench/scale-profile.ts). */
const PROFILE_DIR = process.env.BENCH_SCALE_PROFILE;
if (PROFILE_DIR && perfMissing()) {
  console.error(`scale: ${perfMissing()}`);
  process.exit(1);
}

/** rateShare: the fixed-rate part runs this setup at RATE × rateShare (one instance at half the rate is what each of two instances sees). */
/** balance: nginx's balancing directive in place of the upstream's least_conn (the sticky control). */
type Setup = { name: string; instances: number; sqlite?: boolean; rateShare?: number; balance?: string };
const SETUPS: Setup[] = [
  { name: 'postgres-1', instances: 1 },
  { name: 'postgres-2', instances: 2 },
  { name: 'postgres-3', instances: 3 },
  { name: 'sqlite-1', instances: 1, sqlite: true },
];

interface Run {
  setup: string;
  round: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  turns: number;
  errors: number;
  /** Cores used (CPU seconds per wall second) by each process tree. */
  cpu: Record<string, number>;
  /** The machine's 1, 5 and 15 minute load averages at the end of the window (the machine is shared). */
  loadAverage: number[];
}

const env = { WEB_RATE_LIMIT_PER_MINUTE: '100000000', WEB_IP_RATE_LIMIT_PER_MINUTE: '100000000', WEB_MAX_SESSIONS: '1000000', AFTERSALES_LOG_LEVEL: 'silent' };
const postgres = await startPostgres({ settings: { max_connections: '200', ...STATEMENT_LOG_SETTINGS } });
let seq = 0;

const profiles: SetupProfile[] = [];

/** Seconds of load before a fixed-rate window is measured (JIT, caches; the sessions' first turns). */
const WARM_SECONDS = Number(process.env.BENCH_SCALE_WARM_SECONDS ?? 3);
/**
 * Turns each instance serves before a fixed-rate window, at the least: V8 optimizes a function
 * after it has run enough times, so an instance warms by turns, not by seconds, and each of two
 * instances sees half the turns of one (a window measured after the same seconds finds it colder).
 * 0 turns it off (warm by WARM_SECONDS alone, as before).
 */
const WARM_TURNS_PER_INSTANCE = Number(process.env.BENCH_SCALE_WARM_TURNS ?? 400);
const warmSecondsFor = (instances: number, rate: number) => Math.max(WARM_SECONDS, Math.ceil((WARM_TURNS_PER_INSTANCE * instances) / rate));

/** 50 new web sessions (tokens). */
async function openSessions(cluster: ScaleCluster): Promise<string[]> {
  const fetcher = fetchTrusting(cluster.proxy.ca);
  return Promise.all(
    Array.from({ length: SESSIONS }, async () => {
      const res = await fetcher(`${cluster.origin}/api/web/sessions`, { method: 'POST', headers: { Origin: cluster.origin } });
      if (res.status !== 201) throw new Error(`session: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    }),
  );
}

/** One load window: as fast as 50 sessions go, or at `rate` turns/s over all of them; new sessions unless `sessions` are given. */
async function load(cluster: ScaleCluster, seconds: number, rate?: number, sessions?: string[]): Promise<Omit<Run, 'setup' | 'round' | 'cpu' | 'loadAverage'>> {
  const tokens = sessions ?? (await openSessions(cluster));
  let next = 0;
  const result = await autocannon({
    url: cluster.origin,
    connections: SESSIONS,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    tlsOptions: { ca: cluster.proxy.ca },
    // Each connection is one visitor with its own session (setupClient: autocannon clears a
    // request's `context` after every request of a one-request list, so a token kept there went
    // round-robin over all sessions).
    setupClient: (client) => {
      const token = tokens[next++ % tokens.length];
      client.setRequests([
        {
          method: 'POST',
          path: '/api/web/messages',
          setupRequest: (req) => {
            seq++;
            return {
              ...req,
              headers: { 'content-type': 'application/json', origin: cluster.origin, authorization: `Bearer ${token}` },
              body: JSON.stringify({ clientMessageId: `scale-bench-${process.pid}-${seq}`, text: QUESTIONS[seq % QUESTIONS.length] }),
            };
          },
        },
      ]);
    },
  });
  return { turnsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, turns: result.requests.total, errors: result.errors + result.timeouts + result.non2xx };
}

async function measure(setup: Setup, round: number): Promise<Run> {
  const cluster = await startScaleCluster({ instances: setup.instances, sqlite: setup.sqlite, postgres, env });
  try {
    await load(cluster, 3); // warm: JIT, caches, knowledge index, upstream keepalive
    const roots: Record<string, number> = { loadGenerator: process.pid, nginx: cluster.proxy.pid!, postgres: postmasterPid(postgres.dataDir) };
    cluster.instances.forEach((instance, i) => (roots[`instance${i + 1}`] = instance.pid));
    const meter = meterCpu(roots);
    const run = await load(cluster, SECONDS);
    const cpu = meter.stop();
    const result = { setup: setup.name, round, ...run, cpu, loadAverage: loadAverage() };
    console.log(`round ${round} ${setup.name}: ${run.turnsPerSecond.toFixed(0)} turns/s, p99 ${run.p99Ms} ms, errors ${run.errors}, cpu ${JSON.stringify(cpu)}, load ${result.loadAverage}`);
    return result;
  } finally {
    await cluster.stop();
  }
}

const loadAverage = () => os.loadavg().map((l) => Number(l.toFixed(2)));

interface FixedRun {
  setup: string;
  round: number;
  turns: number;
  turnsPerSecond: number;
  errors: number;
  p50Ms: number;
  /** CPU milliseconds per turn of each process tree, in the window without statement logging. */
  cpuMsPerTurn: Record<string, number>;
  commitsPerTurn: number;
  rollbacksPerTurn: number;
  /** Statements (round trips, BEGIN and COMMIT included) PostgreSQL received per turn. */
  statementsPerTurn: number;
  /** Cores each process tree used with no turns at all (relays' polls, timers): a cost per second, not per turn. */
  idleCores: Record<string, number>;
  /** CPU ms per turn of the first and the second half of the window (JIT warm-up shows as a first half dearer than the second). */
  cpuMsPerTurnByHalf: [Record<string, number>, Record<string, number>];
  /** Each instance's CPU ms per turn split by thread: main (JavaScript, GC pauses), helpers (V8's compiler and marker threads), system (kernel time, of both). */
  threadsMsPerTurn: Record<string, ThreadSplit>;
  /** Each instance's main thread: context switches per turn, voluntary (the event loop slept) and involuntary (the core was taken for another process). */
  switchesPerTurn: Record<string, Record<string, number>>;
  /** Each instance's live bus per turn: notices published, NOTIFY statements sent, notifications heard (own echoes included), others' notices handled, ms spent hearing. */
  livePerTurn: Record<string, Record<string, number>>;
  /** Statements per turn by statement (the most frequent), from the logged window. */
  statementsPerTurnByKind: Record<string, number>;
  loadAverage: number[];
}

/** Each instance's live bus counters (its /healthz `live` line, read from this machine). */
async function liveCounts(cluster: ScaleCluster): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [i, instance] of cluster.instances.entries()) {
    const body = (await (await fetch(`${instance.url}/healthz`)).json()) as { channels?: { live?: { counts?: Record<string, number> } } };
    out[`instance${i + 1}`] = body.channels?.live?.counts ?? {};
  }
  return out;
}

/** A setup at a fixed rate below saturation: what one turn costs each component. */
async function measureFixed(setup: Setup, round: number): Promise<FixedRun> {
  const cluster = await startScaleCluster({ instances: setup.instances, postgres, env, nodeArgs: PROFILE_DIR ? PROFILE_NODE_ARGS : [], balance: setup.balance });
  const rate = RATE * (setup.rateShare ?? 1);
  try {
    // The same 50 sessions throughout: each session's first turn (its customer and conversation)
    // and its first request on each instance (taken back from its record) fall in the warm-up, so
    // the windows measure what a turn costs, not what a new session costs.
    const sessions = await openSessions(cluster);
    const warmSeconds = warmSecondsFor(setup.instances, rate);
    console.log(`fixed ${setup.name}: warming each instance with about ${WARM_TURNS_PER_INSTANCE} turns (${warmSeconds} s at ${rate}/s) before measuring`);
    await load(cluster, warmSeconds, rate, sessions);
    const roots: Record<string, number> = { loadGenerator: process.pid, nginx: cluster.proxy.pid!, postgres: postmasterPid(postgres.dataDir) };
    cluster.instances.forEach((instance, i) => (roots[`instance${i + 1}`] = instance.pid));
    const pids = Object.fromEntries(cluster.instances.map((instance, i) => [`instance${i + 1}`, instance.pid]));
    const database = await watchDatabase(postgres, cluster.databaseUrl, { statements: false });
    const liveBefore = await liveCounts(cluster);
    const meter = meterCpu(roots);
    const threads = meterThreads(pids);
    const switches = meterSwitches(pids);
    const halves: Record<string, number>[] = [];
    let secondHalf = meterCpu(roots);
    const halfway = setTimeout(
      () => {
        halves.push(meter.stop());
        secondHalf = meterCpu(roots);
      },
      (FIXED_SECONDS * 1000) / 2,
    );
    const perf = PROFILE_DIR ? recordMainThreads(Object.values(pids), path.join(PROFILE_DIR, `${setup.name}-round${round}.perf.data`)) : undefined;
    const run = await load(cluster, FIXED_SECONDS, rate, sessions);
    if (perf) profiles.push({ setup: setup.name, round, ...(await perf.stop(run.turns)) });
    clearTimeout(halfway);
    const cpu = meter.stop();
    halves.push(secondHalf.stop());
    const split = threads.stop();
    const switched = switches.stop();
    const liveAfter = await liveCounts(cluster);
    const work = await database.stop();
    await new Promise((r) => setTimeout(r, 1000)); // the last turns' deliveries settle
    const idle = meterCpu(roots);
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const idleCores = idle.stop();
    const counted = await watchDatabase(postgres, cluster.databaseUrl, { statements: true });
    const logged = await load(cluster, STATEMENT_SECONDS, rate, sessions);
    const statements: DatabaseWork = await counted.stop();
    const per = (n: number, turns = run.turns) => Number((n / turns).toFixed(2));
    const result: FixedRun = {
      setup: setup.name,
      round,
      turns: run.turns,
      turnsPerSecond: Number(run.turnsPerSecond.toFixed(1)),
      errors: run.errors + logged.errors,
      p50Ms: run.p50Ms,
      cpuMsPerTurn: Object.fromEntries(Object.entries(cpu).map(([name, cores]) => [name, per(cores * FIXED_SECONDS * 1000)])),
      commitsPerTurn: per(work.commits),
      rollbacksPerTurn: per(work.rollbacks),
      statementsPerTurn: per(statements.statements ?? NaN, logged.turns),
      idleCores,
      // The meter's halves are cores over half the window, each with (at a fixed rate) half the turns.
      cpuMsPerTurnByHalf: halves.map((h) => Object.fromEntries(Object.entries(h).map(([name, cores]) => [name, per(cores * FIXED_SECONDS * 1000)]))) as FixedRun['cpuMsPerTurnByHalf'],
      threadsMsPerTurn: Object.fromEntries(
        Object.entries(split).map(([name, t]) => [name, { main: per(t.main * FIXED_SECONDS * 1000), helpers: per(t.helpers * FIXED_SECONDS * 1000), system: per(t.system * FIXED_SECONDS * 1000) }]),
      ),
      switchesPerTurn: Object.fromEntries(Object.entries(switched).map(([name, s]) => [name, { voluntary: per(s.voluntary), involuntary: per(s.involuntary) }])),
      livePerTurn: Object.fromEntries(
        Object.entries(liveAfter).map(([name, after]) => [name, Object.fromEntries(Object.entries(after).map(([k, v]) => [k, Number(((v - (liveBefore[name]?.[k] ?? 0)) / run.turns).toFixed(3))]))]),
      ),
      statementsPerTurnByKind: Object.fromEntries(
        Object.entries(statements.byStatement ?? {})
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25)
          .map(([kind, n]) => [kind, per(n, logged.turns)]),
      ),
      loadAverage: loadAverage(),
    };
    console.log(`fixed ${rate}/s round ${round} ${setup.name}: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await cluster.stop();
    // --perf-basic-prof's symbol maps, read by the report above.
    if (PROFILE_DIR) for (const instance of cluster.instances) fs.rmSync(`/tmp/perf-${instance.pid}.map`, { force: true });
  }
}

/** Key by key means of records (a key missing from one counts 0 there). */
function meanRecord(records: Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((k) => [k, Number((records.reduce((a, r) => a + (r[k] ?? 0), 0) / records.length).toFixed(3))]));
}

function meanNested(records: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((k) => [k, meanRecord(records.map((r) => r[k] ?? {}))]));
}

/** Per-setup means of the fixed-rate runs, with the instances' CPU summed. */
function summariseFixed(runs: FixedRun[]): Record<string, unknown> {
  const mean = (xs: number[]) => Number((xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2));
  const setups = [...new Set(runs.map((r) => r.setup))];
  return Object.fromEntries(
    setups.map((name) => {
      const rs = runs.filter((r) => r.setup === name);
      const parts = Object.keys(rs[0]!.cpuMsPerTurn);
      const instances = (r: FixedRun) => Object.entries(r.cpuMsPerTurn).reduce((a, [k, v]) => a + (k.startsWith('instance') ? v : 0), 0);
      const total = (r: FixedRun) => Object.values(r.cpuMsPerTurn).reduce((a, v) => a + v, 0);
      return [
        name,
        {
          turnsPerSecond: mean(rs.map((r) => r.turnsPerSecond)),
          cpuMsPerTurn: { ...Object.fromEntries(parts.map((p) => [p, mean(rs.map((r) => r.cpuMsPerTurn[p] ?? 0))])), allInstances: mean(rs.map(instances)), total: mean(rs.map(total)) },
          commitsPerTurn: mean(rs.map((r) => r.commitsPerTurn)),
          rollbacksPerTurn: mean(rs.map((r) => r.rollbacksPerTurn)),
          statementsPerTurn: mean(rs.map((r) => r.statementsPerTurn)),
          idleCores: Object.fromEntries(parts.map((p) => [p, mean(rs.map((r) => r.idleCores[p] ?? 0))])),
          cpuMsPerTurnByHalf: [0, 1].map((h) => meanRecord(rs.map((r) => r.cpuMsPerTurnByHalf[h] ?? {}))),
          threadsMsPerTurn: meanNested(rs.map((r) => r.threadsMsPerTurn as unknown as Record<string, Record<string, number>>)),
          switchesPerTurn: meanNested(rs.map((r) => r.switchesPerTurn)),
          livePerTurn: meanNested(rs.map((r) => r.livePerTurn)),
          statementsPerTurnByKind: Object.fromEntries(Object.entries(meanRecord(rs.map((r) => r.statementsPerTurnByKind))).sort((a, b) => b[1] - a[1])),
          errors: rs.reduce((a, r) => a + r.errors, 0),
        },
      ];
    }),
  );
}

/**
 * What a second instance adds to a turn's total CPU, and how much of it one instance at half the
 * rate adds too (so it comes from each instance doing fewer turns: less batching, colder JIT), the
 * rest being work the instances make for each other (notices heard, polls, sessions taken back).
 */
function secondInstanceCost(setups: Record<string, unknown>): Record<string, number> {
  // A setup left out (BENCH_SCALE_FIXED_SETUPS) gives NaN, printed as null.
  const total = (name: string) => (setups[name] as { cpuMsPerTurn: { total: number } } | undefined)?.cpuMsPerTurn.total ?? NaN;
  const one = total('postgres-1');
  const extra = total('postgres-2') - one;
  const halfRate = total('postgres-1-half-rate') - one;
  const round = (x: number) => Number(x.toFixed(2));
  return {
    extraMsPerTurn: round(extra),
    sameAtHalfRateMsPerTurn: round(halfRate),
    betweenInstancesMsPerTurn: round(extra - halfRate),
    // What keeping each session on one instance saves: the part of the extra that comes from a session's turns alternating.
    stickySavesMsPerTurn: round(total('postgres-2') - total('postgres-2-sticky')),
  };
}

/** Ticket create through the real PostgreSQL store against a bare single-row INSERT transaction, on the same server. */
async function ticketsVersusBare(): Promise<Record<string, unknown>> {
  const url = await postgres.createDatabase();
  const desk = await openPostgresDesk(url, { clock: systemClock, sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai' });
  const bare = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await bare.query('CREATE TABLE bare (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, symptom text NOT NULL, created_at text NOT NULL)');
    const customer = (await desk.db.get<{ id: number }>('INSERT INTO customers (created_at) VALUES ($1) RETURNING id', [new Date().toISOString()]))!.id;
    const bareRates: number[] = [];
    const createRates: number[] = [];
    for (let round = 0; round < 3; round++) {
      let start = process.hrtime.bigint();
      for (let i = 0; i < TICKETS; i++) {
        const client = await bare.connect();
        try {
          await client.query('BEGIN');
          await client.query('INSERT INTO bare (symptom, created_at) VALUES ($1, $2)', [`symptom ${i}`, new Date().toISOString()]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      }
      bareRates.push(TICKETS / (Number(process.hrtime.bigint() - start) / 1e9));
      start = process.hrtime.bigint();
      for (let i = 0; i < TICKETS; i++) {
        await desk.tickets.create(
          { customerId: customer, channel: 'web', type: 'repair_request', priority: 'P2', category: 'air_conditioner', errorCode: 'E1', symptom: `symptom ${i}` },
          { actor: 'bot', idempotencyKey: `bench-${round}-${i}` },
        );
      }
      createRates.push(TICKETS / (Number(process.hrtime.bigint() - start) / 1e9));
      console.log(`tickets round ${round + 1}: bare insert ${bareRates.at(-1)!.toFixed(0)}/s, ticket create ${createRates.at(-1)!.toFixed(0)}/s`);
    }
    const best = (xs: number[]) => Math.round(Math.max(...xs));
    return {
      operationsPerRound: TICKETS,
      bareInsertPerSecond: bareRates.map(Math.round),
      ticketCreatePerSecond: createRates.map(Math.round),
      ticketCreateCostInBareInserts: Number((best(bareRates) / best(createRates)).toFixed(2)),
      note: 'one at a time, each its own transaction; the test server runs with fsync off (testing/postgres-server.ts), so this compares work per statement, not disk flushes',
    };
  } finally {
    await bare.end();
    await desk.close();
  }
}

// One instance at half the rate sees what each of two instances sees: against it, a second
// instance's extra cost per turn is told apart into "each instance does less" and "instances
// add work for each other" (notices, polls, sessions taken back).
// Two instances with each session kept on one of them (nginx hashes the bearer token) tell a
// cost of a session's turns alternating between instances (a per-instance cache that misses, state
// read again) from a cost of the same turns being served by two processes.
const ALL_FIXED_SETUPS: Setup[] = [
  { name: 'postgres-1', instances: 1 },
  { name: 'postgres-1-half-rate', instances: 1, rateShare: 0.5 },
  { name: 'postgres-2', instances: 2 },
  { name: 'postgres-2-sticky', instances: 2, balance: 'hash $http_authorization consistent' },
];
/** BENCH_SCALE_FIXED_SETUPS=postgres-1,postgres-2: only these (a quicker look on a busy machine). */
const FIXED_SETUPS = process.env.BENCH_SCALE_FIXED_SETUPS ? ALL_FIXED_SETUPS.filter((s) => process.env.BENCH_SCALE_FIXED_SETUPS!.split(',').includes(s.name)) : ALL_FIXED_SETUPS;

try {
  const fixedRuns: FixedRun[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const order = round % 2 ? FIXED_SETUPS : [...FIXED_SETUPS].reverse();
    for (const setup of order) fixedRuns.push(await measureFixed(setup, round));
  }
  const fixedSetups = summariseFixed(fixedRuns);
  const fixedRate = {
    turnsPerSecond: RATE,
    warmSeconds: WARM_SECONDS,
    warmTurnsPerInstance: WARM_TURNS_PER_INSTANCE,
    warmSecondsBySetup: Object.fromEntries(FIXED_SETUPS.map((s) => [s.name, warmSecondsFor(s.instances, RATE * (s.rateShare ?? 1))])),
    secondsPerRun: FIXED_SECONDS,
    statementSecondsPerRun: STATEMENT_SECONDS,
    secondInstance: secondInstanceCost(fixedSetups),
    ...(PROFILE_DIR
      ? {
          profile: {
            note: 'perf record -e cpu-clock on each instance main thread in the measured window (CPU time, not wall time); ms per turn summed over the instances; the instances run with --perf-basic-prof, which costs a little',
            secondInstance: compareProfiles(profiles, 'postgres-1', 'postgres-2'),
            halfRate: compareProfiles(profiles, 'postgres-1', 'postgres-1-half-rate'),
            sticky: compareProfiles(profiles, 'postgres-2-sticky', 'postgres-2'),
            runs: profiles,
          },
        }
      : {}),
    setups: fixedSetups,
    runs: fixedRuns,
  };
  console.log(`fixed rate: ${JSON.stringify(fixedRate.setups)}`);
  console.log(`second instance: ${JSON.stringify(fixedRate.secondInstance)}`);
  if (fixedRate.profile) console.log(`profile: ${JSON.stringify({ secondInstance: fixedRate.profile.secondInstance, halfRate: fixedRate.profile.halfRate }, null, 1)}`);
  if (ONLY_FIXED) {
    console.log('BENCH_SCALE_ONLY=fixed: bench/results/scale.json left as it was');
    await postgres.stop();
    process.exit(0);
  }
  const runs: Run[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    // Alternate the order so drift on the shared machine falls on every setup alike.
    const order = round % 2 ? SETUPS : [...SETUPS].reverse();
    for (const setup of order) runs.push(await measure(setup, round));
  }
  const tickets = await ticketsVersusBare();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const of = (name: string) => runs.filter((r) => r.setup === name);
  const summary = Object.fromEntries(
    SETUPS.map((s) => {
      const rs = of(s.name);
      const cpuNames = Object.keys(rs[0]!.cpu);
      return [
        s.name,
        {
          turnsPerSecond: Number(mean(rs.map((r) => r.turnsPerSecond)).toFixed(1)),
          turnsPerSecondPerRound: rs.map((r) => Number(r.turnsPerSecond.toFixed(1))),
          p99Ms: Number(mean(rs.map((r) => r.p99Ms)).toFixed(1)),
          p50Ms: Number(mean(rs.map((r) => r.p50Ms)).toFixed(1)),
          errors: rs.reduce((a, r) => a + r.errors, 0),
          coresUsed: Object.fromEntries(cpuNames.map((n) => [n, Number(mean(rs.map((r) => r.cpu[n] ?? 0)).toFixed(2))])),
          // Cores ÷ turns/s: the CPU one turn cost each component at saturation (compare with fixedRate).
          cpuMsPerTurn: Object.fromEntries(cpuNames.map((n) => [n, Number(mean(rs.map((r) => ((r.cpu[n] ?? 0) * 1000) / r.turnsPerSecond)).toFixed(2))])),
          loadAverages: rs.map((r) => r.loadAverage),
        },
      ];
    }),
  );
  const one = summary['postgres-1']!.turnsPerSecond;
  const two = summary['postgres-2']!.turnsPerSecond;
  const ratio = two / one;
  const perRound = of('postgres-2').map((r, i) => Number((r.turnsPerSecond / of('postgres-1')[i]!.turnsPerSecond).toFixed(3)));
  const clean = runs.every((r) => r.errors === 0);
  writeResult('scale', {
    ratio,
    target: { description: 'web turns/s at 50 sessions through nginx: 2 instances on PostgreSQL >= 1.3x 1 instance, zero errors', minRatio: 1.3 },
    met: ratio >= 1.3 && clean,
    figures: {
      sessions: SESSIONS,
      rounds: ROUNDS,
      secondsPerRun: SECONDS,
      ratioPerRound: perRound,
      threeToOneRatio: Number((summary['postgres-3']!.turnsPerSecond / one).toFixed(3)),
      postgresOneToSqliteOne: Number((one / summary['sqlite-1']!.turnsPerSecond).toFixed(3)),
      setups: summary,
      fixedRate,
      tickets,
      cores: os.cpus().length,
      loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
      how: 'each setup is the real server (app/start.ts) as child processes behind Debian nginx (1 worker, TLS, deploy/scale/upstream.conf); autocannon in this process posts chat turns on 50 keep-alive connections, one session each; CPU in cores = CPU seconds per wall second of the measured window, from /proc/<pid>/stat of each process tree',
      runs,
    },
  });
} finally {
  await postgres.stop();
}
