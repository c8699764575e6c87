/**
 * How the security suite talks to the server: over real HTTP, as a browser or a script would.
 * Every request can claim a client address (X-Forwarded-For, believed only when the server trusts
 * the loopback proxy), so one process can play several visitors and an attacker on many addresses.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: any;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One HTTP request with full control of the headers (Host included). */
export function request(base: string, options: RawRequest): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export const newMessageId = () => randomBytes(9).toString('base64url');

/** A web chat visitor: a session of their own, from an address of their own. */
export class Visitor {
  token?: string;
  constructor(
    readonly base: string,
    readonly ip: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      Origin: this.base,
      'X-Forwarded-For': this.ip,
      ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      ...extra,
    };
  }

  async start(): Promise<this> {
    const answer = await request(this.base, { method: 'POST', path: '/api/web/sessions', headers: this.headers() });
    if (answer.status !== 201) throw new Error(`no session: ${answer.status} ${answer.text}`);
    this.token = answer.json.token;
    return this;
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    return request(this.base, {
      method: 'POST',
      path,
      headers: this.headers({ 'Content-Type': 'application/json', ...headers }),
      body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
    return request(this.base, { path, headers: this.headers(headers) });
  }

  /** One message; `said` is every reply's text joined. */
  async say(text: string, clientMessageId = newMessageId()): Promise<Answer & { said: string }> {
    const answer = await this.post('/api/web/messages', { clientMessageId, text });
    const said = Array.isArray(answer.json?.replies) ? answer.json.replies.map((r: { text?: string }) => r.text ?? '').join('\n') : '';
    return { ...answer, said };
  }
}

/** A fresh visitor with a session, from `ip`. */
export function visitor(base: string, ip: string): Promise<Visitor> {
  return new Visitor(base, ip).start();
}
