import { describeAttemptLedgerContract } from '../contracts/stores/attempt-ledger.contract';
import { openPostgresTickets, openSqliteTickets } from './ticket-harnesses';

describeAttemptLedgerContract('SQLite', openSqliteTickets);
describeAttemptLedgerContract('PostgreSQL', openPostgresTickets);
