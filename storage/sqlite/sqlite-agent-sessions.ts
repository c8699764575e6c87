/** `AgentSessions` and `LoginFailures` of the built-in desk on the desk database. */
import { z } from 'zod';
import type { AgentSession, AgentSessions, LoginFailures } from '../../agent-desk/agent-sessions';
import type { SqliteDatabase } from './database';

const sessionRow = z
  .object({ agent_id: z.number(), csrf_token: z.string(), created_at: z.string(), last_seen_at: z.string() })
  .transform((r): AgentSession => ({ agentId: r.agent_id, csrfToken: r.csrf_token, createdAt: r.created_at, lastSeenAt: r.last_seen_at }));

export class SqliteAgentSessions implements AgentSessions {
  constructor(private readonly db: SqliteDatabase) {}

  async create(tokenHash: string, session: AgentSession): Promise<void> {
    await this.db.transaction(() =>
      this.db.run('INSERT INTO agent_sessions (token_hash, agent_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)', [
        tokenHash,
        session.agentId,
        session.csrfToken,
        session.createdAt,
        session.lastSeenAt,
      ]),
    );
  }

  async find(tokenHash: string): Promise<AgentSession | undefined> {
    const row = await this.db.get('SELECT agent_id, csrf_token, created_at, last_seen_at FROM agent_sessions WHERE token_hash = ?', [tokenHash]);
    return row ? sessionRow.parse(row) : undefined;
  }

  async touch(tokenHash: string, at: Date): Promise<void> {
    await this.db.transaction(() => this.db.run('UPDATE agent_sessions SET last_seen_at = ? WHERE token_hash = ?', [at.toISOString(), tokenHash]));
  }

  async end(tokenHash: string): Promise<void> {
    await this.db.transaction(() => this.db.run('DELETE FROM agent_sessions WHERE token_hash = ?', [tokenHash]));
  }

  async endAllFor(agentId: number): Promise<number> {
    return (await this.db.transaction(() => this.db.run('DELETE FROM agent_sessions WHERE agent_id = ?', [agentId]))).changes;
  }

  async purge(before: Date): Promise<number> {
    return (await this.db.transaction(() => this.db.run('DELETE FROM agent_sessions WHERE last_seen_at < ?', [before.toISOString()]))).changes;
  }
}

export class SqliteLoginFailures implements LoginFailures {
  constructor(private readonly db: SqliteDatabase) {}

  async admit(key: string, since: Date, limit: number, at: Date): Promise<boolean> {
    // The write lock serialises this count and insert against every other writer of the file.
    return this.db.transaction(async () => {
      if ((await this.count(key, since)) >= limit) return false;
      await this.db.run('INSERT INTO desk_login_failures (key, at) VALUES (?, ?)', [key, at.toISOString()]);
      return true;
    });
  }

  async count(key: string, since: Date): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT count(*) AS n FROM desk_login_failures WHERE key = ? AND at >= ?', [key, since.toISOString()]))?.n ?? 0;
  }

  async oldest(key: string, since: Date): Promise<Date | undefined> {
    const row = await this.db.get<{ at: string | null }>('SELECT min(at) AS at FROM desk_login_failures WHERE key = ? AND at >= ?', [key, since.toISOString()]);
    return row?.at ? new Date(row.at) : undefined;
  }

  async clear(key: string): Promise<void> {
    await this.db.transaction(() => this.db.run('DELETE FROM desk_login_failures WHERE key = ?', [key]));
  }

  async purge(before: Date): Promise<number> {
    return (await this.db.transaction(() => this.db.run('DELETE FROM desk_login_failures WHERE at < ?', [before.toISOString()]))).changes;
  }
}
