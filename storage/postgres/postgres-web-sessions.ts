/**
 * Web chat sessions that have spoken, on PostgreSQL, keyed by the SHA-256 of the bearer token (see
 * storage/sqlite/sqlite-web-sessions.ts): any instance can take back a session another one started.
 */
import { z } from 'zod';
import type { SessionRecords, StoredWebSession } from '../../channels/web/web-sessions';
import type { PgDatabase } from './pg-database';

const sessionRow = z.object({ customer_ref: z.string(), created_at: z.string(), last_active_at: z.string() });

export class PostgresWebSessions implements SessionRecords {
  constructor(private readonly db: PgDatabase) {}

  async saw(tokenHash: string, customerRef: string, at: Date): Promise<void> {
    const iso = at.toISOString();
    // Two instances report the same session in any order: its last activity only moves forward.
    const upsert = () =>
      this.db.run(
        `INSERT INTO web_sessions (token_hash, customer_ref, created_at, last_active_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (token_hash) DO UPDATE SET last_active_at = greatest(web_sessions.last_active_at, excluded.last_active_at)`,
        [tokenHash, customerRef, iso],
      );
    try {
      await upsert();
    } catch (error) {
      // Two first reports at the same moment: the loser may meet the customer_ref index before the
      // token's, a unique violation rather than the conflict handled above. The row exists now; once more updates it.
      if ((error as { code?: string }).code !== '23505') throw error;
      await upsert();
    }
  }

  async find(tokenHash: string): Promise<StoredWebSession | undefined> {
    const row = await this.db.get('SELECT customer_ref, created_at, last_active_at FROM web_sessions WHERE token_hash = $1', [tokenHash]);
    if (!row) return undefined;
    const r = sessionRow.parse(row);
    return { customerRef: r.customer_ref, createdAt: r.created_at, lastActiveAt: r.last_active_at };
  }

  async forget(before: Date): Promise<number> {
    return (await this.db.run('DELETE FROM web_sessions WHERE last_active_at < $1', [before.toISOString()])).changes;
  }
}
