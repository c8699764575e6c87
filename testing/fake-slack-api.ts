/**
 * A small fake of Slack's Web API on 127.0.0.1, speaking its real protocol: form-encoded (or
 * JSON) `POST /api/<method>` with a bearer token, JSON answers with `ok`. It keeps the channel's
 * messages, threads and message metadata, records every call, and can be told to fail: HTTP
 * 5xx, 429 with Retry-After, `ok: false` errors, a dropped connection, or an answer lost after
 * the post was made (the case a resend must not turn into a duplicate).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import querystring from 'node:querystring';

export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: Record<string, unknown>[];
  thread_ts?: string;
  reply_broadcast?: boolean;
  metadata?: { event_type: string; event_payload?: Record<string, unknown> };
  /** How many times chat.update rewrote it. */
  updates: number;
  /** Files shared with it (files.uploadV2 into a channel or thread). */
  files?: FakeFile[];
}

export interface FakeFile {
  id: string;
  name: string;
  title?: string;
  data: Buffer;
}

export interface FakeEphemeral {
  channel: string;
  user: string;
  text: string;
  thread_ts?: string;
}

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  token?: string;
  /** What the fake did: answered, or the failure it played. */
  outcome: 'ok' | Failure['kind'];
}

export type Failure =
  | { kind: 'http'; status: number }
  | { kind: 'ratelimited'; retryAfterSeconds: number }
  | { kind: 'error'; error: string }
  /** Closes the connection before doing anything. */
  | { kind: 'drop' }
  /** Does the work (the post is made), then closes the connection without answering. */
  | { kind: 'lose_answer' };

export const fail = {
  http: (status = 500): Failure => ({ kind: 'http', status }),
  ratelimited: (retryAfterSeconds = 1): Failure => ({ kind: 'ratelimited', retryAfterSeconds }),
  error: (error: string): Failure => ({ kind: 'error', error }),
  drop: (): Failure => ({ kind: 'drop' }),
  loseAnswer: (): Failure => ({ kind: 'lose_answer' }),
};

export interface FakeSlackOptions {
  token: string;
  channels: string[];
  /** The fake's clock for message ts (tests pass their FixedClock so `oldest` filters agree). */
  now?: () => number;
  botUserId?: string;
  botId?: string;
}

interface Rule {
  failure: Failure;
  /** Remaining times; Infinity until `restore()`. */
  times: number;
  methods?: string[];
}

export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  readonly messages: FakeMessage[] = [];
  readonly ephemerals: FakeEphemeral[] = [];
  private rules: Rule[] = [];
  /** files.uploadV2 in progress: announced by getUploadURLExternal, bytes posted to the upload URL. */
  private readonly uploads = new Map<string, { filename: string; length: number; data?: Buffer }>();
  private seq = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: http.Server,
    readonly options: Required<Omit<FakeSlackOptions, 'now'>> & { now: () => number },
  ) {}

  static async start(options: FakeSlackOptions): Promise<FakeSlackApi> {
    const server = http.createServer();
    const fake = new FakeSlackApi(server, { botUserId: 'UBOT', botId: 'BBOT', now: () => Date.now(), ...options });
    server.on('request', (req, res) => void fake.handle(req, res));
    server.on('connection', (socket) => {
      fake.sockets.add(socket);
      socket.on('close', () => fake.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** Base URL for WebClient's `slackApiUrl`. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }

  /** Fails the next `times` calls (of `methods`, or any method but auth.test). */
  failNext(failure: Failure, times = 1, methods?: string[]): void {
    this.rules.push({ failure, times, methods });
  }

  /** Slack is down until `restore()`. */
  goDown(failure: Failure = fail.http(503)): void {
    this.rules.push({ failure, times: Infinity });
  }

  restore(): void {
    this.rules = [];
  }

  /** Top-level posts and thread replies made in a channel, oldest first. */
  posts(channel?: string): FakeMessage[] {
    return this.messages.filter((m) => !channel || m.channel === channel);
  }

  replies(threadTs: string): FakeMessage[] {
    return this.messages.filter((m) => m.thread_ts === threadTs);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const bytes = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });
    // Step 2 of files.uploadV2: the bytes go to the upload URL files.getUploadURLExternal gave.
    const upload = /^\/upload\/(F\w+)$/.exec(req.url ?? '');
    if (upload && req.method === 'POST') {
      const pending = this.uploads.get(upload[1]!);
      if (!pending) return void res.writeHead(404).end();
      // Slack takes the raw bytes or a multipart form with the file as its one part (WebClient sends the form).
      const type = req.headers['content-type'] ?? '';
      if (type.startsWith('multipart/form-data')) {
        const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData();
        let part: Blob | undefined;
        form.forEach((value) => {
          if (typeof value !== 'string') part ??= value;
        });
        pending.data = part ? Buffer.from(await part.arrayBuffer()) : Buffer.alloc(0);
      } else pending.data = bytes;
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${pending.data.length}`);
      return;
    }
    const raw = bytes.toString('utf8');
    const method = /^\/api\/([\w.]+)$/.exec(req.url ?? '')?.[1];
    if (req.method !== 'POST' || !method) {
      res.writeHead(404).end();
      return;
    }
    const params = parseParams(raw, req.headers['content-type']);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (typeof params.token === 'string' ? params.token : undefined);
    const rule = method === 'auth.test' ? undefined : this.rules.find((r) => r.times > 0 && (!r.methods || r.methods.includes(method)));
    if (rule) rule.times--;
    const failure = rule?.failure;
    this.calls.push({ method, params, token, outcome: failure ? failure.kind : 'ok' });

    if (failure?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (failure?.kind === 'http') {
      res.writeHead(failure.status, { 'content-type': 'text/plain' }).end('upstream trouble');
      return;
    }
    if (failure?.kind === 'ratelimited') {
      res.writeHead(429, { 'retry-after': String(failure.retryAfterSeconds), 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    const answer = failure?.kind === 'error' ? { ok: false, error: failure.error } : token !== this.options.token ? { ok: false, error: 'invalid_auth' } : this.perform(method, params);
    if (failure?.kind === 'lose_answer') {
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer));
  }

  private perform(method: string, p: Record<string, unknown>): Record<string, unknown> {
    const channel = typeof p.channel === 'string' ? p.channel : undefined;
    const knownChannel = channel !== undefined && this.options.channels.includes(channel);
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'aftersales', team_id: 'T0FAKE', user_id: this.options.botUserId, bot_id: this.options.botId };
      case 'chat.postMessage': {
        if (!knownChannel) return { ok: false, error: 'channel_not_found' };
        if (!p.text && !p.blocks) return { ok: false, error: 'no_text' };
        const threadTs = typeof p.thread_ts === 'string' ? p.thread_ts : undefined;
        if (threadTs && !this.messages.some((m) => m.channel === channel && m.ts === threadTs)) return { ok: false, error: 'thread_not_found' };
        const message: FakeMessage = {
          channel: channel,
          ts: this.nextTs(),
          text: String(p.text ?? ''),
          blocks: p.blocks as FakeMessage['blocks'],
          thread_ts: threadTs,
          reply_broadcast: p.reply_broadcast === true || p.reply_broadcast === 'true' || undefined,
          metadata: p.metadata as FakeMessage['metadata'],
          updates: 0,
        };
        this.messages.push(message);
        return { ok: true, channel, ts: message.ts, message: { type: 'message', text: message.text, ts: message.ts, bot_id: this.options.botId } };
      }
      case 'chat.update': {
        const message = this.messages.find((m) => m.channel === channel && m.ts === p.ts);
        if (!message) return { ok: false, error: 'message_not_found' };
        message.text = String(p.text ?? message.text);
        if (p.blocks) message.blocks = p.blocks as FakeMessage['blocks'];
        message.updates++;
        return { ok: true, channel, ts: message.ts, text: message.text };
      }
      case 'chat.postEphemeral': {
        if (!knownChannel) return { ok: false, error: 'channel_not_found' };
        this.ephemerals.push({ channel: channel, user: String(p.user), text: String(p.text ?? ''), thread_ts: p.thread_ts as string | undefined });
        return { ok: true, message_ts: this.nextTs() };
      }
      case 'conversations.history':
      case 'conversations.replies': {
        if (!knownChannel) return { ok: false, error: 'channel_not_found' };
        const oldest = Number(p.oldest ?? 0);
        const withMetadata = p.include_all_metadata === true || p.include_all_metadata === 'true';
        const inScope = method === 'conversations.history' ? (m: FakeMessage) => !m.thread_ts || m.reply_broadcast === true : (m: FakeMessage) => m.ts === p.ts || m.thread_ts === p.ts;
        const found = this.messages
          .filter((m) => m.channel === channel && inScope(m) && Number(m.ts) >= oldest)
          .map((m) => ({ type: 'message', ts: m.ts, text: m.text, thread_ts: m.thread_ts, bot_id: this.options.botId, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
        return { ok: true, messages: method === 'conversations.history' ? found.reverse() : found, has_more: false };
      }
      case 'files.getUploadURLExternal': {
        const length = Number(p.length);
        if (!p.filename || !Number.isInteger(length) || length <= 0) return { ok: false, error: 'invalid_arguments' };
        const id = `F${String(++this.seq).padStart(8, '0')}`;
        this.uploads.set(id, { filename: String(p.filename), length });
        return { ok: true, upload_url: `${this.url.replace(/\/api\/$/, '')}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const channelId = typeof p.channel_id === 'string' ? p.channel_id : undefined;
        if (channelId && !this.options.channels.includes(channelId)) return { ok: false, error: 'channel_not_found' };
        const listed = (typeof p.files === 'string' ? JSON.parse(p.files) : p.files) as { id: string; title?: string }[];
        const files: FakeFile[] = [];
        for (const f of listed) {
          const pending = this.uploads.get(f.id);
          // Slack refuses to complete a file whose bytes never arrived, or arrived short.
          if (!pending?.data || pending.data.length !== pending.length) return { ok: false, error: 'file_upload_incomplete' };
          files.push({ id: f.id, name: pending.filename, title: f.title, data: pending.data });
        }
        const threadTs = typeof p.thread_ts === 'string' ? p.thread_ts : undefined;
        if (channelId) {
          if (threadTs && !this.messages.some((m) => m.channel === channelId && m.ts === threadTs)) return { ok: false, error: 'thread_not_found' };
          this.messages.push({ channel: channelId, ts: this.nextTs(), text: String(p.initial_comment ?? ''), thread_ts: threadTs, files, updates: 0 });
        }
        return { ok: true, files: files.map((f) => ({ id: f.id, name: f.name, title: f.title })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private nextTs(): string {
    this.seq++;
    return `${Math.floor(this.options.now() / 1000)}.${String(this.seq).padStart(6, '0')}`;
  }
}

/** WebClient sends form fields, with objects (blocks, metadata) as JSON strings. */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const form = querystring.parse(raw);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined) continue;
    out[key] = (key === 'blocks' || key === 'metadata' || key === 'attachments') && /^[[{]/.test(text) ? JSON.parse(text) : text;
  }
  return out;
}
