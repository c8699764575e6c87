/** `AgentSessions` and `LoginFailures` of the built-in desk on PostgreSQL, shared by every instance. */
import { z } from 'zod';
import type { AgentSession, AgentSessions, LoginFailures } from '../../agent-desk/agent-sessions';
import type { PgDatabase } from './pg-database';

const sessionRow = z
  .object({ agent_id: z.number(), csrf_token: z.string(), created_at: z.string(), last_seen_at: z.string() })
  .transform((r): AgentSession => ({ agentId: r.agent_id, csrfToken: r.csrf_token, createdAt: r.created_at, lastSeenAt: r.last_seen_at }));

/** The first key of the two-key advisory locks taken per login key (the second is hashtext(key)). */
const LOGIN_LOCK_SPACE = 0x6c6f67; // "log"

export class PostgresAgentSessions implements AgentSessions {
  constructor(private readonly db: PgDatabase) {}

  async create(tokenHash: string, session: AgentSession): Promise<void> {
    await this.db.run('INSERT INTO agent_sessions (token_hash, agent_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)', [
      tokenHash,
      session.agentId,
      session.csrfToken,
      session.createdAt,
      session.lastSeenAt,
    ]);
  }

  async find(tokenHash: string): Promise<AgentSession | undefined> {
    const row = await this.db.get('SELECT agent_id, csrf_token, created_at, last_seen_at FROM agent_sessions WHERE token_hash = $1', [tokenHash]);
    return row ? sessionRow.parse(row) : undefined;
  }

  async touch(tokenHash: string, at: Date): Promise<void> {
    // Instances touch in any order: the time only moves forward (ISO text compares as time).
    await this.db.run('UPDATE agent_sessions SET last_seen_at = greatest(last_seen_at, $1) WHERE token_hash = $2', [at.toISOString(), tokenHash]);
  }

  async end(tokenHash: string): Promise<void> {
    await this.db.run('DELETE FROM agent_sessions WHERE token_hash = $1', [tokenHash]);
  }

  async endAllFor(agentId: number): Promise<number> {
    return (await this.db.run('DELETE FROM agent_sessions WHERE agent_id = $1', [agentId])).changes;
  }

  async purge(before: Date): Promise<number> {
    return (await this.db.run('DELETE FROM agent_sessions WHERE last_seen_at < $1', [before.toISOString()])).changes;
  }
}

export class PostgresLoginFailures implements LoginFailures {
  constructor(private readonly db: PgDatabase) {}

  async admit(key: string, since: Date, limit: number, at: Date): Promise<boolean> {
    // READ COMMITTED lets two instances count the same rows and both insert: a transaction-scoped
    // advisory lock on the key makes the count and the insert one step for everyone using this key.
    return this.db.transaction(async () => {
      await this.db.get('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOGIN_LOCK_SPACE, key]);
      if ((await this.count(key, since)) >= limit) return false;
      await this.db.run('INSERT INTO desk_login_failures (key, at) VALUES ($1, $2)', [key, at.toISOString()]);
      return true;
    });
  }

  async count(key: string, since: Date): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT count(*)::int AS n FROM desk_login_failures WHERE key = $1 AND at >= $2', [key, since.toISOString()]))?.n ?? 0;
  }

  async oldest(key: string, since: Date): Promise<Date | undefined> {
    const row = await this.db.get<{ at: string | null }>('SELECT min(at) AS at FROM desk_login_failures WHERE key = $1 AND at >= $2', [key, since.toISOString()]);
    return row?.at ? new Date(row.at) : undefined;
  }

  async clear(key: string): Promise<void> {
    await this.db.run('DELETE FROM desk_login_failures WHERE key = $1', [key]);
  }

  async purge(before: Date): Promise<number> {
    return (await this.db.run('DELETE FROM desk_login_failures WHERE at < $1', [before.toISOString()])).changes;
  }
}
