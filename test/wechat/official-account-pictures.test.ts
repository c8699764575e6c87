/**
 * An agent's picture for an official-account customer, over real HTTP against the fake WeChat API
 * (testing/fake-wechat-api.ts), which speaks media/upload as multipart and enforces the rules:
 * on a verified account the picture is uploaded as temporary media and sent as a customer-service
 * image after the text, counted in the 5 messages per customer message (the sixth parks, the
 * desk is told, and it goes when the customer writes); on an unverified account the text goes and
 * the desk hears that pictures cannot.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import type { Attachment } from '../../bot/messages';
import { signatureOf } from '../../channels/wechat/oa-signature';
import { FixedClock } from '../../kernel/clock';
import { startFakeWechatApi, type FakeWechatApi } from '../../testing/fake-wechat-api';
import { sqliteOf } from '../../testing/desk';
import { tempDir } from '../../testing/temp-dir';

const TOKEN = 'oa-pictures-token';
const DEST = 'customer:wechat_oa';
let msgId = 8_200_000_000_000_000;

interface World {
  fake: FakeWechatApi;
  server: RunningServer;
  clock: FixedClock;
}

async function world(dir: string, verified: boolean): Promise<World> {
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  const fake = await startFakeWechatApi({ verified, now: () => clock.now().getTime() });
  const config = loadConfig({
    AFTERSALES_DATA_DIR: dir,
    PORT: '0',
    AFTERSALES_LOG_LEVEL: 'silent',
    WECHAT_OA_TOKEN: TOKEN,
    WECHAT_OA_APP_ID: fake.appId,
    WECHAT_OA_APP_SECRET: fake.appSecret,
    WECHAT_API_BASE_URL: fake.url,
    WECHAT_ACCOUNT_KIND: verified ? 'verified' : 'unverified',
    WECHAT_OA_REPLY_WINDOW: '4s',
  });
  return { fake, clock, server: await startServer(config, { clock }) };
}

/** The customer writes (WeChat opens its window and the count of 5 starts again); the callback is signed as WeChat signs it. */
async function customerWrites(w: World, openId: string, content: string): Promise<void> {
  w.fake.customerWrote(openId);
  const timestamp = String(Math.floor(w.clock.now().getTime() / 1000));
  const query = new URLSearchParams({ signature: signatureOf(TOKEN, timestamp, 'n1'), timestamp, nonce: 'n1' });
  const body = `<xml><ToUserName><![CDATA[gh_pictures]]></ToUserName><FromUserName><![CDATA[${openId}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${++msgId}</MsgId></xml>`;
  expect((await fetch(`${w.server.url}/wechat/official?${query}`, { method: 'POST', body })).status).toBe(200);
}

const conversationOf = async (w: World, openId: string) =>
  (await sqliteOf(w.server.context.assistant.desk).db.get<{ id: number }>(`SELECT id FROM conversations WHERE channel = 'wechat_oa' AND customer_ref = ?`, [openId]))!.id;
const relayOf = (w: World) => w.server.context.relays.find((r) => r.destination === DEST)!;

/** A picture in the uploads folder, as the desk or Slack stores an agent's picture. */
async function picture(w: World, name: string, colour: string): Promise<Attachment> {
  const dir = w.server.context.config.uploadsDir;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    await sharp({ create: { width: 10, height: 10, channels: 3, background: colour } })
      .png()
      .toBuffer(),
  );
  return { kind: 'image', ref: file, mimeType: 'image/png', name };
}

describe('verified account', () => {
  const temp = tempDir('oa-pictures-');
  let w: World;
  beforeAll(async () => {
    w = await world(temp.dir, true);
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  it('uploads the picture as temporary media and sends it as an image after the text', async () => {
    await customerWrites(w, 'o-pic', '我要转人工');
    await relayOf(w).drain();
    const id = await conversationOf(w, 'o-pic');
    const map = await picture(w, 'map.png', '#396');
    const done = await w.server.context.assistant.handoffs.agentReply(id, 'web-desk:li', '这是维修点位置图', [map]);
    expect(done).toEqual({});
    await relayOf(w).drain();
    const sent = w.fake.sent.filter((s) => s.touser === 'o-pic');
    const at = sent.findIndex((s) => s.content === '这是维修点位置图');
    expect(sent.slice(at).map((s) => s.msgtype)).toEqual(['text', 'image']);
    const uploaded = w.fake.uploaded.get(sent[at + 1]!.content)!;
    expect(uploaded.bytes.equals(fs.readFileSync(map.ref))).toBe(true);
    expect(uploaded.type).toBe('image/png');
    expect(uploaded.filename).toMatch(/\.png$/);
  });

  it('counts pictures in the 5 messages per customer message: one over parks, the desk is told, and it goes when the customer writes', async () => {
    await customerWrites(w, 'o-five', '我要转人工');
    await relayOf(w).drain();
    const id = await conversationOf(w, 'o-five');
    expect(w.fake.sent.filter((s) => s.touser === 'o-five')).toEqual([]);
    const pictures = await Promise.all([1, 2, 3, 4].map((i) => picture(w, `p${i}.png`, `#${i}${i}${i}`)));
    // Answering takes the conversation ("an agent has joined"), then the text and 4 pictures: 6, one over the 5.
    await w.server.context.assistant.handoffs.agentReply(id, 'web-desk:li', '几张照片请看', pictures);
    await relayOf(w).drain();
    expect(w.fake.sent.filter((s) => s.touser === 'o-five')).toHaveLength(5);
    expect(w.fake.refused.filter((r) => r.touser === 'o-five').map((r) => r.errcode)).toEqual([45047]);
    const parked = await sqliteOf(w.server.context.assistant.desk).db.all<{ payload: string }>(`SELECT payload FROM outbox WHERE destination = 'web-desk' AND kind = 'delivery.parked'`);
    expect(parked.map((r) => JSON.parse(r.payload)).filter((p) => p.conversationId === id)).toEqual([
      expect.objectContaining({ messageKind: 'agent', excerpt: '[图片 / picture]', notice: expect.stringMatching(/客户需先发来消息/) }),
    ]);
    await customerWrites(w, 'o-five', '好的');
    await relayOf(w).drain();
    expect(w.fake.sent.filter((s) => s.touser === 'o-five').at(-1)!.msgtype).toBe('image');
  });
});

describe('unverified account', () => {
  const temp = tempDir('oa-pictures-unverified-');
  let w: World;
  beforeAll(async () => {
    w = await world(temp.dir, false);
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  it('keeps the text and tells the desks that pictures cannot be sent here', async () => {
    await customerWrites(w, 'o-unv', '我要转人工');
    const id = await conversationOf(w, 'o-unv');
    const done = await w.server.context.assistant.handoffs.agentReply(id, 'web-desk:li', '师傅明天上午到', [await picture(w, 'x.png', '#900')]);
    expect(done.imagesNotSent?.zh).toMatch(/未认证的公众号/);
    const items = await sqliteOf(w.server.context.assistant.desk).db.all<{ kind: string; destination: string; payload: string }>(`SELECT kind, destination, payload FROM outbox ORDER BY id`);
    const mine = items.filter((i) => JSON.parse(i.payload).conversationId === id);
    expect(mine.some((i) => i.destination === DEST && i.kind === 'message' && JSON.parse(i.payload).text === '师傅明天上午到')).toBe(true);
    expect(mine.some((i) => i.kind === 'image')).toBe(false);
    expect(mine.filter((i) => i.kind === 'delivery.failed').map((i) => JSON.parse(i.payload).notice)).toEqual([expect.stringMatching(/^图片未发送：未认证的公众号.*Image not sent: an unverified/)]);
    expect(w.fake.uploaded.size).toBe(0);
  });
});
