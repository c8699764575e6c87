/** The Slack desk's `DeskPosts` on PostgreSQL: each write is one statement, so two instances cannot interleave. */
import type { DeskPost, DeskPosts } from '../../channels/slack/desk-posts';
import { deskPostRow } from '../handoff-rows';
import type { PgDatabase } from './pg-database';

export class PostgresDeskPosts implements DeskPosts {
  constructor(private readonly db: PgDatabase) {}

  async get(outboxId: number): Promise<DeskPost | undefined> {
    const row = await this.db.get('SELECT outbox_id, started_at, channel_id, ts FROM desk_posts WHERE outbox_id = $1', [outboxId]);
    return row ? deskPostRow.parse(row) : undefined;
  }

  async begin(outboxId: number, at: Date): Promise<void> {
    await this.db.run('INSERT INTO desk_posts (outbox_id, started_at) VALUES ($1, $2) ON CONFLICT (outbox_id) DO NOTHING', [outboxId, at.toISOString()]);
  }

  async confirm(outboxId: number, channelId: string, ts: string, at: Date): Promise<void> {
    await this.db.run(
      `INSERT INTO desk_posts (outbox_id, started_at, channel_id, ts, posted_at) VALUES ($1, $2, $3, $4, $2)
       ON CONFLICT (outbox_id) DO UPDATE SET channel_id = excluded.channel_id, ts = excluded.ts, posted_at = excluded.posted_at`,
      [outboxId, at.toISOString(), channelId, ts],
    );
  }
}
