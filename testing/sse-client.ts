/**
 * A server-sent event stream as a browser's EventSource keeps it: each event with its id, and the
 * last id seen, so a client can reconnect (to whichever instance answers) with Last-Event-ID.
 */
import http from 'node:http';
import https from 'node:https';

export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

export interface SseStream {
  status: number;
  events: SseEvent[];
  /** The id of the last event that carried one (what a browser sends as Last-Event-ID). */
  lastEventId?: string;
  /** Resolves when the server or the network ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export function openSse(url: string, headers: Record<string, string>, options: { ca?: Buffer; lastEventId?: string; timeoutMs?: number } = {}): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const get = target.protocol === 'https:' ? https.get : http.get;
    const sendHeaders: Record<string, string> = { Accept: 'text/event-stream', ...headers, ...(options.lastEventId ? { 'Last-Event-ID': options.lastEventId } : {}) };
    const req = get(target, { headers: sendHeaders, ...(options.ca ? { ca: options.ca } : {}) }, (res) => {
      clearTimeout(timer);
      let endStream!: () => void;
      const ended = new Promise<void>((r) => (endStream = r));
      const stream: SseStream = { status: res.statusCode ?? 0, events: [], lastEventId: options.lastEventId, ended, close: () => req.destroy() };
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const id = /^id: (.*)$/m.exec(block)?.[1];
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
          if (!event) continue;
          stream.events.push({ ...(id !== undefined ? { id } : {}), event, data });
          if (id !== undefined) stream.lastEventId = id;
        }
      });
      res.on('error', () => endStream());
      res.on('close', () => endStream());
      res.on('end', () => endStream());
      resolve(stream);
    });
    req.on('error', reject);
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer to ${url} within ${options.timeoutMs ?? 10_000} ms`));
    }, options.timeoutMs ?? 10_000);
  });
}
