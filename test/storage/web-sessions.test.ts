/** The web chat's session records on SQLite (a temp file) and on PostgreSQL (a fresh database). */
import { openPostgresPair, openSqlitePair, pairOf } from '../contracts/stores/desk-pair';
import { describeWebSessionsContract } from '../contracts/stores/web-sessions.contract';

describeWebSessionsContract('SQLite', async () => pairOf(await openSqlitePair(), (desk) => desk.webSessions));
describeWebSessionsContract('PostgreSQL', async () => pairOf(await openPostgresPair(), (desk) => desk.webSessions));
