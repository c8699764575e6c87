/**
 * `Desk`: the stores the application works with, as their ports, plus the unit of work that joins
 * them in one transaction. Both storage/sqlite/open-desk.ts (the embedded default) and
 * storage/postgres/open-postgres-desk.ts (DATABASE_URL=postgres://…, several instances on one
 * database) return this shape, so app/, cli/, channels/ and agent-desk/ never name an engine.
 */
import type { AgentAccounts } from '../agent-desk/agent-accounts';
import type { AgentSessions, LoginFailures } from '../agent-desk/agent-sessions';
import type { CallLog } from '../bot/calls/call-log';
import type { ConversationStore } from '../bot/conversation';
import type { DeskEvents } from '../bot/desk-events';
import type { HandoffQueue } from '../bot/handoff-queue';
import type { DeskPosts } from '../channels/slack/desk-posts';
import type { HandoffThreads } from '../channels/slack/handoff-threads';
import type { SessionRecords } from '../channels/web/web-sessions';
import type { WecomState } from '../channels/wecom/wecom-state';
import type { ReportData } from '../reports/report-data';
import type { AttemptLedger } from '../tickets/attempt-ledger';
import type { CustomerDirectory } from '../tickets/customer-directory';
import type { Outbox } from '../tickets/outbox';
import type { OutboxAdmin } from '../tickets/outbox-admin';
import type { TicketAccess } from '../tickets/ticket-access';
import type { TicketStore } from '../tickets/ticket-store';
import type { LiveBus } from '../kernel/live-bus';
import type { KnowledgeCaseStore } from '../knowledge/knowledge-case-store';
import type { RateCounter } from '../kernel/rate-counter';
import type { DeskRetention } from './desk-retention';

export type DeskEngine = 'sqlite' | 'postgres';

/** Every store, by its port. */
export interface DeskStores {
  tickets: TicketStore;
  customers: CustomerDirectory;
  conversations: ConversationStore;
  outbox: Outbox;
  /** What an operator does with deliveries that did not go out (`aftersales outbox`, /healthz). */
  outboxAdmin: OutboxAdmin;
  /** Conversations with people, whatever desk has them. */
  handoffQueue: HandoffQueue;
  /** The Slack desk: where handoffs were posted, events handled once, posts made. */
  handoffThreads: HandoffThreads;
  deskEvents: DeskEvents;
  deskPosts: DeskPosts;
  calls: CallLog;
  /** The built-in agent desk: accounts, logins, failed logins. */
  agents: AgentAccounts;
  agentSessions: AgentSessions;
  loginFailures: LoginFailures;
  /** Who may see a ticket besides its customer (a proven code or link), and attempts counted per attacker. */
  access: TicketAccess;
  attempts: AttemptLedger;
  /** Web chat sessions by the hash of their token. */
  webSessions: SessionRecords;
  /** The rows of the manager's service report, read by period. */
  reports: ReportData;
  /** The WeCom channel's sync cursors and send windows. */
  wecom: WecomState;
  /** Deletes what RETENTION_* no longer allows (app/retention.ts adds the uploads folder). */
  retention: DeskRetention;
}

export interface Desk extends DeskStores {
  readonly engine: DeskEngine;
  /** Where the data lives, for people: the SQLite file or the PostgreSQL URL without its password. */
  readonly where: string;
  /** Schema versions applied at open, and the version now. */
  readonly migrations: { applied: readonly (number | { version: number; name: string })[]; current: number };
  /** "Something changed", told to every instance sharing this database (in-process on SQLite, LISTEN/NOTIFY on PostgreSQL). */
  readonly live: LiveBus;
  /** Limits counted for every instance at once (PostgreSQL); absent: each process counts in memory. */
  rateCounter?: RateCounter;
  /** The knowledge base's cases when every instance shares them (PostgreSQL, changes told on topic `knowledge`); absent: a file beside each instance's index. */
  knowledgeCases?: KnowledgeCaseStore;
  /** Runs `work` in one transaction; every store called inside joins it. */
  unitOfWork: <T>(work: () => Promise<T>) => Promise<T>;
  close(): Promise<void>;
}
