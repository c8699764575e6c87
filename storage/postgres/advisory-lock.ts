/**
 * Serialises a check-then-create on a key that has no row to lock yet (a call id not yet filed, a
 * phone number nobody holds, a customer's first conversation): a transaction-level advisory lock,
 * released at COMMIT or ROLLBACK, so another instance doing the same waits and then sees the row.
 * Keys are hashed to 32 bits; a collision only makes two unrelated writers wait for each other.
 */
import type { PgDatabase } from './pg-database';

/** Takes the lock for `key` until the surrounding transaction ends. Call only inside `db.transaction`. */
export async function lockUntilCommit(db: PgDatabase, key: string): Promise<void> {
  if (!db.holdsWriteLock) throw new Error(`lockUntilCommit(${key}) outside a transaction would release at once`);
  await db.run('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
}
