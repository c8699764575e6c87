/**
 * Statements and commits PostgreSQL receives per web chat turn, counted on the server: one
 * in-process server on a private PostgreSQL, ten sessions sending turns one after another each
 * (warmed first), every statement of the window logged (log_min_duration_statement = 0) and counted
 * by kind. Unlike the scale bench's throughput, these counts do not depend on how busy the shared
 * machine is, so a change to a turn's round trips can be checked on it at any time.
 * `npx tsx bench/web-turn-statements.ts [turns per session]`; writes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../app/config';
import { startServer } from '../app/server';
import { startPostgres } from '../testing/postgres-server';
import { statementKind } from './scale-database-work';

const SESSIONS = 10;
const TURNS = Number(process.argv[2] ?? 6);
const QUESTIONS = ['空调显示E1怎么办', '洗衣机不排水', 'My fridge is not cooling', '热水器不出热水', '还是不行', '冰箱噪音很大'];

const postgres = await startPostgres({ settings: { max_connections: '100', log_line_prefix: "'%d '" } });
const url = await postgres.createDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turn-statements-'));
const unlimited = { WEB_RATE_LIMIT_PER_MINUTE: '100000000', WEB_IP_RATE_LIMIT_PER_MINUTE: '100000000', WEB_MAX_SESSIONS: '1000000' };
const server = await startServer(loadConfig({ ...process.env, ...unlimited, DATABASE_URL: url, DATABASE_POOL_SIZE: '8', AFTERSALES_DATA_DIR: dir, PORT: '0', AFTERSALES_LOG_LEVEL: 'silent' }), {
  host: '127.0.0.1',
});
const admin = new pg.Client({ connectionString: postgres.url });
try {
  const origin = server.url;
  const tokens = await Promise.all(
    Array.from({ length: SESSIONS }, async () => {
      const res = await fetch(`${origin}/api/web/sessions`, { method: 'POST', headers: { Origin: origin } });
      return ((await res.json()) as { token: string }).token;
    }),
  );
  let seq = 0;
  const turns = (each: number) =>
    Promise.all(
      tokens.map(async (token) => {
        for (let i = 0; i < each; i++) {
          seq++;
          const res = await fetch(`${origin}/api/web/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin, authorization: `Bearer ${token}` },
            body: JSON.stringify({ clientMessageId: `statements-${process.pid}-${seq}`, text: QUESTIONS[seq % QUESTIONS.length] }),
          });
          if (res.status >= 300) throw new Error(`turn: ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
        }
      }),
    );
  await turns(4); // each session's first turn (its customer and conversation) is not what a turn costs
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  const commits = async () => {
    await new Promise((r) => setTimeout(r, 1500)); // backends report their counts within a second
    await admin.query('SELECT pg_stat_clear_snapshot()');
    return (await admin.query<{ n: number }>('SELECT xact_commit::int AS n FROM pg_stat_database WHERE datname = $1', [name])).rows[0]!.n;
  };
  await admin.query("ALTER SYSTEM SET log_min_duration_statement = '0'");
  await admin.query('SELECT pg_reload_conf()');
  await new Promise((r) => setTimeout(r, 300));
  const log = path.join(postgres.dataDir, 'server.log');
  const from = fs.statSync(log).size;
  const before = await commits();
  await turns(TURNS);
  const to = fs.statSync(log).size;
  const after = await commits();
  const byKind: Record<string, number> = {};
  let statements = 0;
  for (const line of fs.readFileSync(log).subarray(from, to).toString('utf8').split('\n')) {
    const match = line.startsWith(`${name} `) ? / duration: [\d.]+ ms {2}(?:statement|execute [^:]*): (.*)$/.exec(line) : null;
    if (!match) continue;
    statements++;
    const kind = statementKind(match[1]!);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  const n = SESSIONS * TURNS;
  const per = (x: number) => Number((x / n).toFixed(2));
  console.log(
    JSON.stringify(
      {
        turns: n,
        statementsPerTurn: per(statements),
        // The window's last commits read the statistics view: one of them is this script's own.
        commitsPerTurn: per(after - before - 1),
        byKind: Object.fromEntries(
          Object.entries(byKind)
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => [k, per(v)]),
        ),
      },
      null,
      1,
    ),
  );
} finally {
  await admin.end().catch(() => undefined);
  await server.close();
  await postgres.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
