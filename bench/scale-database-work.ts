/**
 * What PostgreSQL did for a window of the scale bench, counted on the server: transactions
 * committed and rolled back (pg_stat_database) and statements received (every round trip, BEGIN
 * and COMMIT included, counted from the server log while log_min_duration_statement is 0 for the
 * window). Divided by the turns served, these say whether a turn costs more statements with a
 * second instance (cross-instance notices, relays polling, retries) or only more CPU.
 */
import fs from 'node:fs';
import pg from 'pg';
import type { PostgresServer } from '../testing/postgres-server';

export interface DatabaseWork {
  commits: number;
  rollbacks: number;
  /** Statements logged in the window (undefined when statement counting was off). */
  statements?: number;
  /** The same by statement (its first words, whitespace folded): which ones a second instance adds. */
  byStatement?: Record<string, number>;
}

/** A statement's first words, whitespace folded and numbers blanked (pg_notify payloads, literal ids), as a key to count by. */
export function statementKind(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\d+/g, '#').trim().slice(0, 90);
}

/** Server settings the statement count needs: each log line names its database. */
export const STATEMENT_LOG_SETTINGS = { log_line_prefix: "'%d '" };

interface Counters {
  commits: number;
  rollbacks: number;
}

/** Counts a window's transactions, and with `statements` its statements (logging them costs the server CPU: keep CPU figures from windows without). */
export async function watchDatabase(server: PostgresServer, databaseUrl: string, options: { statements: boolean }): Promise<{ stop(): Promise<DatabaseWork> }> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const name = new URL(databaseUrl).pathname.slice(1);
  const log = `${server.dataDir}/server.log`;
  const counters = async (): Promise<Counters> => {
    // Statistics are flushed by each backend within about a second of its transactions ending.
    await admin.query('SELECT pg_stat_clear_snapshot()');
    const row = (await admin.query<Counters>('SELECT xact_commit::int AS commits, xact_rollback::int AS rollbacks FROM pg_stat_database WHERE datname = $1', [name])).rows[0];
    return row ?? { commits: 0, rollbacks: 0 };
  };
  const setLogging = async (on: boolean) => {
    await admin.query(on ? "ALTER SYSTEM SET log_min_duration_statement = '0'" : 'ALTER SYSTEM RESET log_min_duration_statement');
    await admin.query('SELECT pg_reload_conf()');
    await new Promise((r) => setTimeout(r, 300)); // backends take the new setting at their next command
  };
  if (options.statements) await setLogging(true);
  const before = await counters();
  const logStart = options.statements ? fs.statSync(log).size : 0;
  return {
    async stop() {
      try {
        const logEnd = options.statements ? fs.statSync(log).size : 0;
        if (options.statements) await setLogging(false);
        await new Promise((r) => setTimeout(r, 1000));
        const after = await counters();
        const work: DatabaseWork = { commits: after.commits - before.commits, rollbacks: after.rollbacks - before.rollbacks };
        if (options.statements) {
          const text = readRange(log, logStart, logEnd);
          // The server logs with log_line_prefix '%d ' (STATEMENT_LOG_SETTINGS): only this database's lines count.
          const pattern = / duration: [\d.]+ ms {2}(?:statement|execute [^:]*): (.*)$/;
          const byStatement: Record<string, number> = {};
          let statements = 0;
          for (const line of text.split('\n')) {
            const match = line.startsWith(`${name} `) ? pattern.exec(line) : null;
            if (!match) continue;
            statements++;
            const kind = statementKind(match[1]!);
            byStatement[kind] = (byStatement[kind] ?? 0) + 1;
          }
          work.statements = statements;
          work.byStatement = byStatement;
        }
        return work;
      } finally {
        await admin.end();
      }
    },
  };
}

function readRange(file: string, start: number, end: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(end - start);
    fs.readSync(fd, buffer, 0, buffer.length, start);
    return buffer.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}
