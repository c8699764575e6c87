/**
 * The official account's replies as the merge of the two designs makes them: each reply of the
 * bot is committed with its outbox item in the customer's lane, split under 2048 bytes where it is
 * given, marked delivered by a passive answer, left to the relay on a verified account (which
 * parks it for that customer on 45047) and kept owed on an unverified one until the customer
 * writes. Real server, bot and SQLite desk over HTTP on 127.0.0.1; WeChat's API is the local fake
 * that enforces its rules. The clock is fixed, so no hold ever runs out by itself here: what
 * happens to an item is what the channel did to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import { signatureOf } from '../../channels/wechat/oa-signature';
import { byteLength } from '../../channels/split-reply';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { startFakeWechatApi, type FakeWechatApi } from '../../testing/fake-wechat-api';
import { sqliteOf } from '../../testing/desk';

const TOKEN = 'oa-committed-token';
const DEST = 'customer:wechat_oa';
const RECEIPT = path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png');
/** A customer with many appliances at once: the answer to all of them is over 2048 bytes. */
const MANY_PROBLEMS =
  '格力空调显示E1不制冷，美的空调显示E3，海尔洗衣机显示E4不排水，小天鹅洗衣机E2，林内热水器显示11，冰箱不制冷，油烟机噪音大，燃气灶打不着火，微波炉不加热，电饭煲煮饭夹生，洗碗机不出水，这些都怎么办？';
let msgId = 8_300_000_000_000_000;

interface World {
  fake: FakeWechatApi;
  server: RunningServer;
  clock: FixedClock;
}

async function world(dir: string, kind: 'verified' | 'unverified', window: string): Promise<World> {
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  const fake = await startFakeWechatApi({ verified: kind === 'verified', now: () => clock.now().getTime() });
  const config = loadConfig({
    AFTERSALES_DATA_DIR: dir,
    PORT: '0',
    WECHAT_OA_TOKEN: TOKEN,
    WECHAT_OA_APP_ID: fake.appId,
    WECHAT_OA_APP_SECRET: fake.appSecret,
    WECHAT_API_BASE_URL: fake.url,
    WECHAT_ACCOUNT_KIND: kind,
    WECHAT_OA_REPLY_WINDOW: window,
  });
  return { fake, clock, server: await startServer(config, { clock }) };
}

function xml(w: World, fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([k, v]) => (typeof v === 'number' ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
    .join('');
  return `<xml><ToUserName><![CDATA[gh_committed]]></ToUserName><CreateTime>${Math.floor(w.clock.now().getTime() / 1000)}</CreateTime>${body}</xml>`;
}

/** WeChat delivers a callback: each try waits `timeoutMs`, an unanswered one is made again, three in all. */
async function wechatDelivers(w: World, body: string, timeoutMs = 4000): Promise<{ tries: number; text?: string }> {
  const from = /<FromUserName><!\[CDATA\[([^\]]+)\]\]>/.exec(body)![1]!;
  w.fake.customerWrote(from);
  for (let tries = 1; tries <= 3; tries++) {
    const timestamp = String(Math.floor(w.clock.now().getTime() / 1000));
    const nonce = `n${Math.random().toString(36).slice(2)}`;
    const query = new URLSearchParams({ signature: signatureOf(TOKEN, timestamp, nonce), timestamp, nonce });
    try {
      const res = await fetch(`${w.server.url}/wechat/official?${query}`, { method: 'POST', body, signal: AbortSignal.timeout(timeoutMs) });
      return { tries, text: await res.text() };
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
    }
  }
  return { tries: 3 };
}

const text = (w: World, openId: string, content: string, id: number) => xml(w, { FromUserName: openId, MsgType: 'text', Content: content, MsgId: id });
const contentOf = (reply: string) => /<Content><!\[CDATA\[([\s\S]*)\]\]><\/Content>/.exec(reply)?.[1];
const relayOf = (w: World) => w.server.context.relays.find((r) => r.destination === DEST)!;

interface ItemRow {
  dedup_key: string;
  status: string;
  lane: string | null;
  waits_for: string | null;
  external_ref: string | null;
  payload: string;
}

/** The outbox items of the reply to one message (the reply's own, then the pieces queued in its place). */
async function replyItems(w: World, id: number): Promise<ItemRow[]> {
  return sqliteOf(w.server.context.assistant.desk).db.all<ItemRow>(`SELECT dedup_key, status, lane, waits_for, external_ref, payload FROM outbox WHERE dedup_key LIKE ? ORDER BY id`, [
    `reply:wechat_oa:${id}%`,
  ]);
}

/** The bot's stored reply to one message. */
async function storedReply(w: World, id: number): Promise<string> {
  const rows = await sqliteOf(w.server.context.assistant.desk).db.all<{ text: string }>(
    `SELECT r.text FROM messages r JOIN messages m ON r.reply_to = m.id WHERE m.channel = 'wechat_oa' AND m.channel_message_id = ?`,
    [String(id)],
  );
  return rows[0]!.text;
}

describe('verified account: committed replies given passively or by the relay', () => {
  const temp = tempDir('wechat-oa-committed-');
  let w: World;

  beforeAll(async () => {
    w = await world(temp.dir, 'verified', '4s');
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  it("marks the reply's item, committed in the customer's lane, delivered by the passive answer; the relay sends nothing", async () => {
    const id = ++msgId;
    const res = await wechatDelivers(w, text(w, 'o-amy', '格力空调显示E1，不制冷', id));
    expect(contentOf(res.text!)).toBe(await storedReply(w, id));
    await expect.poll(async () => (await replyItems(w, id)).map((i) => [i.status, i.external_ref, i.lane])).toEqual([['delivered', 'passive', 'o-amy']]);
    await relayOf(w).drain();
    expect(w.fake.sent.filter((s) => s.touser === 'o-amy')).toEqual([]);
  });

  it('gives the first piece of a reply over 2048 bytes passively and the rest through the API, in order, nothing twice', async () => {
    const id = ++msgId;
    const res = await wechatDelivers(w, text(w, 'o-bo', MANY_PROBLEMS, id));
    const reply = await storedReply(w, id);
    expect(byteLength(reply)).toBeGreaterThan(2048);
    const first = contentOf(res.text!)!;
    expect(byteLength(first)).toBeLessThanOrEqual(2048);
    expect(reply.startsWith(first)).toBe(true);
    await expect.poll(async () => (await replyItems(w, id)).map((i) => i.status)).toEqual(['delivered', 'delivered']);
    const [own, rest] = await replyItems(w, id);
    expect(own).toMatchObject({ external_ref: 'passive', lane: 'o-bo' });
    expect(rest).toMatchObject({ dedup_key: `reply:wechat_oa:${id}:1`, lane: 'o-bo' });
    const viaApi = w.fake.sent.filter((s) => s.touser === 'o-bo').map((s) => s.content);
    expect(viaApi.length).toBeGreaterThanOrEqual(1);
    for (const piece of viaApi) expect(byteLength(piece)).toBeLessThanOrEqual(2048);
    // Split at a sentence end: the pieces joined give the reply back (whitespace at the cut trimmed).
    expect([first, ...viaApi].join('').replace(/\s/g, '')).toBe(reply.replace(/\s/g, ''));
  });

  it("leaves a photo's answer to the relay, which parks it for that customer alone on 45047 and sends it when she writes", async () => {
    w.fake.media.set('receipt-late', { bytes: fs.readFileSync(RECEIPT), type: 'image/png' });
    w.fake.mediaDelayMs = 1500;
    await wechatDelivers(w, text(w, 'o-cy', '空调还在保修期吗？', ++msgId));
    const photo = ++msgId;
    expect((await wechatDelivers(w, xml(w, { FromUserName: 'o-cy', MsgType: 'image', PicUrl: `${w.fake.url}/mmbiz/receipt-late`, MediaId: 'receipt-late', MsgId: photo }))).text).toBe('success');
    // While the photo is read, an agent sends her five messages: WeChat's count for her message is used up.
    const conversation = (await sqliteOf(w.server.context.assistant.desk).db.all<{ id: number }>(`SELECT id FROM conversations WHERE customer_ref = 'o-cy'`))[0]!.id;
    for (let i = 1; i <= 5; i++) {
      await w.server.context.assistant.desk.outbox.enqueue({
        destination: DEST,
        kind: 'message',
        payload: { channel: 'wechat_oa', customerRef: 'o-cy', conversationId: conversation, kind: 'agent', text: `师傅第${i}条。` },
      });
    }
    await relayOf(w).drain();
    await expect.poll(async () => (await replyItems(w, photo)).map((i) => [i.status, i.waits_for, i.lane]), { timeout: 20_000 }).toEqual([['dead', 'customer', 'o-cy']]);
    expect(w.fake.refused.filter((r) => r.touser === 'o-cy').map((r) => r.errcode)).toEqual([45047]);
    expect(w.fake.refused.at(-1)!.content).toContain('2025年3月15日');
    // Another customer is not held up meanwhile.
    const other = ++msgId;
    expect(contentOf((await wechatDelivers(w, text(w, 'o-dan', '洗衣机显示E4', other))).text!)).toBe(await storedReply(w, other));
    // She writes again: the parked answer goes out through the API.
    w.fake.mediaDelayMs = 0;
    await wechatDelivers(w, text(w, 'o-cy', '好的', ++msgId));
    await relayOf(w).drain();
    await expect.poll(async () => (await replyItems(w, photo)).map((i) => i.status)).toEqual(['delivered']);
    expect(w.fake.sent.filter((s) => s.touser === 'o-cy' && s.content.includes('2025年3月15日'))).toHaveLength(1);
  }, 40_000);
});

describe('unverified account: committed replies kept owed until the customer writes', () => {
  const temp = tempDir('wechat-oa-committed-unverified-');
  let w: World;

  beforeAll(async () => {
    w = await world(temp.dir, 'unverified', '0.3s');
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  it('parks a reply ready after the last try as owed at once, and gives it once with the next message', async () => {
    w.fake.media.set('receipt-slow', { bytes: fs.readFileSync(RECEIPT), type: 'image/png' });
    w.fake.mediaDelayMs = 2500;
    await wechatDelivers(w, text(w, 'o-eve', '空调还在保修期吗？', ++msgId), 3000);
    const photo = ++msgId;
    const res = await wechatDelivers(w, xml(w, { FromUserName: 'o-eve', MsgType: 'image', PicUrl: `${w.fake.url}/mmbiz/receipt-slow`, MediaId: 'receipt-slow', MsgId: photo }), 700);
    expect(res.tries).toBe(3);
    expect(contentOf(res.text!)).toContain('回复任意内容获取答复');
    // The clock is fixed, so the relay never reaches the held item: parked means the channel owed it.
    await expect.poll(async () => (await replyItems(w, photo)).map((i) => [i.status, i.waits_for, i.lane]), { timeout: 40_000 }).toEqual([['dead', 'customer', 'o-eve']]);
    w.fake.mediaDelayMs = 0;
    const next = ++msgId;
    const given = contentOf((await wechatDelivers(w, text(w, 'o-eve', '好了吗', next), 3000)).text!)!;
    // Oldest first: the photo's answer, then the answer to this message, each once.
    expect(given).toBe(`${await storedReply(w, photo)}\n\n${await storedReply(w, next)}`);
    expect(given.split('2025年3月15日')).toHaveLength(2);
    expect((await replyItems(w, photo)).map((i) => [i.status, i.external_ref])).toEqual([['delivered', 'passive']]);
    expect((await replyItems(w, next)).map((i) => [i.status, i.external_ref])).toEqual([['delivered', 'passive']]);
    await relayOf(w).drain();
    expect(w.fake.sent).toEqual([]);
  }, 60_000);

  it('gives a reply over 2048 bytes across answers: what fits, then the rest with the next message', async () => {
    const id = ++msgId;
    const first = contentOf((await wechatDelivers(w, text(w, 'o-fu', MANY_PROBLEMS, id), 3000)).text!)!;
    expect(byteLength(first)).toBeLessThanOrEqual(2048);
    expect(first).toContain('回复任意内容查看后续');
    const next = ++msgId;
    const second = contentOf((await wechatDelivers(w, text(w, 'o-fu', '嗯', next), 3000)).text!)!;
    expect(byteLength(second)).toBeLessThanOrEqual(2048);
    const reply = await storedReply(w, id);
    const given = (first.replace(/（内容较长，回复任意内容查看后续。）/, '') + second).replace(/\s/g, '');
    expect(given.startsWith(reply.replace(/\s/g, ''))).toBe(true);
    expect(given.endsWith((await storedReply(w, next)).replace(/\s/g, ''))).toBe(true);
    expect(await w.server.context.assistant.desk.outbox.waiting(DEST, 'o-fu')).toEqual([]);
  }, 30_000);
});
