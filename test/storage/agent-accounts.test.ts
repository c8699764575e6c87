/** The AgentAccounts contract on SQLite (a temp file) and on PostgreSQL (a fresh database). */
import { describeAgentAccountsContract } from '../contracts/stores/agent-accounts.contract';
import { openPostgresPair, openSqlitePair, pairOf } from '../contracts/stores/desk-pair';

describeAgentAccountsContract('SQLite', async () => pairOf(await openSqlitePair(), (desk) => desk.agents));
describeAgentAccountsContract('PostgreSQL', async () => pairOf(await openPostgresPair(), (desk) => desk.agents));
