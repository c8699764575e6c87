/**
 * The stores of the outbox group (outbox and its admin, handoff queue and threads, desk events and
 * posts) on a fresh SQLite file or a fresh PostgreSQL database, for the contract suites. `insert`
 * writes rows that other stores own (customers, conversations, messages, tickets) directly, so a
 * contract here does not depend on how those stores are built.
 */
import path from 'node:path';
import type { DeskEvents } from '../../bot/desk-events';
import type { HandoffQueue } from '../../bot/handoff-queue';
import type { DeskPosts } from '../../channels/slack/desk-posts';
import type { HandoffThreads } from '../../channels/slack/handoff-threads';
import { FixedClock } from '../../kernel/clock';
import { openPostgresDesk } from '../../storage/postgres/open-postgres-desk';
import { openSqliteDesk } from '../../storage/sqlite/open-desk';
import { SqliteOutboxAdmin } from '../../storage/sqlite/sqlite-outbox-admin';
import { tempDir } from '../../testing/temp-dir';
import type { Outbox } from '../../tickets/outbox';
import type { OutboxAdmin } from '../../tickets/outbox-admin';
import { DEFAULT_SLA } from '../../tickets/sla';
import { freshPostgresUrl } from './postgres';

export const START = '2026-11-24T01:00:00.000Z';

export interface OutboxGroupDesk {
  clock: FixedClock;
  outbox: Outbox;
  outboxAdmin: OutboxAdmin;
  handoffQueue: HandoffQueue;
  handoffThreads: HandoffThreads;
  deskEvents: DeskEvents;
  deskPosts: DeskPosts;
  /** One transaction of the desk database, which every store's writes inside it join. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** One INSERT written with $1… placeholders (used in order), returning the new row's id. */
  insert(sql: string, params: (string | number | null)[]): Promise<number>;
  close(): Promise<void>;
}

export async function openSqliteGroup(): Promise<OutboxGroupDesk> {
  const folder = tempDir('outbox-group-');
  const clock = new FixedClock(START);
  const desk = await openSqliteDesk(path.join(folder.dir, 'desk.db'), { clock, sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai' });
  return {
    clock,
    outbox: desk.outbox,
    outboxAdmin: new SqliteOutboxAdmin(desk.db, clock),
    handoffQueue: desk.handoffQueue,
    handoffThreads: desk.handoffThreads,
    deskEvents: desk.deskEvents,
    deskPosts: desk.deskPosts,
    transaction: (work) => desk.db.transaction(work),
    insert: async (sql, params) => (await desk.db.transaction(() => desk.db.run(sql.replace(/\$\d+/g, '?'), params))).lastID,
    close: async () => {
      await desk.close();
      folder.cleanup();
    },
  };
}

/** A fresh database; `url` lets a test open a second "instance" on the same one. */
export async function openPostgresGroup(url?: string, clock = new FixedClock(START)): Promise<OutboxGroupDesk & { url: string }> {
  const where = url ?? (await freshPostgresUrl());
  const desk = await openPostgresDesk(where, { clock, sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai', poolSize: 4 });
  return {
    url: where,
    clock,
    outbox: desk.outbox,
    outboxAdmin: desk.outboxAdmin,
    handoffQueue: desk.handoffQueue,
    handoffThreads: desk.handoffThreads,
    deskEvents: desk.deskEvents,
    deskPosts: desk.deskPosts,
    transaction: (work) => desk.db.transaction(work),
    insert: async (sql, params) => (await desk.db.get<{ id: number }>(`${sql} RETURNING id`, params))!.id,
    close: () => desk.close(),
  };
}
