/** The AgentSessions and LoginFailures contracts on SQLite (a temp file) and on PostgreSQL (a fresh database). */
import { describeAgentSessionsContract, type AgentSessionStores } from '../contracts/stores/agent-sessions.contract';
import { openPostgresPair, openSqlitePair, pairOf } from '../contracts/stores/desk-pair';

const stores = (desk: { agents: AgentSessionStores['accounts']; agentSessions: AgentSessionStores['sessions']; loginFailures: AgentSessionStores['failures'] }): AgentSessionStores => ({
  accounts: desk.agents,
  sessions: desk.agentSessions,
  failures: desk.loginFailures,
});

describeAgentSessionsContract('SQLite', async () => pairOf(await openSqlitePair(), stores));
describeAgentSessionsContract('PostgreSQL', async () => pairOf(await openPostgresPair(), stores));
