/**
 * `TicketAccess` on PostgreSQL: grants, link-key hashes and salted code hashes, like the SQLite
 * store. Across instances a live one-time code is used up once: the check locks the challenge row,
 * so a second instance checking the same code at the same moment waits, then finds it gone.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../kernel/clock';
import type { ChannelIdentity } from '../../tickets/customer-directory';
import type { CodeCheck, GrantVia, TicketAccess } from '../../tickets/ticket-access';
import { sameHex, sha256 } from '../secret-hash';
import type { PgDatabase } from './pg-database';

export class PostgresTicketAccess implements TicketAccess {
  constructor(
    private readonly db: PgDatabase,
    private readonly clock: Clock,
  ) {}

  async isGranted(ticketId: number, holder: ChannelIdentity): Promise<boolean> {
    const row = await this.db.get('SELECT 1 AS yes FROM ticket_grants WHERE ticket_id = $1 AND channel = $2 AND external_id = $3', [ticketId, holder.channel, holder.externalId]);
    return Boolean(row);
  }

  async grant(ticketId: number, holder: ChannelIdentity, via: GrantVia, actor: string): Promise<void> {
    const now = this.clock.now().toISOString();
    // One statement: the audit note is written only by the instance whose grant went in.
    await this.db.run(
      `WITH granted AS (
         INSERT INTO ticket_grants (ticket_id, channel, external_id, via, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING ticket_id
       )
       INSERT INTO ticket_events (ticket_id, at, actor, kind, detail) SELECT ticket_id, $6, $5, 'note', $7::jsonb FROM granted`,
      [ticketId, holder.channel, holder.externalId, via, actor, now, JSON.stringify({ access: { channel: holder.channel, via } })],
    );
  }

  async grantedTickets(holder: ChannelIdentity): Promise<number[]> {
    const rows = await this.db.all<{ ticket_id: number }>('SELECT ticket_id FROM ticket_grants WHERE channel = $1 AND external_id = $2 ORDER BY granted_at, ticket_id', [
      holder.channel,
      holder.externalId,
    ]);
    return rows.map((r) => r.ticket_id);
  }

  async issueLinkKey(ticketId: number): Promise<string> {
    const key = randomBytes(18).toString('base64url');
    await this.db.run(
      'INSERT INTO ticket_links (ticket_id, key_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT (ticket_id) DO UPDATE SET key_hash = excluded.key_hash, created_at = excluded.created_at',
      [ticketId, sha256(key), this.clock.now().toISOString()],
    );
    return key;
  }

  async linkKeyMatches(ticketId: number, key: string): Promise<boolean> {
    const row = await this.db.get<{ key_hash: string }>('SELECT key_hash FROM ticket_links WHERE ticket_id = $1', [ticketId]);
    return Boolean(row && sameHex(row.key_hash, sha256(key)));
  }

  async startChallenge(ticketId: number, code: string, expiresAt: Date): Promise<void> {
    const salt = randomBytes(16).toString('hex');
    await this.db.run(
      `INSERT INTO ticket_challenges (ticket_id, salt, code_hash, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (ticket_id) DO UPDATE SET salt = excluded.salt, code_hash = excluded.code_hash, expires_at = excluded.expires_at, created_at = excluded.created_at`,
      [ticketId, salt, sha256(salt + code), expiresAt.toISOString(), this.clock.now().toISOString()],
    );
  }

  async checkCode(ticketId: number, code: string, now: Date): Promise<CodeCheck> {
    return this.db.transaction(async (): Promise<CodeCheck> => {
      const row = await this.db.get<{ salt: string; code_hash: string; expires_at: string }>('SELECT salt, code_hash, expires_at FROM ticket_challenges WHERE ticket_id = $1 FOR UPDATE', [ticketId]);
      if (!row || Date.parse(row.expires_at) <= now.getTime()) return 'none';
      if (!sameHex(row.code_hash, sha256(row.salt + code))) return 'wrong';
      await this.db.run('DELETE FROM ticket_challenges WHERE ticket_id = $1', [ticketId]);
      return 'ok';
    });
  }
}
