/**
 * The WeCom channel's durable state on PostgreSQL (channels/wecom/wecom-state.ts): every write is
 * one statement, so instances pulling and sending at once neither move a cursor back nor lose a
 * count.
 */
import { z } from 'zod';
import type { WecomSendWindow, WecomState } from '../../channels/wecom/wecom-state';
import type { PgDatabase } from './pg-database';

const cursorRow = z.object({ cursor: z.string() });
const windowRow = z.object({ open_kfid: z.string(), last_inbound_at: z.string(), sent_since: z.number().int() });

export class PostgresWecomState implements WecomState {
  constructor(private readonly db: PgDatabase) {}

  async cursor(openKfId: string): Promise<string | undefined> {
    const row = await this.db.get('SELECT cursor FROM wecom_sync WHERE open_kfid = $1', [openKfId]);
    return row ? cursorRow.parse(row).cursor : undefined;
  }

  async saveCursor(openKfId: string, cursor: string, now: Date, from: string | undefined): Promise<boolean> {
    // Compare-and-set: the row lock ON CONFLICT takes makes a second saver see the first's cursor.
    const { changes } = await this.db.run(
      `INSERT INTO wecom_sync (open_kfid, cursor, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (open_kfid) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
       WHERE wecom_sync.cursor = $4`,
      [openKfId, cursor, now.toISOString(), from ?? null],
    );
    return changes > 0;
  }

  async customerWrote(externalUserId: string, openKfId: string, at: Date): Promise<void> {
    await this.db.run(
      `INSERT INTO wecom_customers (external_userid, open_kfid, last_inbound_at, sent_since) VALUES ($1, $2, $3, 0)
       ON CONFLICT (external_userid) DO UPDATE SET open_kfid = excluded.open_kfid, last_inbound_at = excluded.last_inbound_at, sent_since = 0
       WHERE excluded.last_inbound_at >= wecom_customers.last_inbound_at`,
      [externalUserId, openKfId, at.toISOString()],
    );
  }

  async window(externalUserId: string): Promise<WecomSendWindow | undefined> {
    const row = await this.db.get('SELECT open_kfid, last_inbound_at, sent_since FROM wecom_customers WHERE external_userid = $1', [externalUserId]);
    if (!row) return undefined;
    const r = windowRow.parse(row);
    return { openKfId: r.open_kfid, lastInboundAt: new Date(r.last_inbound_at), sentSince: r.sent_since };
  }

  async countSent(externalUserId: string): Promise<void> {
    await this.db.run('UPDATE wecom_customers SET sent_since = sent_since + 1 WHERE external_userid = $1', [externalUserId]);
  }
}
