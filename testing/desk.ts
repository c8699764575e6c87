/** A real SQLite desk in a temp folder with a fixed clock, for tests. */
import path from 'node:path';
import { FixedClock } from '../kernel/clock';
import { DEFAULT_SLA } from '../tickets/sla';
import type { Desk } from '../storage/desk';
import { openSqliteDesk, type SqliteDesk } from '../storage/sqlite/open-desk';
import { initialState, type Conversation } from '../bot/conversation';
import type { InboundMessageInput } from '../bot/messages';
import type { ToolContext } from '../bot/tools/tool';
import type { NewTicket } from '../tickets/ticket';
import { tempDir } from './temp-dir';

export interface TestDesk extends SqliteDesk {
  clock: FixedClock;
  dir: string;
  /** Closes the database and removes the folder. */
  dispose(): Promise<void>;
}

/** What every test desk runs with, on SQLite and PostgreSQL alike: this clock, the default SLA, Shanghai time. */
export function testDeskSettings(clock: FixedClock): { clock: FixedClock; sla: typeof DEFAULT_SLA; timeZone: string } {
  return { clock, sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai' };
}

export async function openTestDesk(start = '2026-11-24T01:00:00Z'): Promise<TestDesk> {
  const { dir, cleanup } = tempDir('desk-');
  const clock = new FixedClock(start);
  const desk = await openSqliteDesk(path.join(dir, 'desk.db'), testDeskSettings(clock));
  return {
    ...desk,
    clock,
    dir,
    dispose: async () => {
      await desk.close().catch(() => undefined);
      cleanup();
    },
  };
}

/**
 * The SQLite desk behind an assistant, server or CLI a test opened with the default settings, for
 * assertions in raw SQL. Fails loudly if the test was pointed at PostgreSQL.
 */
export function sqliteOf(desk: Desk): SqliteDesk {
  if (desk.engine !== 'sqlite') throw new Error(`This check reads SQLite directly, but the desk is on ${desk.engine} (${desk.where})`);
  return desk as SqliteDesk;
}

export async function newCustomer(desk: SqliteDesk, externalId = 'web-visitor-1'): Promise<number> {
  return (await desk.customers.resolve({ channel: 'web', externalId })).id;
}

export function inbound(text: string, id: string, overrides: Partial<InboundMessageInput> = {}): InboundMessageInput {
  return { channel: 'web', channelMessageId: id, customerRef: 'session-1', text, receivedAt: '2026-11-24T01:00:00Z', ...overrides };
}

export function repairTicket(customerId: number, overrides: Partial<NewTicket> = {}): NewTicket {
  return {
    customerId,
    channel: 'web',
    type: 'repair_request',
    priority: 'P3',
    category: 'air_conditioner',
    brand: 'Gree',
    model: 'KFR-35GW',
    errorCode: 'E1',
    symptom: '空调开机显示E1，不制冷',
    ...overrides,
  };
}

/** What the tools see of a web chat by a new customer on the test desk (a status question, in Chinese, turn 2). */
export async function webChatToolContext(desk: TestDesk, externalId: string, ip = '203.0.113.1'): Promise<ToolContext> {
  const customerId = await newCustomer(desk, externalId);
  const conversation: Conversation = { id: 1, customerId, channel: 'web', customerRef: externalId, state: { ...initialState(), turns: 2 }, startedAt: '', updatedAt: '' };
  return {
    customerId,
    requester: { channel: 'web', externalId, ip },
    conversation,
    turnKey: `web:${externalId}:${Math.random()}`,
    urgency: 'P3',
    sentiment: 0,
    intent: 'ticket_status',
    language: 'zh',
    now: desk.clock.now(),
    restore: (t) => t,
  };
}
