/**
 * The `AgentSessions` port: logins to the built-in desk. Only a hash of each session token is
 * stored, so the table cannot be used to log in; the CSRF token travels with the session.
 */
export interface AgentSession {
  agentId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface AgentSessions {
  create(tokenHash: string, session: AgentSession): Promise<void>;
  find(tokenHash: string): Promise<AgentSession | undefined>;
  touch(tokenHash: string, at: Date): Promise<void>;
  end(tokenHash: string): Promise<void>;
  endAllFor(agentId: number): Promise<number>;
  /** Removes sessions idle since before `before`. */
  purge(before: Date): Promise<number>;
}

/**
 * The `LoginFailures` port: failed logins per client address, kept in the database so a restart
 * forgets nothing and every instance of the desk counts the same failures.
 */
export interface LoginFailures {
  /**
   * Counts an attempt for `key` at `at` unless `limit` are inside the window (since `since`)
   * already; true when it was counted and the password may be checked. One step, atomic across
   * instances: parallel attempts can never pass a count that each read before the others wrote.
   * A good password then clears the key, so an attempt counted here only stays if it failed.
   */
  admit(key: string, since: Date, limit: number, at: Date): Promise<boolean>;
  count(key: string, since: Date): Promise<number>;
  /** The oldest failure still inside the window (when the address may try again). */
  oldest(key: string, since: Date): Promise<Date | undefined>;
  clear(key: string): Promise<void>;
  purge(before: Date): Promise<number>;
}
