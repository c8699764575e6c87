/** `AgentAccounts` on the desk database. */
import { z } from 'zod';
import { AGENT_ROLES, agentNameSchema, type AgentAccount, type AgentAccounts, type AgentRole } from '../../agent-desk/agent-accounts';
import type { Clock } from '../../kernel/clock';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors';
import type { SqliteDatabase } from './database';
import { dropUndefined } from '../rows';

const accountRow = z.object({ id: z.number(), name: z.string(), role: z.enum(AGENT_ROLES), created_at: z.string(), disabled_at: z.string().nullable(), password_hash: z.string() }).transform((r) => ({
  account: dropUndefined({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at, disabledAt: r.disabled_at ?? undefined }),
  passwordHash: r.password_hash,
}));

export class SqliteAgentAccounts implements AgentAccounts {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {}

  async add(rawName: string, role: AgentRole, passwordHash: string): Promise<AgentAccount> {
    const name = agentNameSchema.safeParse(rawName);
    if (!name.success) throw new ValidationError('invalid_agent_name', name.error.issues[0]!.message, name.error);
    return this.db
      .transaction(async () => {
        if (await this.withPassword(name.data)) throw new ConflictError('agent_exists', `An agent named "${name.data}" exists already / 客服账号已存在`);
        await this.db.run('INSERT INTO agents (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)', [name.data, role, passwordHash, this.clock.now().toISOString()]);
        return (await this.withPassword(name.data))!;
      })
      .then(({ passwordHash: _hash, ...account }) => account);
  }

  async list(): Promise<AgentAccount[]> {
    const rows = await this.db.all('SELECT * FROM agents ORDER BY id');
    return rows.map((r) => accountRow.parse(r).account);
  }

  async get(id: number): Promise<AgentAccount | undefined> {
    const row = await this.db.get('SELECT * FROM agents WHERE id = ?', [id]);
    return row ? accountRow.parse(row).account : undefined;
  }

  async withPassword(name: string): Promise<(AgentAccount & { passwordHash: string }) | undefined> {
    const row = await this.db.get('SELECT * FROM agents WHERE name = ?', [name.trim()]);
    if (!row) return undefined;
    const parsed = accountRow.parse(row);
    return { ...parsed.account, passwordHash: parsed.passwordHash };
  }

  async disable(name: string): Promise<AgentAccount> {
    return this.db.transaction(async () => {
      const found = await this.withPassword(name);
      if (!found) throw new NotFoundError('agent_not_found', `No agent named "${name}" / 没有这个客服账号`);
      if (!found.disabledAt) await this.db.run('UPDATE agents SET disabled_at = ? WHERE id = ?', [this.clock.now().toISOString(), found.id]);
      return (await this.get(found.id))!;
    });
  }
}
