/**
 * The stores of the outbox group (outbox and its admin, handoff queue and threads, desk events and
 * posts) on a fresh SQLite file or a fresh PostgreSQL database, for the contract suites. `insert`
 * writes rows that other stores own (customers, conversations, messages, tickets) directly, so a
 * contract here does not depend on how those stores are built.
 */
import type { DeskEvents } from '../../bot/desk-events';
import type { HandoffQueue } from '../../bot/handoff-queue';
import type { DeskPosts } from '../../channels/slack/desk-posts';
import type { HandoffThreads } from '../../channels/slack/handoff-threads';
import type { FixedClock } from '../../kernel/clock';
import type { PostgresDesk } from '../../storage/postgres/open-postgres-desk';
import type { SqliteDesk } from '../../storage/sqlite/open-desk';
import { SqliteOutboxAdmin } from '../../storage/sqlite/sqlite-outbox-admin';
import { openTestDesk } from '../../testing/desk';
import type { Outbox } from '../../tickets/outbox';
import type { OutboxAdmin } from '../../tickets/outbox-admin';
import { openPostgresTestDesk } from './postgres-desk';

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

/** The group's stores of either desk; what differs (the admin on SQLite, how an INSERT returns its id) is passed in. */
function groupOf(desk: SqliteDesk | PostgresDesk, clock: FixedClock, own: Pick<OutboxGroupDesk, 'outboxAdmin' | 'insert' | 'close'>): OutboxGroupDesk {
  return {
    clock,
    outbox: desk.outbox,
    handoffQueue: desk.handoffQueue,
    handoffThreads: desk.handoffThreads,
    deskEvents: desk.deskEvents,
    deskPosts: desk.deskPosts,
    transaction: <T>(work: () => Promise<T>) => desk.db.transaction(work),
    ...own,
  };
}

export async function openSqliteGroup(): Promise<OutboxGroupDesk> {
  const desk = await openTestDesk(START);
  return groupOf(desk, desk.clock, {
    outboxAdmin: new SqliteOutboxAdmin(desk.db, desk.clock),
    insert: async (sql, params) => (await desk.db.transaction(() => desk.db.run(sql.replace(/\$\d+/g, '?'), params))).lastID,
    close: desk.dispose,
  });
}

/** A fresh database; `url` lets a test open a second "instance" on the same one. */
export async function openPostgresGroup(url?: string, clock?: FixedClock): Promise<OutboxGroupDesk & { url: string }> {
  const desk = await openPostgresTestDesk(START, { url, clock, poolSize: 4 });
  return {
    url: desk.url,
    ...groupOf(desk, desk.clock, {
      outboxAdmin: desk.outboxAdmin,
      insert: async (sql, params) => (await desk.db.get<{ id: number }>(`${sql} RETURNING id`, params))!.id,
      close: desk.dispose,
    }),
  };
}

/** Rows of the conversation and ticket stores that the handoff queue reads, written directly. */
export interface DeskRows {
  /** A conversation of a new customer, in this state (mode, ticketNumber, agent), last changed at `updatedAt`. */
  conversation(state: Record<string, unknown>, updatedAt?: string): Promise<number>;
  message(conversationId: number, direction: 'in' | 'out', author: string, at: string): Promise<void>;
  /** An open ticket of the conversation, first response due at `due`. */
  ticket(conversationId: number, number: string, due: string, fields?: { status?: string; firstRespondedAt?: string }): Promise<void>;
}

export function deskRows(desk: Pick<OutboxGroupDesk, 'insert' | 'clock'>): DeskRows {
  let customers = 0;
  const now = () => desk.clock.now().toISOString();
  const customerOf = new Map<number, number>();
  return {
    async conversation(state, updatedAt = now()) {
      const customer = await desk.insert('INSERT INTO customers (display_name, created_at) VALUES ($1, $2)', [`客户${++customers}`, now()]);
      const id = await desk.insert('INSERT INTO conversations (customer_id, channel, customer_ref, state, started_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        customer,
        'web',
        `session-${customers}`,
        JSON.stringify(state),
        now(),
        updatedAt,
      ]);
      customerOf.set(id, customer);
      return id;
    },
    async message(conversationId, direction, author, at) {
      await desk.insert('INSERT INTO messages (conversation_id, direction, author, channel, text, at) VALUES ($1, $2, $3, $4, $5, $6)', [
        conversationId,
        direction,
        author,
        'web',
        direction === 'in' ? '有人吗' : '您好，我来处理',
        at,
      ]);
    },
    async ticket(conversationId, number, due, fields = {}) {
      await desk.insert(
        `INSERT INTO tickets (number, customer_id, conversation_id, channel, type, priority, status, symptom, warranty_status,
                              first_response_due, resolution_due, first_responded_at, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          number,
          customerOf.get(conversationId)!,
          conversationId,
          'web',
          'repair_request',
          'P2',
          fields.status ?? 'open',
          '空调不制冷',
          'unknown',
          due,
          due,
          fields.firstRespondedAt ?? null,
          'bot',
          now(),
          now(),
        ],
      );
    },
  };
}
