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

/** The `LoginFailures` port: failed logins per client address, kept in the database so a restart forgets nothing. */
export interface LoginFailures {
  count(key: string, since: Date): Promise<number>;
  /** The oldest failure still inside the window (when the address may try again). */
  oldest(key: string, since: Date): Promise<Date | undefined>;
  record(key: string, at: Date): Promise<void>;
  clear(key: string): Promise<void>;
  purge(before: Date): Promise<number>;
}
