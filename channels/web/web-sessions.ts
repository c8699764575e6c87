/**
 * Anonymous web chat sessions, kept server-side. A visitor holds a random bearer token (256 bits);
 * the session table is keyed by its SHA-256 and keeps no copy of it (the token reaches the bot as
 * the customerRef of each message). A session expires after `idleMs` without a request from its
 * visitor.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../kernel/clock';

export interface WebSession {
  /** Hex SHA-256 prefix of the token: a stable, non-secret name for the session (rate limits, message ids). */
  readonly key: string;
  readonly createdAt: number;
  lastSeen: number;
  /** Conversations this session has spoken in (history is read from these only). */
  readonly conversationIds: Set<number>;
}

export type SessionLookup = { session: WebSession } | { session?: undefined; reason: 'missing' | 'unknown' };

const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function sessionKeyOf(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 32);
}

export class WebSessions {
  private readonly byKey = new Map<string, WebSession>();
  private sweeper?: NodeJS.Timeout;
  /** Told when a session ends (expired or closed) so its streams can be closed. */
  onEnd?: (session: WebSession) => void;

  constructor(
    private readonly clock: Clock,
    private readonly idleMs: number,
    readonly maxSessions: number,
  ) {}

  get size(): number {
    return this.byKey.size;
  }

  /** A new session, or undefined when the table is full (after dropping expired ones). */
  create(): { session: WebSession; token: string } | undefined {
    if (this.byKey.size >= this.maxSessions) this.sweep();
    if (this.byKey.size >= this.maxSessions) return undefined;
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const now = this.clock.now().getTime();
    const session: WebSession = { key: sessionKeyOf(token), createdAt: now, lastSeen: now, conversationIds: new Set() };
    this.byKey.set(session.key, session);
    return { session, token };
  }

  /** The live session for a token, touched as active; an expired one is ended on the way. */
  use(token: string | undefined): SessionLookup {
    if (!token) return { reason: 'missing' };
    if (!TOKEN_SHAPE.test(token)) return { reason: 'unknown' };
    const session = this.byKey.get(sessionKeyOf(token));
    if (!session) return { reason: 'unknown' };
    const now = this.clock.now().getTime();
    if (now - session.lastSeen > this.idleMs) {
      this.end(session);
      return { reason: 'unknown' };
    }
    session.lastSeen = now;
    return { session };
  }

  /**
   * Takes back a session the server forgot (a restart): its visitor still holds the token, and
   * the conversations stored under it (asked for those active within the idle limit) say whether
   * it is still live. Undefined for a malformed token, no recent conversation, or a full table.
   */
  async revive(token: string, conversationsSince: (since: Date) => Promise<{ id: number; updatedAt: string }[]>): Promise<WebSession | undefined> {
    if (!TOKEN_SHAPE.test(token)) return undefined;
    const now = this.clock.now().getTime();
    const conversations = await conversationsSince(new Date(now - this.idleMs));
    if (conversations.length === 0) return undefined;
    const existing = this.byKey.get(sessionKeyOf(token));
    if (existing) return existing;
    if (this.byKey.size >= this.maxSessions) this.sweep();
    if (this.byKey.size >= this.maxSessions) return undefined;
    const lastActive = Math.max(...conversations.map((c) => Date.parse(c.updatedAt)));
    const session: WebSession = { key: sessionKeyOf(token), createdAt: lastActive, lastSeen: now, conversationIds: new Set(conversations.map((c) => c.id)) };
    this.byKey.set(session.key, session);
    return session;
  }

  /** The session a bot message is addressed to (customerRef = token), without touching it. */
  byToken(token: string): WebSession | undefined {
    const session = this.byKey.get(sessionKeyOf(token));
    return session && this.clock.now().getTime() - session.lastSeen <= this.idleMs ? session : undefined;
  }

  /** Ends every session idle for longer than the limit. */
  sweep(): number {
    const now = this.clock.now().getTime();
    let ended = 0;
    for (const session of this.byKey.values()) {
      if (now - session.lastSeen > this.idleMs) {
        this.end(session);
        ended++;
      }
    }
    return ended;
  }

  startSweeping(everyMs = 60_000): void {
    this.sweeper = setInterval(() => this.sweep(), everyMs);
    this.sweeper.unref();
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    for (const session of [...this.byKey.values()]) this.end(session);
  }

  private end(session: WebSession): void {
    this.byKey.delete(session.key);
    this.onEnd?.(session);
  }
}
