/**
 * Logging in to the built-in desk: a name and password checked against the scrypt hash, a rate
 * limit on failures per client address (kept in the database), and a session whose token only
 * the agent's browser holds (the database keeps its hash) with its own CSRF token. A session
 * ends after `sessionIdleMs` without a request, at logout, or when the account is disabled.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../kernel/clock';
import type { AgentAccount, AgentAccounts } from './agent-accounts';
import type { AgentSessions, LoginFailures } from './agent-sessions';
import { decoyHash, verifyPassword } from './password-hash';

export interface DeskLoginSettings {
  sessionIdleMs: number;
  loginMaxFailures: number;
  loginWindowMs: number;
}

export interface DeskLoginDeps {
  accounts: AgentAccounts;
  sessions: AgentSessions;
  failures: LoginFailures;
  clock: Clock;
  settings: DeskLoginSettings;
}

export type LoginResult = { ok: true; token: string; csrfToken: string; agent: AgentAccount } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfterMs: number };

export interface DeskSession {
  agent: AgentAccount;
  csrfToken: string;
  tokenHash: string;
}

/** A session's last-seen time is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 60_000;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class DeskLogin {
  constructor(private readonly deps: DeskLoginDeps) {}

  async login(name: string, password: string, clientKey: string): Promise<LoginResult> {
    const { accounts, sessions, failures, clock, settings } = this.deps;
    const now = clock.now();
    const since = new Date(now.getTime() - settings.loginWindowMs);
    const key = `ip:${clientKey}`;
    // Refused before any password is checked: a locked-out address learns nothing and costs nothing.
    // The attempt is counted before the check, in one atomic step, so parallel guesses (on one
    // instance or several) cannot all slip under the limit while the slow hash runs.
    if (!(await failures.admit(key, since, settings.loginMaxFailures, now))) {
      const oldest = (await failures.oldest(key, since)) ?? now;
      return { ok: false, reason: 'throttled', retryAfterMs: Math.max(1_000, oldest.getTime() + settings.loginWindowMs - now.getTime()) };
    }
    const account = name.trim() ? await accounts.withPassword(name) : undefined;
    // An unknown name costs as long as a wrong password, so names cannot be probed by timing.
    const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
    // A failure stays counted (admit counted it).
    if (!account || !matches || account.disabledAt) return { ok: false, reason: 'invalid' };
    await failures.clear(key);
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await sessions.create(tokenHash(token), { agentId: account.id, csrfToken, createdAt: now.toISOString(), lastSeenAt: now.toISOString() });
    const { passwordHash: _hash, ...agent } = account;
    return { ok: true, token, csrfToken, agent };
  }

  /** The session a token opens, or nothing (unknown, idle too long, or the account was disabled). */
  async session(token: string | undefined): Promise<DeskSession | undefined> {
    if (!token || token.length > 200) return undefined;
    const { accounts, sessions, clock, settings } = this.deps;
    const hash = tokenHash(token);
    const found = await sessions.find(hash);
    if (!found) return undefined;
    const now = clock.now().getTime();
    const agent = await accounts.get(found.agentId);
    if (!agent || agent.disabledAt || now - Date.parse(found.lastSeenAt) > settings.sessionIdleMs) {
      await sessions.end(hash);
      return undefined;
    }
    if (now - Date.parse(found.lastSeenAt) > TOUCH_EVERY_MS) await sessions.touch(hash, clock.now());
    return { agent, csrfToken: found.csrfToken, tokenHash: hash };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.deps.sessions.end(tokenHash(token));
  }

  /** Drops idle sessions and failures older than the window (run from time to time). */
  async tidy(): Promise<void> {
    const now = this.deps.clock.now().getTime();
    await this.deps.sessions.purge(new Date(now - this.deps.settings.sessionIdleMs));
    await this.deps.failures.purge(new Date(now - this.deps.settings.loginWindowMs));
  }
}
