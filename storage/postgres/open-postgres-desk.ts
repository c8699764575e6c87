/**
 * Opens the desk on PostgreSQL (DATABASE_URL=postgres://…), applies migrations under an advisory
 * lock, and hands back the stores that share the pool: the PostgreSQL twin of
 * storage/sqlite/open-desk.ts. Each store group adds its stores here.
 */
import type { Clock } from '../../kernel/clock';
import type { SlaPolicy } from '../../tickets/sla';
import { migratePostgres, type PgMigrationReport } from './migrate';
import { PgDatabase, type PgOpenOptions } from './pg-database';
import { PgLiveBus } from './pg-live-bus';
import { PostgresCallLog } from './postgres-call-log';
import { PostgresConversationStore } from './postgres-conversation-store';
import { PostgresCustomerDirectory } from './postgres-customer-directory';
import { PostgresDeskEvents } from './postgres-desk-events';
import { PostgresDeskPosts } from './postgres-desk-posts';
import { PostgresHandoffQueue } from './postgres-handoff-queue';
import { PostgresHandoffThreads } from './postgres-handoff-threads';
import { PostgresKnowledgeStore } from './postgres-knowledge-store';
import { PostgresOutbox } from './postgres-outbox';
import { PostgresOutboxAdmin } from './postgres-outbox-admin';
import { PostgresAttemptLedger } from './postgres-attempt-ledger';
import { PostgresTicketAccess } from './postgres-ticket-access';
import { PostgresTicketStore } from './postgres-ticket-store';
import { PostgresAgentAccounts } from './postgres-agent-accounts';
import { PostgresAgentSessions, PostgresLoginFailures } from './postgres-agent-sessions';
import { PostgresRateCounter } from './postgres-rate-counter';
import { PostgresReportData } from './postgres-report-data';
import { PostgresDeskRetention } from './postgres-retention';
import { PostgresWebSessions } from './postgres-web-sessions';
import { PostgresWecomState } from './postgres-wecom-state';

export interface PostgresDeskSettings extends PgOpenOptions {
  clock: Clock;
  /** Told when a live notice could not be sent or the listening connection dropped (it reconnects). */
  onLiveError?: (error: unknown) => void;
  sla: SlaPolicy;
  timeZone: string;
}

export interface PostgresDesk {
  readonly engine: 'postgres';
  readonly where: string;
  db: PgDatabase;
  migrations: PgMigrationReport;
  live: PgLiveBus;
  unitOfWork<T>(work: () => Promise<T>): Promise<T>;
  customers: PostgresCustomerDirectory;
  conversations: PostgresConversationStore;
  calls: PostgresCallLog;
  outbox: PostgresOutbox;
  /** What an operator sees and does with deliveries that did not go out. */
  outboxAdmin: PostgresOutboxAdmin;
  /** Conversations with people, whatever desk has them. */
  handoffQueue: PostgresHandoffQueue;
  /** The Slack desk: where handoffs were posted, events handled once, posts made. */
  handoffThreads: PostgresHandoffThreads;
  deskEvents: PostgresDeskEvents;
  deskPosts: PostgresDeskPosts;
  tickets: PostgresTicketStore;
  /** Who may see a ticket besides its customer (a proven code or link), and attempts counted per attacker. */
  access: PostgresTicketAccess;
  attempts: PostgresAttemptLedger;
  /** The built-in agent desk: accounts, logins, failed logins (counted across instances). */
  agents: PostgresAgentAccounts;
  agentSessions: PostgresAgentSessions;
  loginFailures: PostgresLoginFailures;
  /** Web chat sessions by the hash of their token: any instance takes back any session. */
  webSessions: PostgresWebSessions;
  /** The rows of the manager's service report, read by period. */
  reports: PostgresReportData;
  /** The WeCom channel's sync cursors and send windows. */
  wecom: PostgresWecomState;
  /** What RETENTION_* deletes. */
  retention: PostgresDeskRetention;
  /** Rate limits every instance counts together (the web chat's per-IP and per-session limits). */
  rateCounter: PostgresRateCounter;
  /** The knowledge base's cases, shared by every instance. */
  knowledgeCases: PostgresKnowledgeStore;
  close(): Promise<void>;
}

export async function openPostgresDesk(url: string, settings: PostgresDeskSettings): Promise<PostgresDesk> {
  const db = await PgDatabase.open(url, settings);
  try {
    const migrations = await migratePostgres(db, undefined, () => settings.clock.now());
    const live = await PgLiveBus.open(url, db.pool, { onError: settings.onLiveError });
    const outbox = new PostgresOutbox(db, settings.clock);
    return {
      engine: 'postgres',
      where: db.where,
      db,
      migrations,
      unitOfWork: (work) => db.transaction(work),
      live,
      customers: new PostgresCustomerDirectory(db, settings.clock),
      conversations: new PostgresConversationStore(db, settings.clock, outbox),
      calls: new PostgresCallLog(db, settings.clock),
      outbox,
      outboxAdmin: new PostgresOutboxAdmin(db, settings.clock),
      handoffQueue: new PostgresHandoffQueue(db),
      handoffThreads: new PostgresHandoffThreads(db),
      deskEvents: new PostgresDeskEvents(db, settings.clock),
      deskPosts: new PostgresDeskPosts(db),
      tickets: new PostgresTicketStore(db, settings),
      access: new PostgresTicketAccess(db, settings.clock),
      attempts: new PostgresAttemptLedger(db),
      agents: new PostgresAgentAccounts(db, settings.clock),
      agentSessions: new PostgresAgentSessions(db),
      loginFailures: new PostgresLoginFailures(db),
      webSessions: new PostgresWebSessions(db),
      reports: new PostgresReportData(db),
      wecom: new PostgresWecomState(db),
      retention: new PostgresDeskRetention(db),
      rateCounter: new PostgresRateCounter(db),
      knowledgeCases: new PostgresKnowledgeStore(db, () => settings.clock.now()),
      close: async () => {
        await live.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
