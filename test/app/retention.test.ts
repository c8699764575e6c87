/**
 * RETENTION_*: messages, photos and the personal data of closed tickets go once older than
 * configured, on a real SQLite file and a real uploads folder; what is still needed (pending
 * deliveries, open tickets, recent messages) stays. Run in-process, by `aftersales db prune`, and
 * by the server when it starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../app/config';
import { openDesk } from '../../app/desk';
import { runRetention } from '../../app/retention';
import { startServer } from '../../app/server';
import { FixedClock } from '../../kernel/clock';
import type { SqliteDesk } from '../../storage/sqlite/open-desk';
import { runCli } from '../../testing/cli';
import { repairTicket, sqliteOf } from '../../testing/desk';
import { tempDir } from '../../testing/temp-dir';

const NOW = '2026-11-24T02:00:00.000Z';
const DAY = 24 * 3600_000;
const ago = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();
const RETENTION = { RETENTION_MESSAGES_DAYS: '365', RETENTION_UPLOADS_DAYS: '30', RETENTION_PERSONAL_DATA_DAYS: '730' };

const temp = tempDir('retention-');
afterAll(() => temp.cleanup());
let folders = 0;

function envFor(extra: Record<string, string> = {}) {
  return { AFTERSALES_DATA_DIR: path.join(temp.dir, `data-${++folders}`), AFTERSALES_FIXED_TIME: NOW, ...RETENTION, ...extra };
}

interface Seeded {
  oldMessage: number;
  newMessage: number;
  conversation: number;
  tickets: { closedLongAgo: number; closedRecently: number; openOld: number };
}

/** Two years of a desk: what retention must delete beside what it must keep. */
async function seed(desk: SqliteDesk, clock: FixedClock, config: Config): Promise<Seeded> {
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

  const state = JSON.stringify({ mode: 'bot', turns: 3, ticketNumber: 'AS-1', policy: { slots: { phone: '13800000009', address: '上海市浦东新区世纪大道100号' } }, receipt: { fields: {}, evidence: { confidence: 0.9 }, readAt: ago(400) } });
  const conversation = (
    await db.run("INSERT INTO conversations (customer_id, channel, customer_ref, state, started_at, updated_at) VALUES (?, 'web', 'visitor-retention', ?, ?, ?)", [customerId, state, ago(400), ago(400)])
  ).lastID;
  const message = async (at: string, text: string, replyTo?: number) =>
    (await db.run("INSERT INTO messages (conversation_id, direction, author, channel, text, reply_to, at) VALUES (?, 'in', 'customer', 'web', ?, ?, ?)", [conversation, text, replyTo ?? null, at])).lastID;
  const oldMessage = await message(ago(400), '我的电话是13800000009，空调漏水');
  // A newer message still pointing at the old one, and a knowledge miss about it.
  const newMessage = await message(ago(10), '还在漏水', oldMessage);
  await db.run("INSERT INTO knowledge_misses (conversation_id, message_id, at, language, wording) VALUES (?, ?, ?, 'zh', '空调漏水')", [conversation, oldMessage, ago(400)]);

  // For WeChat, which this desk has not configured: no relay touches them while the server runs.
  const item = async (created: string, status: string, dropped?: string) =>
    (
      await db.run('INSERT INTO outbox (destination, kind, payload, status, next_attempt_at, created_at, dropped_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        'customer:wechat', 'message', JSON.stringify({ text: `${status} ${created}` }), status, created, created, dropped ?? null,
      ])
    ).lastID;
  const delivered = await item(ago(400), 'delivered');
  await db.run('INSERT INTO desk_posts (outbox_id, started_at) VALUES (?, ?)', [delivered, ago(400)]);
  await item(ago(400), 'dead', ago(390)); // dropped by an operator
  await item(ago(400), 'pending'); // still to go out
  await item(ago(400), 'dead'); // given up, not dropped: an operator may still retry it
  await item(ago(10), 'delivered');

  fs.mkdirSync(path.join(config.uploadsDir, 'wecom'), { recursive: true });
  for (const [name, days] of [['old.jpg', 40], ['wecom/old.png', 31], ['new.jpg', 2], ['wecom/new.png', 29]] as const) {
    const file = path.join(config.uploadsDir, name);
    fs.writeFileSync(file, 'photo');
    const at = new Date(ago(days));
    fs.utimesSync(file, at, at);
  }
  return { oldMessage, newMessage, conversation, tickets: { closedLongAgo, closedRecently, openOld } };
}

async function expectPruned(desk: SqliteDesk, config: Config, seeded: Seeded): Promise<void> {
  const { db } = desk;
  expect(await db.all('SELECT id, reply_to FROM messages')).toEqual([{ id: seeded.newMessage, reply_to: null }]);
  expect(await db.all('SELECT message_id FROM knowledge_misses')).toEqual([{ message_id: null }]);
  const outbox = await db.all<{ status: string; created_at: string; dropped_at: string | null }>('SELECT status, created_at, dropped_at FROM outbox ORDER BY id');
  expect(outbox).toEqual([
    { status: 'pending', created_at: ago(400), dropped_at: null },
    { status: 'dead', created_at: ago(400), dropped_at: null },
    { status: 'delivered', created_at: ago(10), dropped_at: null },
  ]);
  expect(await db.all('SELECT * FROM desk_posts')).toEqual([]);
  const conversation = await desk.conversations.get(seeded.conversation);
  expect(conversation.state).toMatchObject({ mode: 'bot', turns: 3, ticketNumber: 'AS-1', policy: {} });
  expect(conversation.state.receipt).toBeUndefined();
  expect(JSON.stringify(conversation.state)).not.toMatch(/13800000009|世纪大道/);
  const phones = async (id: number) => {
    const t = await desk.tickets.get(id);
    return [t.contactPhone, t.address];
  };
  expect(await phones(seeded.tickets.closedLongAgo)).toEqual([undefined, undefined]);
  expect(await phones(seeded.tickets.closedRecently)).toEqual(['13800000003', '杭州市西湖区文一西路100号']);
  expect(await phones(seeded.tickets.openOld)).toEqual(['13800000002', '杭州市西湖区文一西路100号']);
  const left = fs.readdirSync(config.uploadsDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.')).sort();
  expect(left).toEqual(['new.jpg', 'wecom/new.png']);
  expect(await db.all('PRAGMA foreign_key_check')).toEqual([]);
}

const EXPECTED_COUNTS = { messages: 1, deliveries: 2, conversationsCleared: 1, ticketsCleared: 1, uploads: 2 };

describe('data retention', () => {
  it('deletes what is older than configured and keeps what is still needed; a second run finds nothing', async () => {
    const config = loadConfig(envFor());
    const clock = new FixedClock(NOW);
    const desk = sqliteOf(await openDesk(config, clock));
    try {
      const seeded = await seed(desk, clock, config);
      const report = await runRetention(desk, config, clock.now());
      expect(report).toMatchObject({ ...EXPECTED_COUNTS, cutoffs: { messages: ago(365), uploads: ago(30), personalData: ago(730) } });
      await expectPruned(desk, config, seeded);
      expect(await runRetention(desk, config, clock.now())).toMatchObject({ messages: 0, deliveries: 0, conversationsCleared: 0, ticketsCleared: 0, uploads: 0 });
    } finally {
      await desk.close();
    }
  });

  it('keeps photos and personal data when their days are 0', async () => {
    const config = loadConfig(envFor({ RETENTION_UPLOADS_DAYS: '0', RETENTION_PERSONAL_DATA_DAYS: '0' }));
    const clock = new FixedClock(NOW);
    const desk = sqliteOf(await openDesk(config, clock));
    try {
      const seeded = await seed(desk, clock, config);
      const report = await runRetention(desk, config, clock.now());
      expect(report).toMatchObject({ messages: 1, uploads: 0, ticketsCleared: 0, cutoffs: { messages: ago(365) } });
      expect(report.cutoffs).not.toHaveProperty('uploads');
      expect((await desk.tickets.get(seeded.tickets.closedLongAgo)).contactPhone).toBe('13800000001');
      expect(fs.readdirSync(config.uploadsDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'))).toHaveLength(4);
    } finally {
      await desk.close();
    }
  });

  it('runs as `aftersales db prune`', async () => {
    const env = envFor();
    const config = loadConfig(env);
    const clock = new FixedClock(NOW);
    let desk = sqliteOf(await openDesk(config, clock));
    const seeded = await seed(desk, clock, config);
    await desk.close();
    const run = await runCli(['db', 'prune', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toMatchObject(EXPECTED_COUNTS);
    const text = await runCli(['db', 'prune'], env);
    expect(text.stdout).toMatch(/deleted 0 messages/);
    expect(text.stdout).toMatch(/已删除 0 条消息/);
    desk = sqliteOf(await openDesk(config, clock));
    try {
      await expectPruned(desk, config, seeded);
    } finally {
      await desk.close();
    }
  });

  it('runs when the server starts', async () => {
    const config = loadConfig({ ...envFor(), PORT: '0' });
    const clock = new FixedClock(NOW);
    const desk = sqliteOf(await openDesk(config, clock));
    const seeded = await seed(desk, clock, config);
    await desk.close();
    const server = await startServer(config, { clock });
    try {
      expect(await server.context.retention!.first).toMatchObject(EXPECTED_COUNTS);
      await expectPruned(sqliteOf(server.context.assistant.desk), config, seeded);
    } finally {
      await server.close();
    }
  });
});
