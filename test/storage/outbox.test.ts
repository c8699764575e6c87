import { describeOutboxAdminContract, describeOutboxContract } from '../contracts/stores/outbox.contract';
import { openPostgresGroup, openSqliteGroup } from '../helpers/outbox-group-desks';

describeOutboxContract('SQLite', openSqliteGroup);
describeOutboxContract('PostgreSQL', () => openPostgresGroup());
describeOutboxAdminContract('SQLite', openSqliteGroup);
describeOutboxAdminContract('PostgreSQL', () => openPostgresGroup());
