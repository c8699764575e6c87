/** Opens the desk database, applies migrations, and hands back the stores that share it. */
import type { Clock } from '../../kernel/clock';
import type { SlaPolicy } from '../../tickets/sla';
import type { Desk } from '../desk';
import { InProcessLiveBus } from '../../kernel/live-bus';
import { SqliteDatabase, type OpenOptions } from './database';
import { migrate, type MigrationReport } from './migrations';
import { SqliteAgentAccounts } from './sqlite-agent-accounts';
import { SqliteAgentSessions, SqliteLoginFailures } from './sqlite-agent-sessions';
import { SqliteAttemptLedger } from './sqlite-attempt-ledger';
import { SqliteCallLog } from './sqlite-call-log';
import { SqliteConversationStore } from './sqlite-conversation-store';
import { SqliteCustomerDirectory } from './sqlite-customer-directory';
import { SqliteDeskEvents } from './sqlite-desk-events';
import { SqliteDeskPosts } from './sqlite-desk-posts';
import { SqliteHandoffQueue } from './sqlite-handoff-queue';
import { SqliteHandoffThreads } from './sqlite-handoff-threads';
import { SqliteOutbox } from './sqlite-outbox';
import { SqliteOutboxAdmin } from './sqlite-outbox-admin';
import { SqliteReportData } from './sqlite-report-data';
import { SqliteDeskRetention } from './sqlite-retention';
import { SqliteTicketAccess } from './sqlite-ticket-access';
import { SqliteTicketStore } from './sqlite-ticket-store';
import { SqliteWebSessions } from './sqlite-web-sessions';
import { SqliteWecomState } from './sqlite-wecom-state';

export interface DeskSettings extends OpenOptions {
  clock: Clock;
  sla: SlaPolicy;
  timeZone: string;
}

/** The `Desk` on SQLite, with its concrete stores and the database itself (tests and SQLite-only commands). */
export interface SqliteDesk extends Desk {
  readonly engine: 'sqlite';
  db: SqliteDatabase;
  tickets: SqliteTicketStore;
  customers: SqliteCustomerDirectory;
  conversations: SqliteConversationStore;
  outbox: SqliteOutbox;
  /** Conversations with people, whatever desk has them. */
  handoffQueue: SqliteHandoffQueue;
  /** The Slack desk: where handoffs were posted, events handled once, posts made. */
  handoffThreads: SqliteHandoffThreads;
  deskEvents: SqliteDeskEvents;
  deskPosts: SqliteDeskPosts;
  calls: SqliteCallLog;
  /** The built-in agent desk: accounts, logins, failed logins. */
  agents: SqliteAgentAccounts;
  agentSessions: SqliteAgentSessions;
  loginFailures: SqliteLoginFailures;
  /** Who may see a ticket besides its customer (a proven code or link), and attempts counted per attacker. */
  access: SqliteTicketAccess;
  attempts: SqliteAttemptLedger;
  /** Web chat sessions by the hash of their token. */
  webSessions: SqliteWebSessions;
  /** The rows of the manager's service report, read by period. */
  reports: SqliteReportData;
  /** The WeCom channel's sync cursors and send windows. */
  wecom: SqliteWecomState;
  outboxAdmin: SqliteOutboxAdmin;
  /** What RETENTION_* deletes. */
  retention: SqliteDeskRetention;
  migrations: MigrationReport;
}

export async function openSqliteDesk(file: string, settings: DeskSettings): Promise<SqliteDesk> {
  const db = await SqliteDatabase.open(file, settings);
  try {
    const migrations = await migrate(db, () => settings.clock.now());
    return {
      engine: 'sqlite',
      where: file,
      db,
      migrations,
      unitOfWork: (work) => db.transaction(work),
      // One process holds every stream and desk page: a change is told in-process.
      live: new InProcessLiveBus(),
      outboxAdmin: new SqliteOutboxAdmin(db, settings.clock),
      tickets: new SqliteTicketStore(db, settings),
      customers: new SqliteCustomerDirectory(db, settings.clock),
      conversations: new SqliteConversationStore(db, settings.clock),
      outbox: new SqliteOutbox(db, settings.clock),
      handoffQueue: new SqliteHandoffQueue(db),
      handoffThreads: new SqliteHandoffThreads(db),
      deskEvents: new SqliteDeskEvents(db, settings.clock),
      deskPosts: new SqliteDeskPosts(db),
      calls: new SqliteCallLog(db, settings.clock),
      agents: new SqliteAgentAccounts(db, settings.clock),
      agentSessions: new SqliteAgentSessions(db),
      loginFailures: new SqliteLoginFailures(db),
      access: new SqliteTicketAccess(db, settings.clock),
      attempts: new SqliteAttemptLedger(db),
      webSessions: new SqliteWebSessions(db),
      reports: new SqliteReportData(db),
      wecom: new SqliteWecomState(db),
      retention: new SqliteDeskRetention(db),
      close: () => db.close(),
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
