/**
 * The `AgentAccounts` port: the people who work the built-in desk, created from the command line
 * (`aftersales agents add NAME --role agent|manager`). A disabled account can no longer log in and
 * its open sessions end.
 */
import { z } from 'zod';

export const AGENT_ROLES = ['agent', 'manager'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** Letters of any script, digits, dot, dash and underscore: the name shows in the desk and the ticket history. */
export const agentNameSchema = z
  .string()
  .trim()
  .min(2, 'an agent name needs at least 2 characters')
  .max(40, 'an agent name has at most 40 characters')
  .regex(/^[\p{L}\p{N}._-]+$/u, 'an agent name may hold letters, digits, ".", "-" and "_"');

export interface AgentAccount {
  id: number;
  name: string;
  role: AgentRole;
  createdAt: string;
  disabledAt?: string;
}

export interface AgentAccounts {
  /** Throws a ConflictError when the name is taken (names are compared without case). */
  add(name: string, role: AgentRole, passwordHash: string): Promise<AgentAccount>;
  list(): Promise<AgentAccount[]>;
  get(id: number): Promise<AgentAccount | undefined>;
  /** With the stored hash, for logging in. */
  withPassword(name: string): Promise<(AgentAccount & { passwordHash: string }) | undefined>;
  /** Throws a NotFoundError for an unknown name. */
  disable(name: string): Promise<AgentAccount>;
}

/** How an agent appears as an actor in tickets and conversations. */
export function agentActor(account: Pick<AgentAccount, 'name'>): string {
  return `web-desk:${account.name}`;
}
