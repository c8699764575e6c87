/**
 * A small fake of WeCom's 微信客服 API on 127.0.0.1, for tests: it speaks the real JSON protocol
 * (gettoken, kf/sync_msg with cursor/token/has_more, kf/send_msg with the 5-message and 48-hour
 * rules, media/upload as multipart and media/get, kf/service_state/get and /trans) and plays
 * WeCom's side of the callback: it encrypts and signs the kf_msg_or_event nudge with the real
 * WXBizMsgCrypt scheme and POSTs it to the channel, as WeCom does.
 *
 * Tests make customers write (`customerWrites`) or open the chat (`customerEnters`, an
 * enter_session event with a welcome_code: one use, 20 seconds, answered with
 * kf/send_msg_on_event), then `notify` the channel, and read what was sent (`sent`, `welcomes`).
 * `failNextSync` makes the next pull fail, to stop a channel between pages; `refuseNext` makes
 * the next kf/send_msg of a kind refuse with an errcode; temporary media lasts three days.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WecomCrypto } from '../channels/wecom/wecom-crypto';

export interface FakeWecomOptions {
  corpId?: string;
  secret?: string;
  token?: string;
  encodingAesKey?: string;
  openKfIds?: string[];
  /** WeCom's clock (share the server's FixedClock so windows and signatures agree). */
  now?: () => Date;
}

type Content = { msgtype: 'text'; text: { content: string } } | { msgtype: 'image'; image: { media_id: string } } | { msgtype: string; [key: string]: unknown };

interface Logged {
  msgid: string;
  open_kfid: string;
  external_userid?: string;
  send_time: number;
  origin: number;
  [key: string]: unknown;
}

export interface SentMessage {
  touser: string;
  open_kfid: string;
  msgtype: string;
  text?: string;
  imageMediaId?: string;
  msgid: string;
}

export interface FakeWecomApi {
  url: string;
  corpId: string;
  secret: string;
  token: string;
  encodingAesKey: string;
  sent: SentMessage[];
  /** errcodes kf/send_msg answered with instead of sending. */
  refusals: number[];
  /** Welcomes sent with kf/send_msg_on_event. */
  welcomes: { code: string; touser: string; open_kfid: string; text: string }[];
  /** errcodes kf/send_msg_on_event answered with. */
  eventRefusals: number[];
  syncCalls: { cursor?: string; token?: string; limit?: number }[];
  transfers: { open_kfid: string; external_userid: string; service_state: number; servicer_userid?: string }[];
  uploads: Map<string, { bytes: Buffer; type: string; filename: string }>;
  media: Map<string, { bytes: Buffer; type: string }>;
  tokenFetches: number;
  /** A customer's message appears in the account's log; returns its msgid. */
  customerWrites(openKfId: string, externalUserId: string, content: string | Content): string;
  /** The customer opens the chat: an enter_session event (origin 4) with a fresh welcome_code; returns the code. */
  customerEnters(openKfId: string, externalUserId: string): string;
  /** The next kf/send_msg of this msgtype, or the next kf/service_state/trans (`service_state`), is refused with `errcode` (once). */
  refuseNext(msgtype: 'text' | 'image' | 'service_state', errcode: number): void;
  /** A system event (origin 4) or a WeCom servicer's message (origin 5) appears in the log. */
  logRaw(record: Omit<Logged, 'msgid' | 'send_time'> & Record<string, unknown>): string;
  /** POSTs the encrypted kf_msg_or_event callback for the account to `callbackUrl`; returns the HTTP status. */
  notify(callbackUrl: string, openKfId: string): Promise<number>;
  /** The encrypted URL-check query WeCom sends when the callback URL is saved, and the plaintext it expects back. */
  urlCheck(): { query: URLSearchParams; expected: string };
  /** The next kf/sync_msg call answers HTTP 500 (the pull stops between pages). */
  failNextSync(): void;
  /** The current access token stops working: the next call gets 42001. */
  expireToken(): void;
  waitForSent(count: number, timeoutMs?: number): Promise<void>;
  /** The WECOM_* settings that point the app's WeCom channel at this fake, for one customer service account. */
  settings(openKfId: string): Record<string, string>;
  close(): Promise<void>;
}

const MSG_TOKEN_TTL_MS = 10 * 60_000;
/** enter_session's welcome_code: one message within 20 seconds (document/path/96428). */
const WELCOME_CODE_TTL_MS = 20_000;
/** media/upload's media_id lasts three days. */
const MEDIA_TTL_MS = 3 * 24 * 3_600_000;
const WINDOW_MS = 48 * 3_600_000;

export async function startFakeWecomApi(options: FakeWecomOptions = {}): Promise<FakeWecomApi> {
  const corpId = options.corpId ?? 'ww-fake-corp';
  const secret = options.secret ?? 'fake-kf-secret';
  const token = options.token ?? 'fakeCallbackToken';
  const encodingAesKey = options.encodingAesKey ?? randomBytes(32).toString('base64').slice(0, 43);
  const now = options.now ?? (() => new Date());
  const accounts = new Set(options.openKfIds ?? ['wk-fake-account']);
  const crypto = new WecomCrypto(token, encodingAesKey, corpId);
  const log = new Map<string, Logged[]>();
  const msgTokens = new Map<string, { openKfId: string; expires: number }>();
  /** Per customer and account: when they last wrote, and how many messages went to them since. */
  const windows = new Map<string, { last: number; sent: number }>();
  const states = new Map<string, number>();
  const welcomeCodes = new Map<string, { openKfId: string; externalUserId: string; expires: number; used: boolean }>();
  const refuseOnce = new Map<string, number>();
  const uploadedAt = new Map<string, number>();
  let access = '';
  let expired = false;
  let failSync = false;
  let n = 0;
  const waiters: { count: number; resolve: () => void }[] = [];

  const api: Omit<FakeWecomApi, 'url' | 'close' | 'settings'> = {
    corpId,
    secret,
    token,
    encodingAesKey,
    sent: [],
    refusals: [],
    welcomes: [],
    eventRefusals: [],
    syncCalls: [],
    transfers: [],
    uploads: new Map(),
    media: new Map(),
    tokenFetches: 0,
    customerWrites(openKfId, externalUserId, content) {
      const body: Content = typeof content === 'string' ? { msgtype: 'text', text: { content } } : content;
      const at = now().getTime();
      windows.set(`${openKfId}|${externalUserId}`, { last: at, sent: 0 });
      return append(openKfId, { open_kfid: openKfId, external_userid: externalUserId, origin: 3, ...body });
    },
    customerEnters(openKfId, externalUserId) {
      const code = `WELCOME${randomBytes(8).toString('hex')}`;
      welcomeCodes.set(code, { openKfId, externalUserId, expires: now().getTime() + WELCOME_CODE_TTL_MS, used: false });
      append(openKfId, {
        open_kfid: openKfId,
        origin: 4,
        msgtype: 'event',
        event: { event_type: 'enter_session', open_kfid: openKfId, external_userid: externalUserId, scene: '', welcome_code: code },
      });
      return code;
    },
    refuseNext(msgtype, errcode) {
      refuseOnce.set(msgtype, errcode);
    },
    logRaw(record) {
      return append(String(record.open_kfid), record);
    },
    async notify(callbackUrl, openKfId) {
      const msgToken = `ENC${randomBytes(12).toString('hex')}`;
      msgTokens.set(msgToken, { openKfId, expires: now().getTime() + MSG_TOKEN_TTL_MS });
      const created = Math.floor(now().getTime() / 1000);
      const event = `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><CreateTime>${created}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event><Token><![CDATA[${msgToken}]]></Token><OpenKfId><![CDATA[${openKfId}]]></OpenKfId></xml>`;
      const encrypted = crypto.encrypt(event);
      const timestamp = String(created);
      const nonce = String(Math.floor(Math.random() * 1e9));
      const query = new URLSearchParams({ msg_signature: crypto.signature(timestamp, nonce, encrypted), timestamp, nonce });
      const body = `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>`;
      const res = await fetch(`${callbackUrl}?${query}`, { method: 'POST', body, headers: { 'content-type': 'text/xml' } });
      await res.text();
      return res.status;
    },
    urlCheck() {
      const expected = String(Math.floor(Math.random() * 1e18));
      const echostr = crypto.encrypt(expected);
      const timestamp = String(Math.floor(now().getTime() / 1000));
      const nonce = String(Math.floor(Math.random() * 1e9));
      return { query: new URLSearchParams({ msg_signature: crypto.signature(timestamp, nonce, echostr), timestamp, nonce, echostr }), expected };
    },
    failNextSync: () => void (failSync = true),
    expireToken: () => void (expired = true),
    waitForSent(count, timeoutMs = 10_000) {
      if (api.sent.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake WeCom: ${api.sent.length} of ${count} messages sent`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };

  function append(openKfId: string, record: Omit<Logged, 'msgid' | 'send_time'> & Record<string, unknown>): string {
    const msgid = `msg${++n}${randomBytes(4).toString('hex')}`;
    const list = log.get(openKfId) ?? [];
    list.push({ ...record, msgid, send_time: Math.floor(now().getTime() / 1000) } as Logged);
    log.set(openKfId, list);
    return msgid;
  }

  const json = (res: http.ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const tokenProblem = (given: string | null): { errcode: number; errmsg: string } | undefined => {
    if (!given) return { errcode: 41001, errmsg: 'access_token missing' };
    if (given !== access) return { errcode: 40014, errmsg: 'invalid access_token' };
    if (expired) return { errcode: 42001, errmsg: 'access_token expired' };
    return undefined;
  };

  const routes: Record<string, (body: Record<string, unknown>, res: http.ServerResponse) => void> = {
    '/cgi-bin/kf/sync_msg': (body, res) => {
      api.syncCalls.push({ cursor: body.cursor as string | undefined, token: body.token as string | undefined, limit: body.limit as number | undefined });
      if (failSync) {
        failSync = false;
        res.writeHead(500).end('internal error');
        return;
      }
      const openKfId = String(body.open_kfid ?? '');
      if (!accounts.has(openKfId)) return json(res, { errcode: 95000, errmsg: 'invalid open_kfid' });
      if (body.token !== undefined) {
        const known = msgTokens.get(String(body.token));
        if (!known || known.openKfId !== openKfId || known.expires < now().getTime()) return json(res, { errcode: 95007, errmsg: 'invalid msg token' });
      }
      const limit = Math.min(1000, Math.max(1, Number(body.limit ?? 1000)));
      const from = body.cursor ? Number(Buffer.from(String(body.cursor).replace(/^c_/, ''), 'base64url').toString()) : 0;
      if (!Number.isInteger(from) || from < 0) return json(res, { errcode: 95009, errmsg: 'invalid cursor' });
      const list = log.get(openKfId) ?? [];
      const page = list.slice(from, from + limit);
      const next = from + page.length;
      json(res, { errcode: 0, errmsg: 'ok', next_cursor: `c_${Buffer.from(String(next)).toString('base64url')}`, has_more: next < list.length ? 1 : 0, msg_list: page });
    },
    '/cgi-bin/kf/send_msg': (body, res) => {
      const openKfId = String(body.open_kfid ?? '');
      const touser = String(body.touser ?? '');
      if (!accounts.has(openKfId)) return json(res, { errcode: 95000, errmsg: 'invalid open_kfid' });
      const window = windows.get(`${openKfId}|${touser}`);
      const refuse = (errcode: number, errmsg: string) => {
        api.refusals.push(errcode);
        json(res, { errcode, errmsg });
      };
      if (!window || now().getTime() - window.last > WINDOW_MS) return refuse(95026, 'send msg time limit: the customer has not written in 48 hours');
      const once = refuseOnce.get(String(body.msgtype));
      if (once !== undefined) {
        refuseOnce.delete(String(body.msgtype));
        return refuse(once, `refused once by the test (${once})`);
      }
      if (window.sent >= 5) return refuse(95001, 'send msg count limit');
      const state = states.get(`${openKfId}|${touser}`) ?? 1;
      if (state !== 0 && state !== 1) return refuse(95018, 'send msg session status invalid');
      const msgtype = String(body.msgtype ?? '');
      const text = (body.text as { content?: string } | undefined)?.content;
      const image = (body.image as { media_id?: string } | undefined)?.media_id;
      if (msgtype === 'text' && (!text || Buffer.byteLength(text) > 2048)) return json(res, { errcode: 44004, errmsg: 'text content empty or over 2048 bytes' });
      if (msgtype === 'image' && (!image || !api.uploads.has(image) || now().getTime() - (uploadedAt.get(image) ?? 0) > MEDIA_TTL_MS)) return refuse(40007, 'invalid media_id');
      if (msgtype !== 'text' && msgtype !== 'image') return json(res, { errcode: 40008, errmsg: 'invalid message type' });
      window.sent++;
      const msgid = `sent${++n}`;
      api.sent.push({ touser, open_kfid: openKfId, msgtype, text, imageMediaId: image, msgid });
      for (const w of [...waiters]) {
        if (api.sent.length < w.count) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
      json(res, { errcode: 0, errmsg: 'ok', msgid });
    },
    '/cgi-bin/kf/send_msg_on_event': (body, res) => {
      const code = welcomeCodes.get(String(body.code ?? ''));
      const refuse = (errcode: number, errmsg: string) => {
        api.eventRefusals.push(errcode);
        json(res, { errcode, errmsg });
      };
      // The code's errcode is not documented on the page; 41050 is what the externalcontact welcome uses.
      if (!code || code.used || code.expires < now().getTime()) return refuse(41050, 'invalid, used or expired code');
      const text = (body.text as { content?: string } | undefined)?.content;
      if (body.msgtype !== 'text' || !text || Buffer.byteLength(text) > 2048) return json(res, { errcode: 44004, errmsg: 'text content empty or over 2048 bytes' });
      code.used = true;
      api.welcomes.push({ code: String(body.code), touser: code.externalUserId, open_kfid: code.openKfId, text });
      json(res, { errcode: 0, errmsg: 'ok', msgid: `event${++n}` });
    },
    '/cgi-bin/kf/service_state/get': (body, res) => {
      json(res, { errcode: 0, errmsg: 'ok', service_state: states.get(`${body.open_kfid}|${body.external_userid}`) ?? 1, servicer_userid: '' });
    },
    '/cgi-bin/kf/service_state/trans': (body, res) => {
      const once = refuseOnce.get('service_state');
      if (once !== undefined) {
        refuseOnce.delete('service_state');
        return json(res, { errcode: once, errmsg: `refused once by the test (${once})` });
      }
      const state = Number(body.service_state);
      if (![1, 2, 3, 4].includes(state)) return json(res, { errcode: 95016, errmsg: 'invalid service_state' });
      if (state === 3 && !body.servicer_userid) return json(res, { errcode: 95014, errmsg: 'servicer_userid required' });
      states.set(`${body.open_kfid}|${body.external_userid}`, state);
      api.transfers.push({ open_kfid: String(body.open_kfid), external_userid: String(body.external_userid), service_state: state, servicer_userid: body.servicer_userid as string | undefined });
      json(res, { errcode: 0, errmsg: 'ok', msg_code: state === 3 ? `code${++n}` : undefined });
    },
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks);
      if (req.method === 'GET' && url.pathname === '/cgi-bin/gettoken') {
        if (url.searchParams.get('corpid') !== corpId || url.searchParams.get('corpsecret') !== secret) return json(res, { errcode: 40001, errmsg: 'invalid credential' });
        api.tokenFetches++;
        // As WeCom documents: within its 7200 s a repeated gettoken returns the same token; only an
        // expired one is replaced. (A fresh token per call let a test's own fetch invalidate the
        // server's token, or the other way round, depending on timing.)
        if (!access || expired) access = `WECOM_TOKEN_${++n}`;
        expired = false;
        return json(res, { errcode: 0, errmsg: 'ok', access_token: access, expires_in: 7200 });
      }
      const problem = tokenProblem(url.searchParams.get('access_token'));
      if (problem) return json(res, problem);
      if (req.method === 'GET' && url.pathname === '/cgi-bin/media/get') {
        const media = api.media.get(url.searchParams.get('media_id') ?? '');
        if (!media) return json(res, { errcode: 40007, errmsg: 'invalid media_id' });
        res.writeHead(200, { 'content-type': media.type, 'content-length': media.bytes.length });
        return res.end(media.bytes);
      }
      if (req.method === 'POST' && url.pathname === '/cgi-bin/media/upload') {
        if (url.searchParams.get('type') !== 'image') return json(res, { errcode: 40004, errmsg: 'invalid media type' });
        // Multipart, as WeCom takes it: one part named "media" with a filename.
        const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: raw }).formData().catch(() => undefined);
        const file = form?.get('media');
        if (!file || typeof file === 'string') return json(res, { errcode: 41006, errmsg: 'media data missing' });
        const mediaId = `media${++n}`;
        api.uploads.set(mediaId, { bytes: Buffer.from(await file.arrayBuffer()), type: file.type, filename: file.name });
        uploadedAt.set(mediaId, now().getTime());
        return json(res, { errcode: 0, errmsg: 'ok', type: 'image', media_id: mediaId, created_at: String(Math.floor(now().getTime() / 1000)) });
      }
      const route = req.method === 'POST' ? routes[url.pathname] : undefined;
      if (!route) return json(res, { errcode: 404, errmsg: `no such method ${url.pathname}` });
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return json(res, { errcode: 47001, errmsg: 'data format error' });
      }
      route(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    ...api,
    // Arrays and maps are shared with `api`, so what the routes record is what tests read.
    get sent() {
      return api.sent;
    },
    get tokenFetches() {
      return api.tokenFetches;
    },
    url: `http://127.0.0.1:${port}`,
    settings: (openKfId) => ({
      WECOM_CORP_ID: corpId,
      WECOM_SECRET: secret,
      WECOM_TOKEN: token,
      WECOM_ENCODING_AES_KEY: encodingAesKey,
      WECOM_OPEN_KFID: openKfId,
      WECOM_API_BASE_URL: `http://127.0.0.1:${port}`,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
