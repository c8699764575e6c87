/**
 * A small fake of WeChat's official-account API on 127.0.0.1, speaking its real JSON protocol:
 * GET /cgi-bin/token, POST /cgi-bin/message/custom/send, GET /cgi-bin/media/get. Tokens can be
 * expired or voided from the test, media registered by id, and every call is recorded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWechatApi {
  url: string;
  appId: string;
  appSecret: string;
  /** Customer-service messages received, in order. */
  sent: { touser: string; msgtype: string; content: string; token: string }[];
  tokenFetches: number;
  /** Calls refused for a stale token, with the errcode given. */
  tokenRefusals: number[];
  media: Map<string, { bytes: Buffer; type: string }>;
  /** The current token stops working: the next call gets 42001 (expired). */
  expireToken(): void;
  /** The current token is replaced elsewhere: the next call gets 40001 (invalid credential). */
  voidToken(): void;
  /** Resolves once `count` customer-service messages have arrived. */
  waitForSent(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeWechatApi(appId = 'wx-test-app', appSecret = 'test-secret'): Promise<FakeWechatApi> {
  let current = '';
  let refusal: number | undefined;
  let n = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  const api: Omit<FakeWechatApi, 'url' | 'close'> = {
    appId,
    appSecret,
    sent: [],
    tokenFetches: 0,
    tokenRefusals: [],
    media: new Map(),
    expireToken: () => void (refusal = 42001),
    voidToken: () => void (refusal = 40001),
    waitForSent: (count) => (api.sent.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
  };
  const json = (res: http.ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  /** Checks the access_token of a call the way WeChat does. */
  const tokenProblem = (token: string | null): number | undefined => {
    if (!token) return 41001;
    if (token !== current) return 40001;
    return refusal;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d));
    req.on('end', () => {
      if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
        if (url.searchParams.get('grant_type') !== 'client_credential') return json(res, { errcode: 40002, errmsg: 'invalid grant_type' });
        if (url.searchParams.get('appid') !== appId || url.searchParams.get('secret') !== appSecret) return json(res, { errcode: 40125, errmsg: 'invalid appsecret' });
        api.tokenFetches++;
        current = `ACCESS_TOKEN_${++n}`;
        refusal = undefined;
        return json(res, { access_token: current, expires_in: 7200 });
      }
      const token = url.searchParams.get('access_token');
      if (req.method === 'POST' && url.pathname === '/cgi-bin/message/custom/send') {
        const problem = tokenProblem(token);
        if (problem) {
          api.tokenRefusals.push(problem);
          return json(res, { errcode: problem, errmsg: problem === 42001 ? 'access_token expired' : 'invalid credential' });
        }
        let body: { touser?: string; msgtype?: string; text?: { content?: string } };
        try {
          body = JSON.parse(raw);
        } catch {
          return json(res, { errcode: 47001, errmsg: 'data format error' });
        }
        if (!body.touser || body.msgtype !== 'text' || !body.text?.content) return json(res, { errcode: 44002, errmsg: 'empty post data' });
        api.sent.push({ touser: body.touser, msgtype: body.msgtype, content: body.text.content, token: token! });
        for (const w of waiters.filter((w) => api.sent.length >= w.count)) w.resolve();
        return json(res, { errcode: 0, errmsg: 'ok' });
      }
      if (req.method === 'GET' && url.pathname === '/cgi-bin/media/get') {
        const problem = tokenProblem(token);
        if (problem) {
          api.tokenRefusals.push(problem);
          return json(res, { errcode: problem, errmsg: 'invalid credential' });
        }
        const media = api.media.get(url.searchParams.get('media_id') ?? '');
        if (!media) return json(res, { errcode: 40007, errmsg: 'invalid media_id' });
        res.writeHead(200, { 'content-type': media.type, 'content-length': media.bytes.length, 'content-disposition': 'attachment; filename="media.png"' });
        return res.end(media.bytes);
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...api,
    get sent() {
      return api.sent;
    },
    get tokenFetches() {
      return api.tokenFetches;
    },
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  } as FakeWechatApi;
}
