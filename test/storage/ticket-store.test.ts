import { describeTicketStoreContract } from '../contracts/stores/ticket-store.contract';
import { openPostgresTickets, openSqliteTickets } from './ticket-harnesses';

describeTicketStoreContract('SQLite', openSqliteTickets);
describeTicketStoreContract('PostgreSQL', openPostgresTickets);
