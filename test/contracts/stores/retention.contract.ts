/**
 * The `DeskRetention` contract (storage/desk-retention.ts), run on every store: two years of a desk
 * (written by the real SQLite stores; a PostgreSQL store gets a row-for-row copy) lose what is older
 * than the cutoffs and keep what is still needed: pending deliveries, open and recently closed
 * tickets, recent messages. Two instances pruning at once delete each thing once, without error.
 * test/app/retention.test.ts runs the same seed through RETENTION_*, `aftersales db prune` and the
 * server, with uploads.
 */
import { describe, expect, it } from 'vitest';
import type { FixedClock } from '../../../kernel/clock';
import type { DeskRetention } from '../../../storage/desk-retention';
import type { SqliteDesk } from '../../../storage/sqlite/open-desk';
import { repairTicket } from '../../../testing/desk';

export const NOW = '2026-11-24T02:00:00.000Z';
const DAY = 24 * 3600_000;
export const ago = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();
/** RETENTION_MESSAGES_DAYS=365 and RETENTION_PERSONAL_DATA_DAYS=730. */
export const CUTOFFS = { messagesBefore: new Date(ago(365)), personalDataBefore: new Date(ago(730)) };
export const PRUNED_COUNTS = { messages: 1, deliveries: 2, conversationsCleared: 1, ticketsCleared: 1 };

export interface RetentionSeeded {
  oldMessage: number;
  newMessage: number;
  conversation: number;
  tickets: { closedLongAgo: number; closedRecently: number; openOld: number };
}

/** A read of the store's rows in SQL both stores take (`?` placeholders). */
export type RowQuery = (sql: string, params?: (string | number)[]) => Promise<Record<string, unknown>[]>;

/** Two years of a desk: what retention must delete beside what it must keep. */
export async function seedRetentionRows(desk: SqliteDesk, clock: FixedClock): Promise<RetentionSeeded> {
  const { db } = desk;
  clock.set(new Date(ago(800)));
  const customerId = (await desk.customers.resolve({ channel: 'web', externalId: 'visitor-retention' })).id;
  const fileTicket = async (phone: string, close: boolean) => {
    const { ticket } = await desk.tickets.create(repairTicket(customerId, { contactPhone: phone, address: '杭州市西湖区文一西路100号' }), { actor: 'bot' });
    if (close) for (const to of ['open', 'resolved', 'closed'] as const) await desk.tickets.changeStatus(ticket.id, to, 'agent:li');
    return ticket.id;
  };
  const closedLongAgo = await fileTicket('13800000001', true);
  const openOld = await fileTicket('13800000002', false);
  clock.set(new Date(ago(100)));
  const closedRecently = await fileTicket('13800000003', true);
  clock.set(new Date(NOW));

  const state = JSON.stringify({
    mode: 'bot',
    turns: 3,
    ticketNumber: 'AS-1',
    policy: { slots: { phone: '13800000009', address: '上海市浦东新区世纪大道100号' } },
    receipt: { fields: {}, evidence: { confidence: 0.9 }, readAt: ago(400) },
  });
  const conversation = (
    await db.run("INSERT INTO conversations (customer_id, channel, customer_ref, state, started_at, updated_at) VALUES (?, 'web', 'visitor-retention', ?, ?, ?)", [
      customerId,
      state,
      ago(400),
      ago(400),
    ])
  ).lastID;
  const message = async (at: string, text: string, replyTo?: number) =>
    (await db.run("INSERT INTO messages (conversation_id, direction, author, channel, text, reply_to, at) VALUES (?, 'in', 'customer', 'web', ?, ?, ?)", [conversation, text, replyTo ?? null, at]))
      .lastID;
  const oldMessage = await message(ago(400), '我的电话是13800000009，空调漏水');
  // A newer message still pointing at the old one, and a knowledge miss about it.
  const newMessage = await message(ago(10), '还在漏水', oldMessage);
  await db.run("INSERT INTO knowledge_misses (conversation_id, message_id, at, language, wording) VALUES (?, ?, ?, 'zh', '空调漏水')", [conversation, oldMessage, ago(400)]);

  // For WeChat, which this desk has not configured: no relay touches them while a server runs.
  const item = async (created: string, status: string, dropped?: string) =>
    (
      await db.run('INSERT INTO outbox (destination, kind, payload, status, next_attempt_at, created_at, dropped_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        'customer:wechat',
        'message',
        JSON.stringify({ text: `${status} ${created}` }),
        status,
        created,
        created,
        dropped ?? null,
      ])
    ).lastID;
  const delivered = await item(ago(400), 'delivered');
  await db.run('INSERT INTO desk_posts (outbox_id, started_at) VALUES (?, ?)', [delivered, ago(400)]);
  await item(ago(400), 'dead', ago(390)); // dropped by an operator
  await item(ago(400), 'pending'); // still to go out
  await item(ago(400), 'dead'); // given up, not dropped: an operator may still retry it
  await item(ago(10), 'delivered');
  return { oldMessage, newMessage, conversation, tickets: { closedLongAgo, closedRecently, openOld } };
}

/** The rows after one prune with `CUTOFFS` (personal data: with the 730-day cutoff, unless `personalDataKept`). */
export async function expectRowsPruned(query: RowQuery, seeded: RetentionSeeded, personalDataKept = false): Promise<void> {
  expect(await query('SELECT id, reply_to FROM messages ORDER BY id')).toEqual([{ id: seeded.newMessage, reply_to: null }]);
  expect(await query('SELECT message_id FROM knowledge_misses')).toEqual([{ message_id: null }]);
  expect(await query('SELECT status, created_at, dropped_at FROM outbox ORDER BY id')).toEqual([
    { status: 'pending', created_at: ago(400), dropped_at: null },
    { status: 'dead', created_at: ago(400), dropped_at: null },
    { status: 'delivered', created_at: ago(10), dropped_at: null },
  ]);
  expect(await query('SELECT * FROM desk_posts')).toEqual([]);
  const [row] = await query('SELECT state FROM conversations WHERE id = ?', [seeded.conversation]);
  const state = typeof row!.state === 'string' ? (JSON.parse(row!.state) as Record<string, unknown>) : (row!.state as Record<string, unknown>);
  expect(state).toEqual({ mode: 'bot', turns: 3, ticketNumber: 'AS-1' });
  const phones = async (id: number) => query('SELECT contact_phone, address FROM tickets WHERE id = ?', [id]);
  const kept = [{ contact_phone: '13800000001', address: '杭州市西湖区文一西路100号' }];
  expect(await phones(seeded.tickets.closedLongAgo)).toEqual(personalDataKept ? kept : [{ contact_phone: null, address: null }]);
  expect(await phones(seeded.tickets.closedRecently)).toEqual([{ contact_phone: '13800000003', address: '杭州市西湖区文一西路100号' }]);
  expect(await phones(seeded.tickets.openOld)).toEqual([{ contact_phone: '13800000002', address: '杭州市西湖区文一西路100号' }]);
}

export interface SeededRetention {
  /** Two instances on one database holding the seeded rows. */
  a: DeskRetention;
  b: DeskRetention;
  query: RowQuery;
  seeded: RetentionSeeded;
  close(): Promise<void>;
}

export function describeRetentionContract(implementation: string, open: () => Promise<SeededRetention>): void {
  describe(`DeskRetention on ${implementation}`, () => {
    it('deletes what is older than the cutoffs and keeps what is still needed; a second run finds nothing', async () => {
      const { a, query, seeded, close } = await open();
      try {
        expect(await a.prune(CUTOFFS)).toEqual(PRUNED_COUNTS);
        await expectRowsPruned(query, seeded);
        expect(await a.prune(CUTOFFS)).toEqual({ messages: 0, deliveries: 0, conversationsCleared: 0, ticketsCleared: 0 });
      } finally {
        await close();
      }
    });

    it('keeps personal data without its cutoff', async () => {
      const { a, query, seeded, close } = await open();
      try {
        expect(await a.prune({ messagesBefore: CUTOFFS.messagesBefore })).toEqual({ ...PRUNED_COUNTS, ticketsCleared: 0 });
        await expectRowsPruned(query, seeded, true);
      } finally {
        await close();
      }
    });

    it('two instances pruning at once delete each thing once, and neither fails', async () => {
      const { a, b, query, seeded, close } = await open();
      try {
        const reports = await Promise.all([a.prune(CUTOFFS), b.prune(CUTOFFS), a.prune(CUTOFFS), b.prune(CUTOFFS)]);
        const total = reports.reduce((sum, r) => ({
          messages: sum.messages + r.messages,
          deliveries: sum.deliveries + r.deliveries,
          conversationsCleared: sum.conversationsCleared + r.conversationsCleared,
          ticketsCleared: sum.ticketsCleared + r.ticketsCleared,
        }));
        expect(total).toEqual(PRUNED_COUNTS);
        await expectRowsPruned(query, seeded);
      } finally {
        await close();
      }
    });
  });
}
