/**
 * Anonymous web chat sessions. A visitor holds a random bearer token (256 bits); the server knows
 * the session by the token's SHA-256 only, in memory and (once the visitor has spoken) in the
 * database, so neither a heap dump nor a database backup hands anyone a live token. The
 * conversations are filed under a separate random reference (`ref`), never under the token or
 * anything derived from it. A session expires after `idleMs` without a request from its visitor.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../kernel/clock';

export interface WebSession {
  /** Hex SHA-256 of the token: how the server finds the session. Never leaves the server. */
  readonly tokenHash: string;
  /** Random, not derived from the token: the customer reference of this session's messages. */
  readonly ref: string;
  readonly createdAt: number;
  lastSeen: number;
  /** Conversations this session has spoken in (history is read from these only). */
  readonly conversationIds: Set<number>;
  /** When its record was last written (undefined: not yet). */
  recordedAt?: number;
}

/**
 * A session's record is rewritten at most this often while it keeps talking: each rewrite is a
 * write transaction of its own, which at one per message cost a busy web chat a quarter of its
 * throughput. Being up to this much behind only shortens how long after a restart the session can
 * be taken back, by the same amount (see `rewriteEveryMs`).
 */
const REWRITE_EVERY_MS = 60_000;

export type SessionLookup = { session: WebSession } | { session?: undefined; reason: 'missing' | 'unknown' };

export interface StoredWebSession {
  customerRef: string;
  createdAt: string;
  lastActiveAt: string;
}

/**
 * Where sessions that have spoken are kept by token hash, to be taken back after a restart or by
 * another instance (storage/sqlite/sqlite-web-sessions.ts, storage/postgres/postgres-web-sessions.ts).
 */
export interface SessionRecords {
  /** Remembers the session (first message) or marks it active (every later one). */
  saw(tokenHash: string, customerRef: string, at: Date): Promise<void>;
  find(tokenHash: string): Promise<StoredWebSession | undefined>;
  /** Forgets sessions quiet since before `before`; how many. */
  forget(before: Date): Promise<number>;
}

const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function tokenHashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new random customer reference for a web session (w_ + 128 bits). */
function newRef(): string {
  return `w_${randomBytes(16).toString('base64url')}`;
}

export class WebSessions {
  private readonly byHash = new Map<string, WebSession>();
  private readonly refs = new Map<string, WebSession>();
  private sweeper?: NodeJS.Timeout;
  /** Told when a session ends (expired or closed) so its streams can be closed. */
  onEnd?: (session: WebSession) => void;

  constructor(
    private readonly clock: Clock,
    private readonly idleMs: number,
    readonly maxSessions: number,
    private readonly records?: SessionRecords,
    /**
     * Keep every session from its creation, not from its first message: with several instances
     * the visitor's next request (its event stream) may reach another instance, which finds the
     * session by its record.
     */
    private readonly recordAtCreate = false,
  ) {}

  get size(): number {
    return this.byHash.size;
  }

  /** A new session, or undefined when the table is full (after dropping expired ones). */
  create(): { session: WebSession; token: string } | undefined {
    if (this.byHash.size >= this.maxSessions) this.sweep();
    if (this.byHash.size >= this.maxSessions) return undefined;
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const now = this.clock.now().getTime();
    const session: WebSession = { tokenHash: tokenHashOf(token), ref: newRef(), createdAt: now, lastSeen: now, conversationIds: new Set() };
    this.add(session);
    return { session, token };
  }

  /** The live session for a token, touched as active; an expired one is ended on the way. */
  use(token: string | undefined): SessionLookup {
    if (!token) return { reason: 'missing' };
    if (!TOKEN_SHAPE.test(token)) return { reason: 'unknown' };
    const session = this.byHash.get(tokenHashOf(token));
    if (!session) return { reason: 'unknown' };
    const now = this.clock.now().getTime();
    if (now - session.lastSeen > this.idleMs) {
      this.end(session);
      return { reason: 'unknown' };
    }
    session.lastSeen = now;
    return { session };
  }

  /** A session was just created: kept at once when instances share the sessions. */
  async created(session: WebSession): Promise<void> {
    if (!this.recordAtCreate || !this.records) return;
    const now = this.clock.now();
    await this.records.saw(session.tokenHash, session.ref, now);
    session.recordedAt = now.getTime();
  }

  /** The session has spoken: it is kept (by token hash) so a restart does not lose it. */
  async spoke(session: WebSession): Promise<void> {
    if (!this.records) return;
    const now = this.clock.now();
    if (session.recordedAt !== undefined && now.getTime() - session.recordedAt < this.rewriteEveryMs) return;
    await this.records.saw(session.tokenHash, session.ref, now);
    session.recordedAt = now.getTime();
  }

  /** Never more than a twentieth of the idle limit, so a record is never far behind its session. */
  private get rewriteEveryMs(): number {
    return Math.min(REWRITE_EVERY_MS, this.idleMs / 20);
  }

  /**
   * Takes back a session the server forgot (a restart): its visitor still holds the token, and the
   * record of its hash says whether it spoke within the idle limit. The conversations stored under
   * its reference (asked for those active within the limit) come back with it. Undefined for a
   * malformed or unknown token, a session quiet for too long, or a full table.
   */
  async revive(token: string, conversationsSince: (customerRef: string, since: Date) => Promise<{ id: number; updatedAt: string }[]>): Promise<WebSession | undefined> {
    if (!TOKEN_SHAPE.test(token) || !this.records) return undefined;
    const tokenHash = tokenHashOf(token);
    const existing = this.byHash.get(tokenHash);
    if (existing) return existing;
    const now = this.clock.now().getTime();
    const record = await this.records.find(tokenHash);
    if (!record || now - Date.parse(record.lastActiveAt) > this.idleMs) return undefined;
    const conversations = await conversationsSince(record.customerRef, new Date(now - this.idleMs));
    if (this.byHash.size >= this.maxSessions) this.sweep();
    if (this.byHash.size >= this.maxSessions) return undefined;
    const session: WebSession = {
      tokenHash,
      ref: record.customerRef,
      createdAt: Date.parse(record.lastActiveAt),
      lastSeen: now,
      conversationIds: new Set(conversations.map((c) => c.id)),
      recordedAt: Date.parse(record.lastActiveAt),
    };
    this.add(session);
    return session;
  }

  /** The session a bot message is addressed to (customerRef = the session's ref), without touching it. */
  byRef(ref: string): WebSession | undefined {
    const session = this.refs.get(ref);
    return session && this.clock.now().getTime() - session.lastSeen <= this.idleMs ? session : undefined;
  }

  /** Ends every session idle for longer than the limit, and forgets their records. */
  sweep(): number {
    const now = this.clock.now().getTime();
    let ended = 0;
    for (const session of this.byHash.values()) {
      if (now - session.lastSeen > this.idleMs) {
        this.end(session);
        ended++;
      }
    }
    void this.records?.forget(new Date(now - this.idleMs)).catch(() => undefined);
    return ended;
  }

  startSweeping(everyMs = 60_000): void {
    this.sweeper = setInterval(() => this.sweep(), everyMs);
    this.sweeper.unref();
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    for (const session of [...this.byHash.values()]) this.end(session);
  }

  private add(session: WebSession): void {
    this.byHash.set(session.tokenHash, session);
    this.refs.set(session.ref, session);
  }

  private end(session: WebSession): void {
    this.byHash.delete(session.tokenHash);
    this.refs.delete(session.ref);
    this.onEnd?.(session);
  }
}
