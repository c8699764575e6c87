/**
 * Three instances of the real server (app/start.ts as deploy/scale/aftersales@.service runs it)
 * on one private PostgreSQL, behind Debian's nginx with deploy/scale/upstream.conf: 50 web chats
 * with their event streams open and an agent at the desk (login, claim, reply), all through
 * nginx. Midway one instance is SIGKILLed. Afterwards:
 * - every acknowledged message is stored exactly once, and every ticket a turn acknowledged
 *   exists exactly once;
 * - every event stream reconnected (to whichever instance nginx chose) with Last-Event-ID and
 *   received every message of its conversation, none twice;
 * - every delivery to a customer was sent, by one instance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { hashPassword } from '../../agent-desk/password-hash';
import { loadConfig } from '../../app/config';
import { openDesk } from '../../app/desk';
import { fetchTrusting, type Fetch } from '../../testing/https-fetch';
import { nginxMissing } from '../../testing/nginx-proxy';
import { startScaleCluster, type ScaleCluster } from '../../testing/scale-cluster';
import { openSse, type SseStream } from '../../testing/sse-client';
import { DeskClient, PASSWORD } from '../desk/desk-client';

const SESSIONS = 50;
const TURNS = 4;
const HANDOFF_EVERY = 5;
const QUESTIONS = ['格力空调显示E1怎么办', '洗衣机不排水', 'My fridge is not cooling', '热水器不出热水', '冰箱噪音很大', '还是不行'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One web visitor: a session, an event stream kept open across instance deaths, and turns sent until acknowledged. */
class Visitor {
  token = '';
  /** Message ids received on every stream this visitor held, in order. */
  readonly received: number[] = [];
  readonly acked: { clientMessageId: string; ticket?: string }[] = [];
  connections = 0;
  private lastEventId?: string;
  private stream?: SseStream;
  private running = true;
  private loop?: Promise<void>;

  constructor(
    readonly n: number,
    private readonly cluster: ScaleCluster,
    private readonly fetch: Fetch,
  ) {}

  private headers(json = false): Record<string, string> {
    return { Origin: this.cluster.origin, Authorization: `Bearer ${this.token}`, ...(json ? { 'Content-Type': 'application/json' } : {}) };
  }

  async start(): Promise<void> {
    const res = await this.retry(() => this.fetch(`${this.cluster.origin}/api/web/sessions`, { method: 'POST', headers: { Origin: this.cluster.origin } }));
    this.token = ((await res.json()) as { token: string }).token;
    this.loop = this.keepStreaming();
    // As the widget does: the stream is open (it starts from now) before the visitor first speaks.
    for (let i = 0; i < 200 && !this.stream?.events.some((e) => e.event === 'ready'); i++) await sleep(50);
    if (!this.stream) throw new Error(`visitor ${this.n}: no event stream`);
  }

  /** Like a browser's EventSource: whenever the stream ends, reconnect with the last id seen. */
  private async keepStreaming(): Promise<void> {
    while (this.running) {
      try {
        const stream = await openSse(`${this.cluster.origin}/api/web/events`, this.headers(), { ca: this.cluster.proxy.ca, lastEventId: this.lastEventId });
        if (stream.status !== 200) {
          stream.close();
          await sleep(200);
          continue;
        }
        this.stream = stream;
        this.connections++;
        await stream.ended;
        this.collect(stream);
        this.stream = undefined;
      } catch {
        // nginx has not noticed the dead instance yet, or the connect failed: try again shortly
      }
      if (this.running) await sleep(100);
    }
  }

  private collect(stream: SseStream): void {
    for (const e of stream.events.splice(0)) if (e.event === 'message' && e.id !== undefined) this.received.push(Number(e.id));
    this.lastEventId = stream.lastEventId;
  }

  /** Every message id seen so far, the open stream's included. */
  seen(): number[] {
    if (this.stream) this.collect(this.stream);
    return this.received;
  }

  async say(turn: number): Promise<void> {
    const clientMessageId = `scale-${this.n}-${turn}`;
    const text = turn === 2 && this.n % HANDOFF_EVERY === 0 ? '转人工' : QUESTIONS[(this.n + turn) % QUESTIONS.length]!;
    const res = await this.retry(() => this.fetch(`${this.cluster.origin}/api/web/messages`, { method: 'POST', headers: this.headers(true), body: JSON.stringify({ clientMessageId, text }) }));
    const body = (await res.json()) as { ticket: { number: string } | null };
    this.acked.push({ clientMessageId, ...(body.ticket ? { ticket: body.ticket.number } : {}) });
  }

  /** A request that reached a dying instance (502) or no instance is sent again, as the widget does. */
  private async retry(send: () => Promise<Response>): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await send();
        if (res.ok) return res;
        if (![502, 503, 504].includes(res.status) || attempt >= 20) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
      } catch (error) {
        if (attempt >= 20) throw error;
      }
      await sleep(100 * attempt);
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stream?.close();
    await this.loop;
  }
}

const missing = nginxMissing();

describe.skipIf(missing !== undefined)('three instances on PostgreSQL behind nginx, one killed midway', () => {
  let cluster: ScaleCluster;
  let sql: pg.Client;
  let fetcher: Fetch;

  beforeAll(async () => {
    const t0 = Date.now();
    cluster = await startScaleCluster({ instances: 3, env: { WEB_IP_RATE_LIMIT_PER_MINUTE: '100000', WEB_RATE_LIMIT_PER_MINUTE: '1000' } });
    console.log(`cluster started: ${Date.now() - t0} ms`);
    fetcher = fetchTrusting(cluster.proxy.ca);
    sql = new pg.Client({ connectionString: cluster.databaseUrl });
    await sql.connect();
    // The agent's account, made through the desk's own store as `aftersales agents add` does.
    const desk = await openDesk(loadConfig({ DATABASE_URL: cluster.databaseUrl, AFTERSALES_LOG_LEVEL: 'silent' }));
    try {
      await desk.agents.add('li', 'agent', await hashPassword(PASSWORD));
    } finally {
      await desk.close();
    }
  }, 120_000);

  afterAll(async () => {
    const t0 = Date.now();
    await sql?.end();
    await cluster?.stop();
    console.log(`cluster stopped: ${Date.now() - t0} ms`);
  });

  it('keeps every message, ticket and delivery exactly once, and every stream catches up', async () => {
    const t0 = Date.now();
    const mark = (what: string) => console.log(`${what}: ${Date.now() - t0} ms`);
    const visitors = Array.from({ length: SESSIONS }, (_, n) => new Visitor(n, cluster, fetcher));
    try {
      await Promise.all(visitors.map((v) => v.start()));
      mark('sessions and streams');
      for (let turn = 1; turn <= 2; turn++) await Promise.all(visitors.map((v) => v.say(turn)));
      mark('two turns each');

      // Midway: one instance dies with streams open and turns in flight.
      const victim = cluster.instances[1]!;
      const late = Promise.all(
        visitors.map(async (v) => {
          for (let turn = 3; turn <= TURNS; turn++) await v.say(turn);
        }),
      );
      await sleep(50);
      await victim.kill();

      // The agent works the handed-off conversations through nginx meanwhile.
      const agent = new DeskClient(cluster.origin, fetcher);
      expect((await agent.login('li')).status).toBe(303);
      const handedOff = visitors.filter((v) => v.n % HANDOFF_EVERY === 0).length;
      let items: { conversationId: number }[] = [];
      for (let i = 0; i < 100 && items.length < handedOff; i++) {
        items = (await agent.get<{ items: { conversationId: number }[] }>('/desk/api/queue')).body.items ?? [];
        if (items.length < handedOff) await sleep(100);
      }
      expect(items).toHaveLength(handedOff);
      for (const item of items) {
        expect((await agent.post(`/desk/api/conversations/${item.conversationId}/claim`)).status).toBe(200);
        expect((await agent.post(`/desk/api/conversations/${item.conversationId}/reply`, { text: `您好，我是客服小李（${item.conversationId}）` })).status).toBe(200);
      }
      await late;
      mark('agent replied, four turns each');

      // Every acknowledged message is stored exactly once.
      const ids = visitors.flatMap((v) => v.acked.map((a) => a.clientMessageId));
      expect(ids).toHaveLength(SESSIONS * TURNS);
      const stored = await sql.query<{ cid: string; n: number }>(
        `SELECT split_part(channel_message_id, ':', 2) AS cid, count(*)::int AS n FROM messages WHERE channel = 'web' AND direction = 'in' GROUP BY 1`,
      );
      const counts = new Map(stored.rows.map((r) => [r.cid, r.n]));
      expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);

      // Every ticket a turn acknowledged exists exactly once; there is no other.
      const tickets = visitors.flatMap((v) => v.acked.flatMap((a) => (a.ticket ? [a.ticket] : [])));
      expect(new Set(tickets).size).toBe(handedOff);
      const rows = await sql.query<{ number: string }>('SELECT number FROM tickets ORDER BY number');
      expect(rows.rows.map((r) => r.number)).toEqual([...new Set(tickets)].sort());

      // Every stream reconnected and received every message of its conversation, none twice.
      const byConversation = async (v: Visitor) =>
        (
          await sql.query<{ id: number }>(
            `SELECT m.id FROM messages m WHERE m.conversation_id IN (SELECT conversation_id FROM messages WHERE channel = 'web' AND channel_message_id LIKE $1) ORDER BY m.id`,
            [`%:scale-${v.n}-1`],
          )
        ).rows.map((r) => r.id);
      const expected = new Map<Visitor, number[]>();
      for (const v of visitors) expected.set(v, await byConversation(v));
      const behind = () => visitors.filter((v) => expected.get(v)!.some((id) => !v.seen().includes(id)));
      for (let i = 0; i < 150 && behind().length; i++) await sleep(100);
      expect(behind().map((v) => ({ n: v.n, missing: expected.get(v)!.filter((id) => !v.seen().includes(id)) }))).toEqual([]);
      for (const v of visitors) expect(v.seen(), `visitor ${v.n}`).toEqual([...new Set(v.seen())]);
      // Those whose stream was on the dead instance came back through another.
      expect(visitors.filter((v) => v.connections > 1).length).toBeGreaterThan(0);
      // The agent's replies reached the visitors who asked for a person.
      const agentReplies = await sql.query<{ id: number }>("SELECT id FROM messages WHERE author LIKE 'agent:%' AND text LIKE '您好，我是客服小李%'");
      expect(agentReplies.rows).toHaveLength(handedOff);
      // Nothing said to a customer is stored twice (a retried turn or a relay on two instances would).
      const twice = await sql.query("SELECT conversation_id, reply_to, text FROM messages WHERE direction = 'out' AND reply_to IS NOT NULL GROUP BY 1, 2, 3 HAVING count(*) > 1");
      expect(twice.rows).toEqual([]);
      const seenAll = new Set(visitors.flatMap((v) => v.seen()));
      expect(agentReplies.rows.filter((r) => !seenAll.has(r.id))).toEqual([]);

      // Every delivery to a customer went out, once (its outbox item is delivered, never retried after delivery).
      for (let i = 0; i < 100; i++) {
        const pending = await sql.query("SELECT 1 FROM outbox WHERE destination = 'customer:web' AND status <> 'delivered'");
        if (!pending.rowCount) break;
        await sleep(100);
      }
      const outbox = await sql.query<{ status: string; n: number }>("SELECT status, count(*)::int AS n FROM outbox WHERE destination = 'customer:web' GROUP BY status");
      expect(outbox.rows.map((r) => r.status)).toEqual(['delivered']);
      mark('checked');
    } finally {
      await Promise.all(visitors.map((v) => v.stop()));
    }
  }, 120_000);
});
