/**
 * The official account against WeChat's documented rules, each over real HTTP on 127.0.0.1 with
 * the real server, bot and SQLite desk, and WeChat's API played by a fake that enforces the rules
 * (testing/fake-wechat-api.ts): per-customer ordering when one customer is refused (45047,
 * 45015), parking and the desk notice, long replies, stable_token, unverified accounts answered
 * only passively through WeChat's retries, and safe mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import { OaCrypto } from '../../channels/wechat/oa-crypto';
import { signatureOf } from '../../channels/wechat/oa-signature';
import { byteLength } from '../../channels/split-reply';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { startFakeWechatApi, type FakeWechatApi } from '../../testing/fake-wechat-api';
import { sqliteOf } from '../../testing/desk';

const TOKEN = 'oa-rules-token';
const ACCOUNT = 'gh_rules';
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const RECEIPT = path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png');
const DEST = 'customer:wechat_oa';
let msgId = 8_100_000_000_000_000;

interface World {
  fake: FakeWechatApi;
  server: RunningServer;
  clock: FixedClock;
}

async function world(dir: string, env: Record<string, string>, verified: boolean): Promise<World> {
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  const fake = await startFakeWechatApi({ verified, now: () => clock.now().getTime() });
  const config = loadConfig({
    AFTERSALES_DATA_DIR: dir,
    PORT: '0',
    WECHAT_OA_TOKEN: TOKEN,
    WECHAT_OA_APP_ID: fake.appId,
    WECHAT_OA_APP_SECRET: fake.appSecret,
    WECHAT_API_BASE_URL: fake.url,
    ...env,
  });
  return { fake, clock, server: await startServer(config, { clock }) };
}

function signed(clock: FixedClock): URLSearchParams {
  const timestamp = String(Math.floor(clock.now().getTime() / 1000));
  const nonce = `n${Math.random().toString(36).slice(2)}`;
  return new URLSearchParams({ signature: signatureOf(TOKEN, timestamp, nonce), timestamp, nonce });
}

function xml(clock: FixedClock, fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([k, v]) => (typeof v === 'number' ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
    .join('');
  return `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><CreateTime>${Math.floor(clock.now().getTime() / 1000)}</CreateTime>${body}</xml>`;
}

const contentOf = (reply: string) => /<Content><!\[CDATA\[([\s\S]*)\]\]><\/Content>/.exec(reply)?.[1];

/**
 * Delivers a callback as WeChat does: a try waits `timeoutMs` (5 s in production) for an answer,
 * and an unanswered try is made again, three tries in all.
 */
async function wechatDelivers(w: World, body: string, timeoutMs: number): Promise<{ tries: number; status?: number; text?: string }> {
  for (let tries = 1; tries <= 3; tries++) {
    try {
      const res = await fetch(`${w.server.url}/wechat/official?${signed(w.clock)}`, { method: 'POST', body, signal: AbortSignal.timeout(timeoutMs) });
      return { tries, status: res.status, text: await res.text() };
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
    }
  }
  return { tries: 3 };
}

/** The customer writes (WeChat opens its 48-hour window and the count of 5) and the callback is answered. */
async function customerWrites(w: World, openId: string, content: string, id = ++msgId) {
  w.fake.customerWrote(openId);
  const res = await fetch(`${w.server.url}/wechat/official?${signed(w.clock)}`, { method: 'POST', body: xml(w.clock, { FromUserName: openId, MsgType: 'text', Content: content, MsgId: id }) });
  return { status: res.status, text: await res.text() };
}

const relayOf = (w: World) => w.server.context.relays.find((r) => r.destination === DEST)!;

async function conversationOf(w: World, openId: string): Promise<number> {
  const rows = await sqliteOf(w.server.context.assistant.desk).db.all<{ id: number }>(`SELECT id FROM conversations WHERE channel = 'wechat_oa' AND customer_ref = ?`, [openId]);
  return rows[0]!.id;
}

/** An agent's message for a customer, queued as the desk queues it. */
async function agentSays(w: World, openId: string, text: string): Promise<void> {
  const payload = { channel: 'wechat_oa', customerRef: openId, conversationId: await conversationOf(w, openId), kind: 'agent', text };
  await w.server.context.assistant.desk.outbox.enqueue({ destination: DEST, kind: 'message', payload });
}

async function deskNotices(w: World): Promise<{ conversationId: number; messageKind: string; notice: string }[]> {
  const rows = await sqliteOf(w.server.context.assistant.desk).db.all<{ payload: string }>(`SELECT payload FROM outbox WHERE destination = 'web-desk' AND kind = 'delivery.parked' ORDER BY id`);
  return rows.map((r) => JSON.parse(r.payload));
}

describe('verified account: customer-service messages under WeChat rules', () => {
  const temp = tempDir('wechat-oa-rules-');
  let w: World;

  beforeAll(async () => {
    w = await world(temp.dir, { WECHAT_ACCOUNT_KIND: 'verified', WECHAT_OA_REPLY_WINDOW: '4s' }, true);
    for (const c of ['o-ann', 'o-ben', 'o-cal', 'o-dee']) await customerWrites(w, c, '空调显示E1');
    await relayOf(w).drain();
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  it("one customer's refused deliveries (45047) hold nobody else's: 3 of 3 other customers delivered, hers parked and sent when she writes", async () => {
    // Everyone has just written (another test may have moved the clock past WeChat's 48 hours).
    for (const c of ['o-ann', 'o-ben', 'o-cal', 'o-dee']) await customerWrites(w, c, '空调显示E1');
    await relayOf(w).drain();
    for (let i = 1; i <= 7; i++) await agentSays(w, 'o-ann', `安装师傅第${i}条消息。`);
    for (const c of ['o-ben', 'o-cal', 'o-dee']) await agentSays(w, c, `${c} 您好，师傅明天到。`);
    await relayOf(w).drain();
    const to = (c: string) => w.fake.sent.filter((s) => s.touser === c).map((s) => s.content);
    // Five per customer message: the sixth is refused with 45047.
    expect(to('o-ann').filter((t) => t.startsWith('安装师傅'))).toEqual([1, 2, 3, 4, 5].map((i) => `安装师傅第${i}条消息。`));
    expect(w.fake.refused.filter((r) => r.touser === 'o-ann').map((r) => r.errcode)).toContain(45047);
    for (const c of ['o-ben', 'o-cal', 'o-dee']) expect(to(c)).toContain(`${c} 您好，师傅明天到。`);
    // Parked, not retried with time: nothing pending, and the desk is told, in both languages.
    expect(await w.server.context.assistant.desk.outbox.pendingCount(DEST)).toBe(0);
    const annConversation = await conversationOf(w, 'o-ann');
    const notices = (await deskNotices(w)).filter((n) => n.conversationId === annConversation);
    expect(notices).toHaveLength(2);
    expect(notices[0]!.notice).toMatch(/客户需先发来消息/);
    expect(notices[0]!.notice).toMatch(/customer must write first/);
    w.clock.advance(60_000);
    await relayOf(w).drain();
    expect(to('o-ann').filter((t) => t.startsWith('安装师傅'))).toHaveLength(5);
    // She writes: the two parked messages go, in order.
    await customerWrites(w, 'o-ann', '好的，谢谢');
    await relayOf(w).drain();
    expect(to('o-ann').filter((t) => t.startsWith('安装师傅'))).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `安装师傅第${i}条消息。`));
  });

  it('parks a message after 48 hours without a customer message (45015) and sends it when they write', async () => {
    w.clock.advance(49 * 3600_000);
    await agentSays(w, 'o-ben', '您的配件已到货。');
    await relayOf(w).drain();
    expect(w.fake.refused.at(-1)).toMatchObject({ touser: 'o-ben', errcode: 45015 });
    expect(w.fake.sent.map((s) => s.content)).not.toContain('您的配件已到货。');
    await customerWrites(w, 'o-ben', '配件到了吗');
    await relayOf(w).drain();
    expect(w.fake.sent.filter((s) => s.touser === 'o-ben').map((s) => s.content)).toContain('您的配件已到货。');
  });

  it('sends a long message in pieces under 2048 bytes, in order, never refused with 45002', async () => {
    await customerWrites(w, 'o-cal', '还有问题');
    await relayOf(w).drain();
    const long = Array.from({ length: 60 }, (_, i) => `第${i + 1}项：请检查室外机周围是否有遮挡物，保持通风良好。`).join('');
    expect(byteLength(long)).toBeGreaterThan(4096);
    const before = w.fake.sent.length;
    await agentSays(w, 'o-cal', long);
    await relayOf(w).drain();
    const pieces = w.fake.sent
      .slice(before)
      .filter((s) => s.touser === 'o-cal')
      .map((s) => s.content);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const p of pieces) expect(byteLength(p)).toBeLessThanOrEqual(2048);
    expect(pieces.join('')).toBe(long);
    expect(w.fake.refused.filter((r) => r.errcode === 45002)).toHaveLength(0);
  });

  it('uses stable_token, so another system fetching /cgi-bin/token does not void ours', async () => {
    // A first message takes a live token (another test may have moved the clock past the last one).
    await customerWrites(w, 'o-dee', '在吗');
    await agentSays(w, 'o-dee', '您好。');
    await relayOf(w).drain();
    const fetches = w.fake.tokenFetches;
    const refusals = w.fake.tokenRefusals.length;
    w.fake.otherSystemFetchesClassicToken();
    await agentSays(w, 'o-dee', '在的，请讲。');
    await relayOf(w).drain();
    expect(w.fake.sent.at(-1)).toMatchObject({ touser: 'o-dee', content: '在的，请讲。', token: expect.stringMatching(/^STABLE_TOKEN_/) });
    expect(w.fake.tokenFetches).toBe(fetches);
    expect(w.fake.classicTokenFetches).toBe(0);
    expect(w.fake.tokenRefusals).toHaveLength(refusals);
  });
});

describe('unverified account: passive answers only, through WeChat retries', () => {
  const temp = tempDir('wechat-oa-unverified-');
  let w: World;
  const inbound = async (id: number) =>
    (await sqliteOf(w.server.context.assistant.desk).db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM messages WHERE channel = 'wechat_oa' AND channel_message_id = ?`, [String(id)]))[0]!.n;

  beforeAll(async () => {
    w = await world(temp.dir, { WECHAT_ACCOUNT_KIND: 'unverified', WECHAT_OA_REPLY_WINDOW: '0.3s' }, false);
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  it('answers a text passively and never calls the customer-service API', async () => {
    const res = await wechatDelivers(w, xml(w.clock, { FromUserName: 'o-uma', MsgType: 'text', Content: '格力空调显示E1，不制冷', MsgId: ++msgId }), 3000);
    expect(res.tries).toBe(1);
    expect(contentOf(res.text!)).toMatch(/E1/);
    await relayOf(w).drain();
    expect(w.fake.sent).toHaveLength(0);
    expect(w.fake.refused).toHaveLength(0);
  });

  it('lets WeChat retry a slow photo, handles it once, gives a "send any message" notice on the last try and the answer with the next message', async () => {
    w.fake.media.set('slow-receipt', { bytes: fs.readFileSync(RECEIPT), type: 'image/png' });
    w.fake.mediaDelayMs = 2500;
    await wechatDelivers(w, xml(w.clock, { FromUserName: 'o-vic', MsgType: 'text', Content: '空调还在保修期吗？', MsgId: ++msgId }), 3000);
    const id = ++msgId;
    const photo = xml(w.clock, { FromUserName: 'o-vic', MsgType: 'image', PicUrl: `${w.fake.url}/mmbiz/slow-receipt`, MediaId: 'slow-receipt', MsgId: id });
    const res = await wechatDelivers(w, photo, 700);
    // The first two tries were held unanswered; the third answered within its window with the notice.
    expect(res.tries).toBe(3);
    expect(contentOf(res.text!)).toContain('回复任意内容获取答复');
    expect(await inbound(id)).toBeLessThanOrEqual(1);
    // media/get is refused (48001) on this account: the photo came from its PicUrl, once.
    expect(w.fake.downloads.filter((d) => d === 'slow-receipt')).toHaveLength(1);
    // The answer is ready a little later; the customer writes anything and gets it.
    await expect.poll(async () => (await w.server.context.assistant.desk.outbox.waiting(DEST, 'o-vic')).length, { timeout: 40_000 }).toBeGreaterThan(0);
    expect(await inbound(id)).toBe(1);
    const next = await wechatDelivers(w, xml(w.clock, { FromUserName: 'o-vic', MsgType: 'text', Content: '好了吗', MsgId: ++msgId }), 3000);
    expect(contentOf(next.text!)).toContain('2025年3月15日');
    w.fake.mediaDelayMs = 0;
  }, 60_000);

  it("keeps an agent's message for the customer's next message, tells the desk, and splits a long one across answers", async () => {
    await wechatDelivers(w, xml(w.clock, { FromUserName: 'o-wen', MsgType: 'text', Content: '洗衣机显示E4，不排水', MsgId: ++msgId }), 3000);
    const long = Array.from({ length: 50 }, (_, i) => `第${i + 1}项：请清理排水泵过滤器，检查排水管是否弯折。`).join('');
    await agentSays(w, 'o-wen', long);
    await relayOf(w).drain();
    expect(w.fake.sent).toHaveLength(0);
    const conversation = await conversationOf(w, 'o-wen');
    expect((await deskNotices(w)).filter((n) => n.conversationId === conversation && n.messageKind === 'agent')).toHaveLength(1);
    const answers: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await wechatDelivers(w, xml(w.clock, { FromUserName: 'o-wen', MsgType: 'text', Content: '嗯', MsgId: ++msgId }), 3000);
      answers.push(contentOf(res.text!)!);
    }
    for (const a of answers) expect(byteLength(a)).toBeLessThanOrEqual(2048);
    expect(answers[0]).toContain('第1项');
    expect(answers[0]).toContain('回复任意内容查看后续');
    const given = answers.join('');
    for (let i = 1; i <= 50; i++) expect(given).toContain(`第${i}项：`);
    // In order: each item's first appearance comes after the one before.
    const at = Array.from({ length: 50 }, (_, i) => given.indexOf(`第${i + 1}项：`));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  }, 30_000);
});

describe('safe mode (encrypt_type=aes) and compatible mode', () => {
  const temp = tempDir('wechat-oa-aes-');
  let w: World;
  let crypto: OaCrypto;

  beforeAll(async () => {
    w = await world(temp.dir, { WECHAT_OA_AES_KEY: AES_KEY }, true);
    crypto = new OaCrypto(TOKEN, AES_KEY, w.fake.appId);
    // The first turn of a fresh server loads the knowledge base; on a loaded machine that can pass
    // the 4.5 s reply window, and these tests are about the encryption, not the window.
    const warm = crypto.encrypt(xml(w.clock, { FromUserName: 'o-warm', MsgType: 'text', Content: '你好', MsgId: ++msgId }));
    await fetch(`${w.server.url}/wechat/official?${encryptedQuery(warm)}`, { method: 'POST', body: `<xml><Encrypt><![CDATA[${warm}]]></Encrypt></xml>` });
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  function encryptedQuery(encrypt: string, tamper = false): URLSearchParams {
    const q = signed(w.clock);
    const sig = crypto.signature(q.get('timestamp')!, q.get('nonce')!, encrypt);
    q.set('encrypt_type', 'aes');
    q.set('msg_signature', tamper ? sig.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) : sig);
    return q;
  }

  it('decrypts a safe-mode callback and answers encrypted, signed with msg_signature', async () => {
    const inner = xml(w.clock, { FromUserName: 'o-xia', MsgType: 'text', Content: '格力空调显示E1', MsgId: ++msgId });
    const encrypt = crypto.encrypt(inner);
    const res = await fetch(`${w.server.url}/wechat/official?${encryptedQuery(encrypt)}`, {
      method: 'POST',
      body: `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    });
    const body = await res.text();
    expect(res.status).toBe(200);
    const answer = /<Encrypt><!\[CDATA\[([^\]]+)\]\]><\/Encrypt>/.exec(body)?.[1];
    const sig = /<MsgSignature><!\[CDATA\[([0-9a-f]+)\]\]>/.exec(body)?.[1];
    const ts = /<TimeStamp>(\d+)<\/TimeStamp>/.exec(body)?.[1];
    const nonce = /<Nonce><!\[CDATA\[([^\]]+)\]\]>/.exec(body)?.[1];
    // Nothing in clear beside the ciphertext (base64 may contain any two letters, so look for the fields).
    expect(body).not.toMatch(/<Content>|<MsgType>/);
    expect(crypto.verify(sig!, ts!, nonce!, answer!)).toBe(true);
    const plain = crypto.decrypt(answer!);
    expect(plain).toContain('<ToUserName><![CDATA[o-xia]]></ToUserName>');
    expect(contentOf(plain)).toMatch(/E1/);
  });

  it('reads compatible mode (plaintext fields beside <Encrypt>) from the ciphertext, and refuses a bad msg_signature or another AppID', async () => {
    const inner = xml(w.clock, { FromUserName: 'o-yan', MsgType: 'text', Content: '洗衣机显示E4', MsgId: ++msgId });
    const encrypt = crypto.encrypt(inner);
    const compatible = inner.replace('</xml>', `<Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`);
    const ok = await fetch(`${w.server.url}/wechat/official?${encryptedQuery(encrypt)}`, { method: 'POST', body: compatible });
    expect(contentOf(crypto.decrypt(/<Encrypt><!\[CDATA\[([^\]]+)\]\]>/.exec(await ok.text())![1]!))).toMatch(/E4/);
    const bad = await fetch(`${w.server.url}/wechat/official?${encryptedQuery(encrypt, true)}`, { method: 'POST', body: compatible });
    expect(bad.status).toBe(401);
    const other = new OaCrypto(TOKEN, AES_KEY, 'wx-another-account').encrypt(xml(w.clock, { FromUserName: 'o-zed', MsgType: 'text', Content: 'hi', MsgId: ++msgId }));
    const foreign = await fetch(`${w.server.url}/wechat/official?${encryptedQuery(other)}`, { method: 'POST', body: `<xml><Encrypt><![CDATA[${other}]]></Encrypt></xml>` });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toMatch(/AppID/);
  });
});
