/** The Slack desk's `DeskPosts` on the desk database. */
import { z } from 'zod';
import type { DeskPost, DeskPosts } from '../../channels/slack/desk-posts';
import type { SqliteDatabase } from './database';
import { dropUndefined } from '../rows';

const postRow = z
  .object({ outbox_id: z.number(), started_at: z.string(), channel_id: z.string().nullable(), ts: z.string().nullable() })
  .transform((r): DeskPost => dropUndefined({ outboxId: r.outbox_id, startedAt: r.started_at, channelId: r.channel_id ?? undefined, ts: r.ts ?? undefined }));

export class SqliteDeskPosts implements DeskPosts {
  constructor(private readonly db: SqliteDatabase) {}

  async get(outboxId: number): Promise<DeskPost | undefined> {
    const row = await this.db.get('SELECT outbox_id, started_at, channel_id, ts FROM desk_posts WHERE outbox_id = ?', [outboxId]);
    return row ? postRow.parse(row) : undefined;
  }

  async begin(outboxId: number, at: Date): Promise<void> {
    await this.db.transaction(() =>
      this.db.run('INSERT INTO desk_posts (outbox_id, started_at) VALUES (?, ?) ON CONFLICT (outbox_id) DO NOTHING', [outboxId, at.toISOString()]),
    );
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
