/**
 * The official-account callback, mounted on the real server (`startServer`) over real HTTP on
 * 127.0.0.1, with WeChat's API played by a local fake speaking its JSON protocol. The bot, the
 * SQLite desk and the OCR are all real.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import { signatureOf } from '../../channels/wechat/oa-signature';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { startFakeWechatApi, type FakeWechatApi } from '../../testing/fake-wechat-api';
import { sqliteOf } from '../../testing/desk';

const TOKEN = 'oa-callback-token';
const ACCOUNT = 'gh_aftersales';
const RECEIPT = path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png');

describe('official-account callback', () => {
  const temp = tempDir('wechat-oa-');
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  let fake: FakeWechatApi;
  let server: RunningServer;
  let msgId = 7_000_000_000_000_000;

  beforeAll(async () => {
    fake = await startFakeWechatApi();
    const config = loadConfig({
      AFTERSALES_DATA_DIR: temp.dir,
      PORT: '0',
      WECHAT_OA_TOKEN: TOKEN,
      WECHAT_OA_APP_ID: fake.appId,
      WECHAT_OA_APP_SECRET: fake.appSecret,
      WECHAT_API_BASE_URL: fake.url,
      WECHAT_OA_REPLY_WINDOW: '4s',
    });
    server = await startServer(config, { clock });
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    temp.cleanup();
  });

  function signed(extra: Record<string, string> = {}, age = 0): URLSearchParams {
    const timestamp = String(Math.floor(clock.now().getTime() / 1000) - age);
    const nonce = `n${Math.random().toString(36).slice(2)}`;
    return new URLSearchParams({ signature: signatureOf(TOKEN, timestamp, nonce), timestamp, nonce, openid: 'ignored', ...extra });
  }

  function xml(fields: Record<string, string | number>): string {
    const body = Object.entries(fields)
      .map(([k, v]) => (typeof v === 'number' ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
      .join('');
    return `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><CreateTime>${Math.floor(clock.now().getTime() / 1000)}</CreateTime>${body}</xml>`;
  }

  async function post(body: string, query: URLSearchParams = signed()) {
    // WeChat knows the customer wrote: its 48-hour window and count of 5 start again.
    const from = /<FromUserName><!\[CDATA\[([^\]]+)\]\]>/.exec(body)?.[1];
    if (from && !/<MsgType><!\[CDATA\[event\]\]>/.test(body)) fake.customerWrote(from);
    const res = await fetch(`${server.url}/wechat/official?${query}`, { method: 'POST', body, headers: { 'content-type': 'text/xml' } });
    return { status: res.status, text: await res.text() };
  }

  const text = (openId: string, content: string, id = ++msgId) => xml({ FromUserName: openId, MsgType: 'text', Content: content, MsgId: id });
  const contentOf = (reply: string) => /<Content><!\[CDATA\[([\s\S]*)\]\]><\/Content>/.exec(reply)?.[1];
  const inboundCount = async (channelMessageId: string) =>
    (await sqliteOf(server.context.assistant.desk).db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM messages WHERE channel = 'wechat_oa' AND channel_message_id = ?`, [channelMessageId]))[0]!.n;

  describe('signature', () => {
    it('answers the URL check with echostr when signed', async () => {
      const res = await fetch(`${server.url}/wechat/official?${signed({ echostr: 'echo-4711' })}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('echo-4711');
    });

    it.each([
      ['missing', () => new URLSearchParams({ echostr: 'x' }), /missing/],
      ['wrong', () => new URLSearchParams({ ...Object.fromEntries(signed({ echostr: 'x' })), signature: 'f'.repeat(40) }), /bad/],
      [
        'signed with another token',
        () => {
          const p = signed({ echostr: 'x' });
          p.set('signature', signatureOf('not-our-token', p.get('timestamp')!, p.get('nonce')!));
          return p;
        },
        /bad/,
      ],
      ['stale (10 minutes old)', () => signed({ echostr: 'x' }, 600), /stale/],
    ])('refuses a %s signature, on GET and POST', async (_name, query, reason) => {
      const get = await fetch(`${server.url}/wechat/official?${query()}`);
      expect(get.status).toBe(401);
      expect(await get.text()).toMatch(reason);
      const before = fake.sent.length;
      const posted = await post(text('o-unsigned', '空调显示E1'), query());
      expect(posted.status).toBe(401);
      expect(posted.text).toMatch(reason);
      expect(fake.sent.length).toBe(before);
    });
  });

  it('answers a text message with a passive reply inside the window', async () => {
    const id = ++msgId;
    const res = await post(text('o-alice', '我家格力空调显示E1，不制冷', id));
    expect(res.status).toBe(200);
    expect(res.text).toContain('<ToUserName><![CDATA[o-alice]]></ToUserName>');
    expect(res.text).toContain(`<FromUserName><![CDATA[${ACCOUNT}]]></FromUserName>`);
    expect(res.text).toContain('<MsgType><![CDATA[text]]></MsgType>');
    expect(contentOf(res.text)).toMatch(/E1/);
    expect(await inboundCount(String(id))).toBe(1);
  });

  it('handles a retried MsgId once and answers the retry with the same reply', async () => {
    const id = ++msgId;
    const body = text('o-bob', '格力空调显示E1，不制冷', id);
    const [first, retry] = await Promise.all([post(body), post(body)]);
    const third = await post(body);
    expect(first.status).toBe(200);
    expect(contentOf(first.text)).toMatch(/E1/);
    expect(retry.text).toBe(first.text);
    expect(third.text).toBe(first.text);
    expect(await inboundCount(String(id))).toBe(1);
    const replies = await sqliteOf(server.context.assistant.desk).db.all<{ n: number }>(
      `SELECT COUNT(*) AS n FROM messages WHERE channel = 'wechat_oa' AND direction = 'out' AND conversation_id = (SELECT conversation_id FROM messages WHERE channel_message_id = ?)`,
      [String(id)],
    );
    expect(replies[0]!.n).toBe(1);
  });

  it("handles one customer's messages one after another, so neither turn undoes the other", async () => {
    const [a, b] = await Promise.all([post(text('o-hana', '空调显示E1')), post(text('o-hana', '洗衣机不排水'))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [row] = await sqliteOf(server.context.assistant.desk).db.all<{ state: string }>(`SELECT state FROM conversations WHERE channel = 'wechat_oa' AND customer_ref = 'o-hana'`);
    // Run side by side, both turns would read turns=0 and both write turns=1.
    expect(JSON.parse(row!.state).turns).toBe(2);
  });

  it('greets a new follower and acknowledges an unfollow', async () => {
    const follow = await post(xml({ FromUserName: 'o-carol', MsgType: 'event', Event: 'subscribe' }));
    expect(contentOf(follow.text)).toContain('售后智能助手');
    expect(contentOf(follow.text)).toContain('after-sales assistant');
    const unfollow = await post(xml({ FromUserName: 'o-carol', MsgType: 'event', Event: 'unsubscribe' }));
    expect(unfollow).toEqual({ status: 200, text: 'success' });
  });

  it('asks for text when a voice note comes without recognition, and reads recognised speech', async () => {
    const bare = await post(xml({ FromUserName: 'o-dan', MsgType: 'voice', MediaId: 'voice-1', Format: 'amr', MsgId: ++msgId }));
    expect(contentOf(bare.text)).toContain('语音');
    expect(contentOf(bare.text)).toContain('voice');
    const recognised = await post(xml({ FromUserName: 'o-dan', MsgType: 'voice', MediaId: 'voice-2', Format: 'amr', Recognition: '热水器显示E1', MsgId: ++msgId }));
    expect(contentOf(recognised.text)).toMatch(/E1/);
  });

  it('acknowledges kinds it does not handle (location) without answering', async () => {
    const res = await post(xml({ FromUserName: 'o-dan', MsgType: 'location', Location_X: '39.9', Location_Y: '116.4', MsgId: ++msgId }));
    expect(res).toEqual({ status: 200, text: 'success' });
  });

  it('refuses malformed XML with a clear error', async () => {
    expect(await post('<xml><MsgType>text')).toMatchObject({ status: 400, text: expect.stringMatching(/XML|callback/) });
    expect(await post('<!DOCTYPE x [<!ENTITY a "aaaa">]><xml><ToUserName>&a;</ToUserName></xml>')).toMatchObject({ status: 400 });
    expect(await post(xml({ FromUserName: 'o-x', MsgType: 'text', Content: 'hi' }))).toMatchObject({ status: 400, text: expect.stringMatching(/MsgId/) });
  });

  it('answers a receipt photo at once with "success" and sends the warranty answer through the customer-service API', async () => {
    fake.media.set('receipt-media-1', { bytes: fs.readFileSync(RECEIPT), type: 'image/png' });
    await post(text('o-erin', '空调还在保修期吗？'));
    const before = fake.sent.length;
    const body = xml({ FromUserName: 'o-erin', MsgType: 'image', PicUrl: 'http://mmbiz.example/p.jpg', MediaId: 'receipt-media-1', MsgId: ++msgId });
    const res = await post(body);
    expect(res).toEqual({ status: 200, text: 'success' });
    // WeChat retries while the photo is being read: not handled again.
    expect(await post(body)).toEqual({ status: 200, text: 'success' });
    await fake.waitForSent(before + 1);
    const answer = fake.sent[before]!;
    expect(answer.touser).toBe('o-erin');
    expect(answer.content).toContain('2025年3月15日');
    expect(await inboundCount(String(msgId))).toBe(1);
    await server.context.relays.find((r) => (r as unknown as { options: { destination: string } }).options.destination === 'customer:wechat_oa')!.drain();
    expect(fake.sent.slice(before).filter((s) => s.touser === 'o-erin')).toHaveLength(1);
    expect(await server.context.assistant.desk.outbox.pendingCount('customer:wechat_oa')).toBe(0);
  });

  it('tells the customer when a photo cannot be fetched or is not an image', async () => {
    fake.media.set('not-an-image', { bytes: Buffer.from('%PDF-1.4 pretend invoice'), type: 'image/jpeg' });
    const before = fake.sent.length;
    await post(xml({ FromUserName: 'o-fay', MsgType: 'image', MediaId: 'not-an-image', MsgId: ++msgId }));
    await fake.waitForSent(before + 1);
    expect(fake.sent[before]).toMatchObject({ touser: 'o-fay', content: expect.stringMatching(/JPG.*PNG/) });
  });

  it('refreshes an expired access token once and retries the send', async () => {
    const desk = server.context.assistant.desk;
    // A customer of its own, so the test does not depend on another one having written first.
    expect((await post(text('o-token', '我家美的洗衣机显示E21，不排水'))).status).toBe(200);
    const sentBefore = fake.sent.length;
    // An agent's reply is queued for customer:wechat_oa, as the handoff desk does. The notice that
    // a person joined goes out first, so a token is held before it expires.
    const conv = await sqliteOf(desk).db.all<{ id: number }>(`SELECT id FROM conversations WHERE channel = 'wechat_oa' AND customer_ref = 'o-token'`);
    await server.context.assistant.handoffs.takeOver(conv[0]!.id, 'agent.wang');
    await fake.waitForSent(sentBefore + 1);
    const fetchesBefore = fake.tokenFetches;
    fake.expireToken();
    await server.context.assistant.handoffs.agentReply(conv[0]!.id, 'agent.wang', '您好，我是客服小王。');
    await fake.waitForSent(sentBefore + 2);
    expect(fake.sent.slice(sentBefore).map((s) => s.content)).toEqual([expect.stringContaining('人工客服已接入'), '您好，我是客服小王。']);
    expect(fake.tokenRefusals.at(-1)).toBe(42001);
    expect(fake.tokenFetches).toBe(fetchesBefore + 1);
    // Voided elsewhere (another server fetched a new token): 40001, refreshed the same way.
    fake.voidToken();
    await server.context.assistant.handoffs.agentReply(conv[0]!.id, 'agent.wang', '师傅明天上午到。');
    await fake.waitForSent(sentBefore + 3);
    expect(fake.tokenRefusals.at(-1)).toBe(40001);
    expect(fake.tokenFetches).toBe(fetchesBefore + 2);
  });

  it('sends every answer through the API when the reply window is zero', async () => {
    const config = loadConfig({
      AFTERSALES_DATA_DIR: path.join(temp.dir, 'second'),
      PORT: '0',
      WECHAT_OA_TOKEN: TOKEN,
      WECHAT_OA_APP_ID: fake.appId,
      WECHAT_OA_APP_SECRET: fake.appSecret,
      WECHAT_API_BASE_URL: fake.url,
      WECHAT_OA_REPLY_WINDOW: '0s',
    });
    const second = await startServer(config, { clock });
    try {
      const before = fake.sent.length;
      fake.customerWrote('o-gus');
      const res = await fetch(`${second.url}/wechat/official?${signed()}`, { method: 'POST', body: text('o-gus', '冰箱不制冷怎么办') });
      expect(await res.text()).toBe('success');
      await fake.waitForSent(before + 1);
      expect(fake.sent[before]).toMatchObject({ touser: 'o-gus', content: expect.stringContaining('售后智能助手') });
    } finally {
      await second.close();
    }
  });
});
