/**
 * `PgLiveBus`: the LiveBus across instances, over PostgreSQL's LISTEN/NOTIFY. Every instance
 * holds one dedicated connection (not from the pool, which recycles its clients) that LISTENs on
 * one channel per topic, and reconnects with backoff when it drops; after a reconnect its
 * listeners are told of a gap, so they re-read from the database what they may have missed.
 *
 * A notice is given to this instance's own listeners at once (no round trip), and sent to the
 * others with NOTIFY, many notices to one statement: under load a turn does not pay a statement
 * of its own, and the notify queue's lock is taken once per batch rather than once per turn.
 * Its own echo is recognised by the instance id and skipped. Nothing here serialises instances:
 * each publishes and listens for itself.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { z } from 'zod';
import type { HealthReport } from '../../kernel/health-probe';
import { LIVE_TOPICS, LiveListeners, type LiveBus, type LiveSubscription, type LiveTopic } from '../../kernel/live-bus';

const CHANNEL_PREFIX = 'aftersales_live_';
/** NOTIFY payloads must stay under 8000 bytes; a batch is split below this. */
const MAX_PAYLOAD_CHARS = 7000;
/** Notices held for a retry at most while the database cannot be reached. */
const MAX_HELD = 10_000;

const envelopeSchema = z.object({ from: z.string(), items: z.array(z.unknown()) });

/** Counters since start: with N instances, every instance hears every other's notices, so these show what that costs per turn. */
export interface LiveCounts {
  /** Notices published here. */
  published: number;
  /** NOTIFY statements sent for them (a batch is one). */
  notifies: number;
  /** Notifications the listening connection received, its own echoes included. */
  heard: number;
  /** Of those, this instance's own (parsed, then skipped). */
  echoes: number;
  /** Notices from other instances handed to this instance's listeners. */
  itemsHeard: number;
  /** Wall milliseconds spent parsing and handling notifications (synchronous work, so near CPU time). */
  hearingMs: number;
}

export interface PgLiveBusOptions {
  /** Told when a NOTIFY fails or the listening connection drops (it reconnects by itself). */
  onError?: (error: unknown) => void;
  /** First pause before a reconnect; doubles up to 5 s. */
  reconnectMs?: number;
}

export class PgLiveBus implements LiveBus {
  /** Tells this instance's notices from the others' (its own echo is skipped). */
  readonly instanceId = randomBytes(6).toString('hex');
  private readonly echoPrefix = JSON.stringify({ from: this.instanceId }).slice(0, -1) + ',';
  private readonly listeners = new LiveListeners();
  private listener?: pg.Client;
  private pending = new Map<LiveTopic, unknown[]>();
  private flushScheduled = false;
  private flushing: Promise<void> = Promise.resolve();
  private reconnectTimer?: NodeJS.Timeout;
  private closed = false;
  /** Reconnects so far (tests and /healthz read it). */
  reconnects = 0;
  /** What crossed the bus so far (/healthz shows it; the scale bench divides it by turns). */
  readonly counts: LiveCounts = { published: 0, notifies: 0, heard: 0, echoes: 0, itemsHeard: 0, hearingMs: 0 };

  private constructor(
    private readonly url: string,
    /** Where NOTIFY is sent from: the desk's pool, outside any transaction of the caller. */
    private readonly pool: pg.Pool,
    private readonly options: PgLiveBusOptions,
  ) {}

  static async open(url: string, pool: pg.Pool, options: PgLiveBusOptions = {}): Promise<PgLiveBus> {
    const bus = new PgLiveBus(url, pool, options);
    await bus.listen();
    return bus;
  }

  /** Whether the listening connection is up now. */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  publish(topic: LiveTopic, payload: unknown): void {
    this.counts.published++;
    this.listeners.notice(topic, payload);
    if (this.closed) return;
    const list = this.pending.get(topic) ?? [];
    list.push(payload);
    this.pending.set(topic, list);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Everything published in this turn of the event loop goes out together.
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  subscribe(topic: LiveTopic, subscription: LiveSubscription): () => void {
    return this.listeners.add(topic, subscription);
  }

  health(): HealthReport {
    const state = this.listening ? 'ok' : 'degraded';
    const detail = this.listening
      ? '实时通知连接正常 / live notices connection listening'
      : "实时通知连接断开，正在重连，其他实例的更新会延迟 / live notices connection down, reconnecting: other instances' updates are delayed";
    return { state, detail, reconnects: this.reconnects, counts: { ...this.counts, hearingMs: Math.round(this.counts.hearingMs) } };
  }

  /** Sends what is pending now (also at close). */
  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    if (!batch.size) return this.flushing;
    this.flushing = this.flushing.then(async () => {
      for (const [topic, items] of batch) {
        for (const chunk of chunks(this.instanceId, items)) {
          try {
            this.counts.notifies++;
            await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL_PREFIX + topic, chunk]);
          } catch (error) {
            this.options.onError?.(error);
            this.hold(topic, (JSON.parse(chunk) as { items: unknown[] }).items);
          }
        }
      }
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.listener;
    this.listener = undefined;
    await client?.end().catch(() => undefined);
  }

  private hold(topic: LiveTopic, items: unknown[]): void {
    if (this.closed) return;
    const list = this.pending.get(topic) ?? [];
    list.push(...items);
    this.pending.set(topic, list.slice(-MAX_HELD));
    setTimeout(() => void this.flush(), 500).unref();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'aftersales:live', keepAlive: true });
    client.on('notification', (message) => this.heard(message));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    try {
      for (const topic of LIVE_TOPICS) await client.query(`LISTEN ${CHANNEL_PREFIX}${topic}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private heard(message: pg.Notification): void {
    const started = process.hrtime.bigint();
    try {
      this.hear(message);
    } finally {
      this.counts.hearingMs += Number(process.hrtime.bigint() - started) / 1e6;
    }
  }

  private hear(message: pg.Notification): void {
    this.counts.heard++;
    const topic = message.channel.slice(CHANNEL_PREFIX.length) as LiveTopic;
    if (!message.channel.startsWith(CHANNEL_PREFIX) || !LIVE_TOPICS.includes(topic)) return;
    // Our own notice comes back too (every listener hears every NOTIFY): known by its first bytes,
    // it costs no parse. Our envelopes are always written as {"from":…,"items":…} (chunks below).
    if (message.payload?.startsWith(this.echoPrefix)) {
      this.counts.echoes++;
      return;
    }
    let envelope: z.infer<typeof envelopeSchema>;
    try {
      envelope = envelopeSchema.parse(JSON.parse(message.payload ?? ''));
    } catch (error) {
      this.options.onError?.(error);
      return;
    }
    this.counts.itemsHeard += envelope.items.length;
    for (const item of envelope.items) this.listeners.notice(topic, item);
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    if (error) this.options.onError?.(error);
    void client.end().catch(() => undefined);
    this.reconnect(this.options.reconnectMs ?? 250);
  }

  private reconnect(delayMs: number): void {
    if (this.closed) return;
    this.reconnectTimer = setTimeout(async () => {
      try {
        await this.listen();
        this.reconnects++;
        // Whatever was notified while we were away is in the database: re-read it.
        this.listeners.gap();
      } catch (error) {
        this.options.onError?.(error);
        this.reconnect(Math.min(delayMs * 2, 5_000));
      }
    }, delayMs);
    this.reconnectTimer.unref();
  }
}

/**
 * The statement that tells every instance's PgLiveBus of a change, for writers that are not a bus
 * (the knowledge store, also used by the command line): inside a transaction PostgreSQL sends it at
 * COMMIT, so listeners never hear of a change they cannot read yet.
 */
export function liveNoticeStatement(topic: LiveTopic, payload: unknown, from = 'database'): { sql: string; params: string[] } {
  return { sql: 'SELECT pg_notify($1, $2)', params: [CHANNEL_PREFIX + topic, JSON.stringify({ from, items: [payload] })] };
}

/** The envelopes of one topic's notices, each under NOTIFY's payload limit. */
function chunks(from: string, items: unknown[]): string[] {
  const out: string[] = [];
  let current: unknown[] = [];
  let size = 0;
  for (const item of items) {
    const length = JSON.stringify(item).length + 1;
    if (current.length && size + length > MAX_PAYLOAD_CHARS) {
      out.push(JSON.stringify({ from, items: current }));
      current = [];
      size = 0;
    }
    current.push(item);
    size += length;
  }
  if (current.length) out.push(JSON.stringify({ from, items: current }));
  return out;
}
