/**
 * A small client for the web chat API over real HTTP, as a browser would speak it: an Origin on
 * every state-changing request, the session token as a bearer header, the reply stream read as
 * server-sent events.
 */
import { randomBytes } from 'node:crypto';
import { FixedClock } from '../../kernel/clock';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import type { SmsSender } from '../../bot/sms-sender';
import { tempDir } from '../../testing/temp-dir';

export interface WebServer extends RunningServer {
  dir: string;
  clock: FixedClock;
  dispose(): Promise<void>;
}

export async function startWebServer(env: Record<string, string> = {}, options: { sms?: SmsSender } = {}): Promise<WebServer> {
  const { dir, cleanup } = tempDir('web-');
  const clock = new FixedClock('2026-11-24T01:00:00Z');
  const config = loadConfig({ AFTERSALES_DATA_DIR: dir, PORT: '0', WEB_IP_RATE_LIMIT_PER_MINUTE: '100000', WEB_RATE_LIMIT_PER_MINUTE: '1000', AFTERSALES_LOG_LEVEL: 'silent', ...env });
  const server = await startServer(config, { clock, sms: options.sms });
  return {
    ...server,
    dir,
    clock,
    dispose: async () => {
      await server.close();
      cleanup();
    },
  };
}

export const newClientId = () => randomBytes(9).toString('base64url');

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export class WebClient {
  token?: string;
  constructor(
    readonly base: string,
    /** null: send no Origin header (a non-browser client). */
    readonly origin: string | null = base,
  ) {}

  async request<T = any>(method: string, path: string, options: { body?: unknown; raw?: Buffer | string; headers?: Record<string, string>; token?: string | null } = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.origin && !('Origin' in headers)) headers.Origin = this.origin;
    const token = options.token === null ? undefined : (options.token ?? this.token);
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (options.raw !== undefined) body = typeof options.raw === 'string' ? options.raw : Uint8Array.from(options.raw);
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  async startSession(): Promise<string> {
    const res = await this.request<{ token: string }>('POST', '/api/web/sessions');
    if (res.status !== 201) throw new Error(`session not created: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = res.body.token;
    return this.token;
  }

  say(text: string, clientMessageId = newClientId()) {
    return this.request('POST', '/api/web/messages', { body: { clientMessageId, text } });
  }

  upload(bytes: Buffer, contentType = 'image/png', clientMessageId = newClientId()) {
    return this.request('POST', `/api/web/uploads?clientMessageId=${clientMessageId}`, { raw: bytes, headers: { 'Content-Type': contentType } });
  }

  history(after = 0) {
    return this.request<{ messages: any[] }>('GET', `/api/web/history?after=${after}`);
  }

  openStream(lastEventId?: number): Promise<EventStream> {
    return EventStream.open(this.base, this.token!, lastEventId);
  }
}

export interface SseEvent {
  event: string;
  id?: number;
  data: any;
  /** When the client read it (Date.now()). */
  at: number;
}

/** An open event stream that records every event and lets a test wait for one. */
export class EventStream {
  readonly events: SseEvent[] = [];
  private waiters: { test: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  private constructor(
    private readonly controller: AbortController,
    readonly status: number,
  ) {}

  static async open(base: string, token: string, lastEventId?: number): Promise<EventStream> {
    const controller = new AbortController();
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
    if (lastEventId !== undefined) headers['Last-Event-ID'] = String(lastEventId);
    const res = await fetch(`${base}/api/web/events`, { headers, signal: controller.signal });
    const stream = new EventStream(controller, res.status);
    if (res.ok && res.body) void stream.pump(res.body);
    return stream;
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          this.take(buffer.slice(0, at));
          buffer = buffer.slice(at + 2);
        }
      }
    } catch {
      /* aborted or dropped */
    }
    this.take('event: closed\ndata: {}');
  }

  private take(block: string): void {
    let event = 'message';
    let data = '';
    let id: number | undefined;
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data += line.slice(5).trim();
      else if (line.startsWith('id:')) id = Number(line.slice(3).trim());
    }
    if (!data) return;
    const e: SseEvent = { event, id, data: JSON.parse(data), at: Date.now() };
    this.events.push(e);
    for (const w of [...this.waiters]) {
      if (w.test(e)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(e);
      }
    }
  }

  /** The first recorded or future event that passes `test` (the test's own timeout bounds the wait). */
  next(test: (e: SseEvent) => boolean): Promise<SseEvent> {
    const seen = this.events.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  messages(): any[] {
    return this.events.filter((e) => e.event === 'message').map((e) => e.data);
  }

  close(): void {
    this.controller.abort();
  }
}
