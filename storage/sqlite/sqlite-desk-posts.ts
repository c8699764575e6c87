/** The Slack desk's `DeskPosts` on the desk database. */
import type { DeskPost, DeskPosts } from '../../channels/slack/desk-posts';
import { deskPostRow as postRow } from '../handoff-rows';
import type { SqliteDatabase } from './database';

export class SqliteDeskPosts implements DeskPosts {
  constructor(private readonly db: SqliteDatabase) {}

  async get(outboxId: number): Promise<DeskPost | undefined> {
    const row = await this.db.get('SELECT outbox_id, started_at, channel_id, ts FROM desk_posts WHERE outbox_id = ?', [outboxId]);
    return row ? postRow.parse(row) : undefined;
  }

  async begin(outboxId: number, at: Date): Promise<void> {
    await this.db.transaction(() => this.db.run('INSERT INTO desk_posts (outbox_id, started_at) VALUES (?, ?) ON CONFLICT (outbox_id) DO NOTHING', [outboxId, at.toISOString()]));
  }

  async confirm(outboxId: number, channelId: string, ts: string, at: Date): Promise<void> {
    await this.db.transaction(() =>
      this.db.run(
        `INSERT INTO desk_posts (outbox_id, started_at, channel_id, ts, posted_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (outbox_id) DO UPDATE SET channel_id = excluded.channel_id, ts = excluded.ts, posted_at = excluded.posted_at`,
        [outboxId, at.toISOString(), channelId, ts, at.toISOString()],
      ),
    );
  }
}
