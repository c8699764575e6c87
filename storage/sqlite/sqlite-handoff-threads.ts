/** The Slack desk's `HandoffThreads` on the desk database. */
import type { HandoffThread, HandoffThreads, NewHandoffThread } from '../../channels/slack/handoff-threads';
import { NotFoundError } from '../../kernel/errors';
import { threadRow } from '../handoff-rows';
import type { SqliteDatabase } from './database';

const THREAD_COLUMNS = 't.id, t.conversation_id, t.ticket_number, t.desk, t.channel_id, t.thread_ts, t.announcement, t.posted_at';

export class SqliteHandoffThreads implements HandoffThreads {
  constructor(private readonly db: SqliteDatabase) {}

  async record(thread: NewHandoffThread): Promise<HandoffThread> {
    await this.db.transaction(() =>
      this.db.run(
        `INSERT INTO handoff_threads (conversation_id, ticket_number, desk, channel_id, thread_ts, announcement, posted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (desk, channel_id, thread_ts) DO NOTHING`,
        [thread.conversationId, thread.ticketNumber ?? null, thread.desk, thread.channelId, thread.threadTs, JSON.stringify(thread.announcement), thread.postedAt],
      ),
    );
    const stored = await this.byThread(thread.desk, thread.channelId, thread.threadTs);
    if (!stored) throw new NotFoundError('thread_not_found', `Handoff thread ${thread.channelId}/${thread.threadTs} was not stored`);
    return stored;
  }

  async byThread(desk: string, channelId: string, threadTs: string): Promise<HandoffThread | undefined> {
    const row = await this.db.get(`SELECT ${THREAD_COLUMNS} FROM handoff_threads t WHERE desk = ? AND channel_id = ? AND thread_ts = ?`, [desk, channelId, threadTs]);
    return row ? threadRow.parse(row) : undefined;
  }

  async latestFor(conversationId: number, desk: string): Promise<HandoffThread | undefined> {
    const row = await this.db.get(`SELECT ${THREAD_COLUMNS} FROM handoff_threads t WHERE conversation_id = ? AND desk = ? ORDER BY id DESC LIMIT 1`, [conversationId, desk]);
    return row ? threadRow.parse(row) : undefined;
  }
}
