/**
 * Web chat sessions that have spoken, on the desk database, keyed by the SHA-256 of the bearer
 * token. The token never reaches the database; the conversations are filed under a separate random
 * reference, so neither a backup nor a leaked row lets anyone take a session over.
 */
import { z } from 'zod';
import type { SessionRecords, StoredWebSession } from '../../channels/web/web-sessions';
import type { SqliteDatabase } from './database';

const sessionRow = z.object({ customer_ref: z.string(), created_at: z.string(), last_active_at: z.string() });

export class SqliteWebSessions implements SessionRecords {
  constructor(private readonly db: SqliteDatabase) {}

  /** Remembers the session (first message) or marks it active (every later one); a late report never moves it back. */
  async saw(tokenHash: string, customerRef: string, at: Date): Promise<void> {
    const iso = at.toISOString();
    await this.db.transaction(() =>
      this.db.run(
        `INSERT INTO web_sessions (token_hash, customer_ref, created_at, last_active_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (token_hash) DO UPDATE SET last_active_at = max(last_active_at, excluded.last_active_at)`,
        [tokenHash, customerRef, iso, iso],
      ),
    );
  }

  async find(tokenHash: string): Promise<StoredWebSession | undefined> {
    const row = await this.db.get('SELECT customer_ref, created_at, last_active_at FROM web_sessions WHERE token_hash = ?', [tokenHash]);
    if (!row) return undefined;
    const r = sessionRow.parse(row);
    return { customerRef: r.customer_ref, createdAt: r.created_at, lastActiveAt: r.last_active_at };
  }

  /** Forgets sessions quiet since before `before` (they can no longer be taken back anyway). */
  async forget(before: Date): Promise<number> {
    const { changes } = await this.db.transaction(() => this.db.run('DELETE FROM web_sessions WHERE last_active_at < ?', [before.toISOString()]));
    return changes;
  }
}
