/**
 * The Slack desk's `HandoffThreads` on PostgreSQL. Two instances recording the same thread at once
 * (a redelivered post) both get the one row: the unique key decides, and `DO UPDATE` with no change
 * returns the stored row in the same statement, where a `DO NOTHING` and a second read could run
 * on either side of the other instance's commit.
 */
import type { HandoffThread, HandoffThreads, NewHandoffThread } from '../../channels/slack/handoff-threads';
import { threadRow } from '../handoff-rows';
import type { PgDatabase } from './pg-database';

const COLUMNS = 'id, conversation_id, ticket_number, desk, channel_id, thread_ts, announcement::text AS announcement, posted_at';

export class PostgresHandoffThreads implements HandoffThreads {
  constructor(private readonly db: PgDatabase) {}

  async record(thread: NewHandoffThread): Promise<HandoffThread> {
    const row = await this.db.get(
      `INSERT INTO handoff_threads (conversation_id, ticket_number, desk, channel_id, thread_ts, announcement, posted_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
       ON CONFLICT (desk, channel_id, thread_ts) DO UPDATE SET desk = handoff_threads.desk
       RETURNING ${COLUMNS}`,
      [thread.conversationId, thread.ticketNumber ?? null, thread.desk, thread.channelId, thread.threadTs, JSON.stringify(thread.announcement), thread.postedAt],
    );
    return threadRow.parse(row);
  }

  async byThread(desk: string, channelId: string, threadTs: string): Promise<HandoffThread | undefined> {
    const row = await this.db.get(`SELECT ${COLUMNS} FROM handoff_threads WHERE desk = $1 AND channel_id = $2 AND thread_ts = $3`, [desk, channelId, threadTs]);
    return row ? threadRow.parse(row) : undefined;
  }

  async latestFor(conversationId: number, desk: string): Promise<HandoffThread | undefined> {
    const row = await this.db.get(`SELECT ${COLUMNS} FROM handoff_threads WHERE conversation_id = $1 AND desk = $2 ORDER BY id DESC LIMIT 1`, [conversationId, desk]);
    return row ? threadRow.parse(row) : undefined;
  }
}
