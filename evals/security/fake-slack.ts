/**
 * Just enough of Slack's Web API on 127.0.0.1 for the desk to accept requests (auth.test answers,
 * every other method says ok), so a request that gets past verification is processed and answered
 * 200, and one that is refused is a 401: the suite can tell the two apart.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSlack {
  apiUrl: string;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  let ts = 1_795_000_000;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const method = (req.url ?? '').split('/').pop()?.split('?')[0];
      const body = method === 'auth.test' ? { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0SECURITY' } : { ok: true, ts: `${++ts}.000100`, channel: 'C0SECURITY', messages: [] };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
