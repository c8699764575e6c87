/** Requests over HTTPS trusting one self-signed certificate (node's fetch cannot be given a CA per call). */
import https from 'node:https';

export interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = any>(): T;
}

export function httpsRequest(url: string, ca: Buffer, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: options.method ?? 'GET', headers: options.headers, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** An open server-sent event stream; `events` grows as they arrive. */
export function httpsEventStream(
  url: string,
  ca: Buffer,
  headers: Record<string, string>,
  timeoutMs = 5_000,
): Promise<{ status: number; events: { event: string; data: string; at: number }[]; close(): void }> {
  return new Promise((resolve, reject) => {
    const events: { event: string; data: string; at: number }[] = [];
    const req = https.get(url, { headers: { Accept: 'text/event-stream', ...headers }, ca }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) events.push({ event, data: data ?? '', at: Date.now() });
        }
      });
      res.on('error', () => undefined);
      clearTimeout(timer);
      resolve({ status: res.statusCode ?? 0, events, close: () => req.destroy() });
    });
    req.on('error', reject);
    // A proxy that buffers holds back even the headers of a stream: fail in seconds, not at the test timeout.
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer to ${url} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}
