import { describeTicketAccessContract } from '../contracts/stores/ticket-access.contract';
import { openPostgresTickets, openSqliteTickets } from './ticket-harnesses';

describeTicketAccessContract('SQLite', openSqliteTickets);
describeTicketAccessContract('PostgreSQL', openPostgresTickets);
