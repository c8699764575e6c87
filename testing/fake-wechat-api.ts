/**
 * A small fake of WeChat's official-account API on 127.0.0.1, speaking its real JSON protocol
 * and enforcing the rules the platform documents:
 * - tokens: POST /cgi-bin/stable_token (normal mode returns the live token; force_refresh makes a
 *   new one) and the older GET /cgi-bin/token, whose tokens are kept apart from the stable ones
 *   (a second system fetching /cgi-bin/token voids only the classic token);
 * - POST /cgi-bin/message/custom/send: 48001 on an unverified account; 45002 over 2048 bytes;
 *   45015 when the customer has not written within 48 hours; 45047 after 5 messages since the
 *   customer's last message;
 * - GET /cgi-bin/media/get (48001 on an unverified account) and the photo's PicUrl (/mmbiz/ID);
 * - POST /cgi-bin/media/upload?type=image: multipart/form-data with the file as `media` (its
 *   filename and type), at most 10 MB of PNG, JPEG or GIF; answers {type, media_id, created_at};
 *   48001 on an unverified account. custom/send takes msgtype image with that media_id (40007
 *   for an unknown one), under the same 48-hour and 5-message rules as text.
 * WeChat knows when a customer writes; the test tells the fake with `customerWrote`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const CUSTOMER_WINDOW_MS = 48 * 3600_000;
export const MESSAGES_PER_CUSTOMER_MESSAGE = 5;

export interface FakeWechatApiOptions {
  appId?: string;
  appSecret?: string;
  /** An unverified (or personal) account: no customer-service messages, no media downloads. */
  verified?: boolean;
  /** The platform's clock for the 48-hour window (default: real time). */
  now?: () => number;
}

export interface FakeWechatApi {
  url: string;
  appId: string;
  appSecret: string;
  verified: boolean;
  /** Customer-service messages received, in order. */
  sent: { touser: string; msgtype: string; content: string; token: string }[];
  /** Customer-service calls refused by the platform's rules, in order. */
  refused: { touser: string; errcode: number; content: string }[];
  /** stable_token calls (normal and forced). */
  tokenFetches: number;
  /** /cgi-bin/token calls (the older endpoint). */
  classicTokenFetches: number;
  /** Calls refused for a stale token, with the errcode given. */
  tokenRefusals: number[];
  media: Map<string, { bytes: Buffer; type: string }>;
  /** Pictures uploaded with media/upload, by media_id. */
  uploaded: Map<string, { bytes: Buffer; filename: string; type: string }>;
  /** media/get and PicUrl downloads, in order. */
  downloads: string[];
  /** Slows every media download (a slow photo makes the bot miss WeChat's 5 seconds). */
  mediaDelayMs: number;
  /** The customer sent the account a message now: the 48-hour window opens and the count of 5 starts again. */
  customerWrote(openId: string): void;
  /** The current token stops working: the next call gets 42001 (expired). */
  expireToken(): void;
  /** Someone force-refreshes the stable token elsewhere: the next call with ours gets 40001. */
  voidToken(): void;
  /** A second system on the same AppID fetches a classic token (this voids only the classic one). */
  otherSystemFetchesClassicToken(): void;
  /** Resolves once `count` customer-service messages have arrived. */
  waitForSent(count: number): Promise<void>;
  /** The next customer-service message is refused with `errcode` (once): -1 (system busy) or a rule's code. */
  refuseNext(errcode: number): void;
  close(): Promise<void>;
}

export async function startFakeWechatApi(options: FakeWechatApiOptions = {}): Promise<FakeWechatApi> {
  const appId = options.appId ?? 'wx-test-app';
  const appSecret = options.appSecret ?? 'test-secret';
  const now = options.now ?? Date.now;
  let stable = '';
  let stableExpired = false;
  let classic = '';
  let n = 0;
  const windows = new Map<string, { at: number; sent: number }>();
  const waiters: { count: number; resolve: () => void }[] = [];
  const refusals: number[] = [];
  const api: Omit<FakeWechatApi, 'url' | 'close'> = {
    appId,
    appSecret,
    verified: options.verified ?? true,
    sent: [],
    refused: [],
    tokenFetches: 0,
    classicTokenFetches: 0,
    tokenRefusals: [],
    media: new Map(),
    uploaded: new Map(),
    downloads: [],
    mediaDelayMs: 0,
    customerWrote: (openId) => void windows.set(openId, { at: now(), sent: 0 }),
    expireToken: () => void (stableExpired = true),
    voidToken: () => void (stable = `STABLE_TOKEN_${++n}`),
    otherSystemFetchesClassicToken: () => void (classic = `ACCESS_TOKEN_${++n}`),
    waitForSent: (count) => (api.sent.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    refuseNext: (errcode) => void refusals.push(errcode),
  };
  const json = (res: http.ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  /** Checks the access_token of a call the way WeChat does. */
  const tokenProblem = (token: string | null): number | undefined => {
    if (!token) return 41001;
    if (token === stable) return stableExpired ? 42001 : undefined;
    if (token === classic) return undefined;
    return 40001;
  };
  const refuseToken = (res: http.ServerResponse, problem: number) => {
    api.tokenRefusals.push(problem);
    return json(res, { errcode: problem, errmsg: problem === 42001 ? 'access_token expired' : 'invalid credential' });
  };
  const sendMedia = (res: http.ServerResponse, id: string) => {
    const media = api.media.get(id);
    if (!media) return json(res, { errcode: 40007, errmsg: 'invalid media_id' });
    api.downloads.push(id);
    if (api.mediaDelayMs > 0) return void setTimeout(() => sendBytes(res, media), api.mediaDelayMs);
    return sendBytes(res, media);
  };
  const sendBytes = (res: http.ServerResponse, media: { bytes: Buffer; type: string }) => {
    res.writeHead(200, { 'content-type': media.type, 'content-length': media.bytes.length, 'content-disposition': 'attachment; filename="media.png"' });
    return res.end(media.bytes);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', async () => {
      const bytes = Buffer.concat(chunks);
      const raw = bytes.toString('utf8');
      if (url.pathname === '/cgi-bin/stable_token') {
        if (req.method !== 'POST') return json(res, { errcode: 43002, errmsg: 'require POST method' });
        let body: { grant_type?: string; appid?: string; secret?: string; force_refresh?: boolean };
        try {
          body = JSON.parse(raw);
        } catch {
          return json(res, { errcode: 47001, errmsg: 'data format error' });
        }
        if (body.grant_type !== 'client_credential') return json(res, { errcode: 40002, errmsg: 'invalid grant_type' });
        if (body.appid !== appId || body.secret !== appSecret) return json(res, { errcode: 40125, errmsg: 'invalid appsecret' });
        api.tokenFetches++;
        // Normal mode gives the live token; a new one only when there is none, it expired, or on force_refresh.
        if (!stable || stableExpired || body.force_refresh === true) stable = `STABLE_TOKEN_${++n}`;
        stableExpired = false;
        return json(res, { access_token: stable, expires_in: 7200 });
      }
      if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
        if (url.searchParams.get('grant_type') !== 'client_credential') return json(res, { errcode: 40002, errmsg: 'invalid grant_type' });
        if (url.searchParams.get('appid') !== appId || url.searchParams.get('secret') !== appSecret) return json(res, { errcode: 40125, errmsg: 'invalid appsecret' });
        api.classicTokenFetches++;
        classic = `ACCESS_TOKEN_${++n}`;
        return json(res, { access_token: classic, expires_in: 7200 });
      }
      if (req.method === 'GET' && url.pathname.startsWith('/mmbiz/')) return sendMedia(res, decodeURIComponent(url.pathname.slice('/mmbiz/'.length)));
      const token = url.searchParams.get('access_token');
      if (req.method === 'POST' && url.pathname === '/cgi-bin/message/custom/send') {
        const problem = tokenProblem(token);
        if (problem) return refuseToken(res, problem);
        let body: { touser?: string; msgtype?: string; text?: { content?: string }; image?: { media_id?: string } };
        try {
          body = JSON.parse(raw);
        } catch {
          return json(res, { errcode: 47001, errmsg: 'data format error' });
        }
        const image = body.msgtype === 'image';
        if (!body.touser || (image ? !body.image?.media_id : body.msgtype !== 'text' || !body.text?.content)) return json(res, { errcode: 44002, errmsg: 'empty post data' });
        if (image && !api.uploaded.has(body.image!.media_id!)) return json(res, { errcode: 40007, errmsg: 'invalid media_id' });
        // For a picture, the media_id stands for its content.
        const content = image ? body.image!.media_id! : body.text!.content!;
        const refuse = (errcode: number, errmsg: string) => {
          api.refused.push({ touser: body.touser!, errcode, content });
          return json(res, { errcode, errmsg });
        };
        const refusal = refusals.shift();
        if (refusal !== undefined) return refuse(refusal, refusal === -1 ? 'system error' : 'refused as told');
        if (!api.verified) return refuse(48001, 'api unauthorized');
        if (!image && Buffer.byteLength(content, 'utf8') > 2048) return refuse(45002, 'content size out of limit');
        const window = windows.get(body.touser);
        if (!window || now() - window.at > CUSTOMER_WINDOW_MS) return refuse(45015, 'response out of time limit or subscription is canceled');
        if (window.sent >= MESSAGES_PER_CUSTOMER_MESSAGE) return refuse(45047, 'out of response count limit');
        window.sent++;
        api.sent.push({ touser: body.touser, msgtype: image ? 'image' : 'text', content, token: token! });
        for (const w of waiters.filter((w) => api.sent.length >= w.count)) w.resolve();
        return json(res, { errcode: 0, errmsg: 'ok' });
      }
      if (req.method === 'POST' && url.pathname === '/cgi-bin/media/upload') {
        const problem = tokenProblem(token);
        if (problem) return refuseToken(res, problem);
        if (url.searchParams.get('type') !== 'image') return json(res, { errcode: 40004, errmsg: 'invalid media type' });
        if (!api.verified) return json(res, { errcode: 48001, errmsg: 'api unauthorized' });
        const type = req.headers['content-type'] ?? '';
        if (!type.startsWith('multipart/form-data')) return json(res, { errcode: 41005, errmsg: 'media data missing' });
        const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData().catch(() => undefined);
        const media = form?.get('media');
        if (!media || typeof media === 'string') return json(res, { errcode: 41005, errmsg: 'media data missing' });
        const data = Buffer.from(await media.arrayBuffer());
        if (data.length > 10 * 1024 * 1024) return json(res, { errcode: 40009, errmsg: 'invalid image size' });
        const png = data.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        const jpeg = data[0] === 0xff && data[1] === 0xd8;
        const gif = data.subarray(0, 3).toString('latin1') === 'GIF';
        if (!png && !jpeg && !gif) return json(res, { errcode: 40005, errmsg: 'invalid file type' });
        const mediaId = `MEDIA_${++n}_${media.name}`;
        api.uploaded.set(mediaId, { bytes: data, filename: media.name, type: media.type });
        return json(res, { type: 'image', media_id: mediaId, created_at: Math.floor(now() / 1000) });
      }
      if (req.method === 'GET' && url.pathname === '/cgi-bin/media/get') {
        const problem = tokenProblem(token);
        if (problem) return refuseToken(res, problem);
        if (!api.verified) return json(res, { errcode: 48001, errmsg: 'api unauthorized' });
        return sendMedia(res, url.searchParams.get('media_id') ?? '');
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const extra: Pick<FakeWechatApi, 'url' | 'close'> = {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return Object.assign(api, extra);
}
