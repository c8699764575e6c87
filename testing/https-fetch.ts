/**
 * A `fetch` that trusts one self-signed certificate (node's own fetch cannot be given a CA per
 * call), for clients that speak to the app through the test nginx: the desk client, the load.
 */
import http from 'node:http';
import https from 'node:https';

export type Fetch = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string; redirect?: 'manual' }) => Promise<Response>;

export function fetchTrusting(ca: Buffer): Fetch {
  const agent = new https.Agent({ ca, keepAlive: true, maxSockets: 256 });
  return (url, init = {}) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const request = target.protocol === 'https:' ? https.request : http.request;
      const req = request(target, { method: init.method ?? 'GET', headers: init.headers, ...(target.protocol === 'https:' ? { agent } : {}) }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (Array.isArray(value)) for (const v of value) headers.append(name, v);
            else if (value !== undefined) headers.set(name, value);
          }
          const status = res.statusCode ?? 0;
          const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(body, { status, headers }));
        });
      });
      req.on('error', reject);
      req.end(init.body);
    });
}
