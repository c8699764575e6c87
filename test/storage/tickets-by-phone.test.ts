import { describeTicketsByPhoneContract } from '../contracts/stores/tickets-by-phone.contract';
import { openPostgresTickets, openSqliteTickets } from './ticket-harnesses';

describeTicketsByPhoneContract('SQLite', openSqliteTickets);
describeTicketsByPhoneContract('PostgreSQL', openPostgresTickets);
