/**
 * `AgentAccounts` on PostgreSQL. Names are unique without case (the index on lower(name)), and
 * every write is one statement, so two instances adding the same name at once get one account
 * and one ConflictError, never a unique-violation from an aborted transaction.
 */
import { z } from 'zod';
import { AGENT_ROLES, agentNameSchema, type AgentAccount, type AgentAccounts, type AgentRole } from '../../agent-desk/agent-accounts';
import type { Clock } from '../../kernel/clock';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors';
import { dropUndefined } from '../rows';
import type { PgDatabase } from './pg-database';

const accountRow = z.object({ id: z.number(), name: z.string(), role: z.enum(AGENT_ROLES), created_at: z.string(), disabled_at: z.string().nullable(), password_hash: z.string() }).transform((r) => ({
  account: dropUndefined({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at, disabledAt: r.disabled_at ?? undefined }),
  passwordHash: r.password_hash,
}));

export class PostgresAgentAccounts implements AgentAccounts {
  constructor(
    private readonly db: PgDatabase,
    private readonly clock: Clock,
  ) {}

  async add(rawName: string, role: AgentRole, passwordHash: string): Promise<AgentAccount> {
    const name = agentNameSchema.safeParse(rawName);
    if (!name.success) throw new ValidationError('invalid_agent_name', name.error.issues[0]!.message, name.error);
    const row = await this.db.get(
      `INSERT INTO agents (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT ((lower(name))) DO NOTHING RETURNING *`,
      [name.data, role, passwordHash, this.clock.now().toISOString()],
    );
    if (!row) throw new ConflictError('agent_exists', `An agent named "${name.data}" exists already / 客服账号已存在`);
    return accountRow.parse(row).account;
  }

  async list(): Promise<AgentAccount[]> {
    const rows = await this.db.all('SELECT * FROM agents ORDER BY id');
    return rows.map((r) => accountRow.parse(r).account);
  }

  async get(id: number): Promise<AgentAccount | undefined> {
    const row = await this.db.get('SELECT * FROM agents WHERE id = $1', [id]);
    return row ? accountRow.parse(row).account : undefined;
  }

  async withPassword(name: string): Promise<(AgentAccount & { passwordHash: string }) | undefined> {
    const row = await this.db.get('SELECT * FROM agents WHERE lower(name) = lower($1)', [name.trim()]);
    if (!row) return undefined;
    const parsed = accountRow.parse(row);
    return { ...parsed.account, passwordHash: parsed.passwordHash };
  }

  async disable(name: string): Promise<AgentAccount> {
    // Disabled once: a second disable (from any instance) keeps the first time.
    const row = await this.db.get('UPDATE agents SET disabled_at = coalesce(disabled_at, $1) WHERE lower(name) = lower($2) RETURNING *', [this.clock.now().toISOString(), name.trim()]);
    if (!row) throw new NotFoundError('agent_not_found', `No agent named "${name}" / 没有这个客服账号`);
    return accountRow.parse(row).account;
  }
}
