/**
 * 微信客服 (WeCom) at its edges, on the real server over real HTTP with WeCom played by the local
 * fake: the enter_session welcome (kf/send_msg_on_event, a single-use code valid 20 seconds), a
 * text + photo delivery whose photo fails once (the retry sends the photo only), the refusals only
 * the customer can lift (parked for them, the desk told why, sent when they write), and media that
 * expired in either direction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../testing/desk';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import type { OutboundMessage } from '../../bot/messages';
import { PHRASES } from '../../bot/phrases';
import { FixedClock } from '../../kernel/clock';
import { startFakeWecomApi, type FakeWecomApi } from '../../testing/fake-wecom-api';
import { tempDir } from '../../testing/temp-dir';

const KF = 'wkEdges01';
const DEST = 'customer:wecom';
const PHOTO = path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png');

describe('WeCom 微信客服 edges', () => {
  const temp = tempDir('wecom-edges-');
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  let fake: FakeWecomApi;
  let server: RunningServer;
  let callback: string;

  beforeAll(async () => {
    fake = await startFakeWecomApi({ openKfIds: [KF], now: () => clock.now() });
    server = await startServer(
      loadConfig({
        AFTERSALES_DATA_DIR: temp.dir,
        PORT: '0',
        ...fake.settings(KF),
        WECOM_WELCOME_EN: 'Hello! This is the after-sales assistant. How can I help?',
      }),
      { clock },
    );
    callback = `${server.url}/wecom/callback`;
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    temp.cleanup();
  });

  const db = () => sqliteOf(server.context.assistant.desk).db;
  const relay = () => server.context.relays.find((r) => r.destination === DEST)!;
  const sentTo = (customer: string) => fake.sent.filter((s) => s.touser === customer);
  /** The customer writes and the bot's answer goes out. */
  async function customerWrites(customer: string, text: string) {
    const before = fake.sent.length;
    fake.customerWrites(KF, customer, text);
    await fake.notify(callback, KF);
    await fake.waitForSent(before + 1);
  }
  async function queueAgentMessage(customer: string, text: string, extra: Partial<OutboundMessage> = {}) {
    const conversationId = (await db().all<{ id: number }>(`SELECT id FROM conversations WHERE channel = 'wecom' AND customer_ref = ?`, [customer]))[0]!.id;
    const payload: OutboundMessage = { channel: 'wecom', customerRef: customer, conversationId, kind: 'agent', text, ...extra };
    const id = (await server.context.assistant.desk.outbox.enqueue({ destination: DEST, kind: 'message', payload }))!;
    await relay().drain();
    return id;
  }
  const row = async (id: number) =>
    (
      await db().all<{ status: string; waits_for: string | null; last_error: string | null; attempts: number; sent_parts: string | null }>(
        'SELECT status, waits_for, last_error, attempts, sent_parts FROM outbox WHERE id = ?',
        [id],
      )
    )[0]!;
  const deskNotices = async () =>
    (await db().all<{ payload: string }>(`SELECT payload FROM outbox WHERE kind = 'delivery.parked' ORDER BY id`)).map((r) => JSON.parse(r.payload) as { excerpt: string; notice: string });
  const photoFile = (name: string) => {
    const file = path.join(server.context.config.uploadsDir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(PHOTO, file);
    return file;
  };

  describe('enter_session welcome', () => {
    it('welcomes a customer who opens the chat with kf/send_msg_on_event, in Chinese by default, using the code once', async () => {
      const code = fake.customerEnters(KF, 'wm-wendy');
      await fake.notify(callback, KF);
      // Other tests of this file (any order) welcome their own customers: only wm-wendy's count here.
      const wendys = () => fake.welcomes.filter((w) => w.touser === 'wm-wendy');
      await expect.poll(() => wendys().length).toBe(1);
      expect(wendys()[0]).toEqual({ code, touser: 'wm-wendy', open_kfid: KF, text: PHRASES.disclosure.zh });
      // Not a kf/send_msg: the customer has not written, so nothing counts against their 5 messages.
      expect(sentTo('wm-wendy')).toEqual([]);
      // The code is single-use: WeCom refuses it a second time (a repeat pull would be refused the same way).
      const res = await fetch(`${fake.url}/cgi-bin/kf/send_msg_on_event?access_token=${await accessToken()}`, {
        method: 'POST',
        body: JSON.stringify({ code, msgtype: 'text', text: { content: 'again' } }),
      });
      expect((await res.json()) as { errcode: number }).toMatchObject({ errcode: 41050 });
      expect(wendys()).toHaveLength(1);
    });

    it("welcomes in the language of the customer's last conversation", async () => {
      await customerWrites('wm-oliver', 'My washing machine shows E4 and will not drain');
      fake.customerEnters(KF, 'wm-oliver');
      await fake.notify(callback, KF);
      await expect.poll(() => fake.welcomes.filter((w) => w.touser === 'wm-oliver').map((w) => w.text)).toEqual(['Hello! This is the after-sales assistant. How can I help?']);
    });

    it('does not try a code pulled after its 20 seconds (WeCom would refuse it)', async () => {
      fake.customerEnters(KF, 'wm-late');
      const refusals = fake.eventRefusals.length;
      clock.advance(30_000);
      await fake.notify(callback, KF);
      // The pull went past the event: a message written after it is answered.
      await customerWrites('wm-late', '空调不制冷');
      expect(fake.welcomes.filter((w) => w.touser === 'wm-late')).toEqual([]);
      expect(fake.eventRefusals.length).toBe(refusals);
    });
  });

  async function accessToken(): Promise<string> {
    const res = await fetch(`${fake.url}/cgi-bin/gettoken?corpid=${fake.corpId}&corpsecret=${fake.secret}`);
    return ((await res.json()) as { access_token: string }).access_token;
  }

  describe('a delivery in parts', () => {
    it('retries only the photo when the photo failed: the customer gets the text once and the photo once', async () => {
      await customerWrites('wm-tina', '洗衣机门打不开');
      fake.refuseNext('image', -1); // system busy: retryable
      const id = await queueAgentMessage('wm-tina', '请按图示位置拉开应急开门拉绳', { attachments: [{ kind: 'image', ref: photoFile('door.png'), mimeType: 'image/png' }] });
      expect(await row(id)).toMatchObject({ status: 'pending', attempts: 1, sent_parts: '["text:0"]' });
      clock.advance(10 * 60_000); // past any backoff
      await relay().drain();
      expect(await row(id)).toMatchObject({ status: 'delivered' });
      const sent = sentTo('wm-tina').slice(1); // after the bot's answer
      expect(sent.map((s) => s.msgtype)).toEqual(['text', 'image']);
      expect(sent[0]!.text).toBe('请按图示位置拉开应急开门拉绳');
      expect(fake.uploads.get(sent[1]!.imageMediaId!)!.bytes.equals(fs.readFileSync(PHOTO))).toBe(true);
    });

    it('uploads a photo again when WeCom calls its media_id expired (40007)', async () => {
      await customerWrites('wm-uma', '热水器显示E1');
      const uploads = fake.uploads.size;
      fake.refuseNext('image', 40007);
      const id = await queueAgentMessage('wm-uma', '请看这张图', { attachments: [{ kind: 'image', ref: photoFile('valve.png'), mimeType: 'image/png' }] });
      expect(await row(id)).toMatchObject({ status: 'delivered' });
      expect(fake.uploads.size).toBe(uploads + 2);
      expect(sentTo('wm-uma').filter((s) => s.msgtype === 'image')).toHaveLength(1);
    });
  });

  describe('refusals only the customer can lift', () => {
    it.each([
      [95018, 'session', PHRASES.deliveryParkedSession.zh],
      [95013, 'session', PHRASES.deliveryParkedSession.zh],
      [95002, 'window', PHRASES.deliveryParked.zh],
      [95026, 'window', PHRASES.deliveryParked.zh],
      [95001, 'limit', PHRASES.deliveryParked.zh],
      [95000, 'account', PHRASES.deliveryParkedAccount.zh],
    ])('parks a message refused with %i (%s) for that customer, tells the desk why, and sends it when they write', async (errcode, _reason, notice) => {
      const customer = `wm-refused-${errcode}`;
      await customerWrites(customer, '冰箱不制冷');
      fake.refuseNext('text', errcode);
      const id = await queueAgentMessage(customer, `师傅明天上午到（${errcode}）`);
      expect(await row(id)).toMatchObject({ status: 'dead', waits_for: 'customer' });
      expect((await row(id)).last_error).toContain(String(errcode));
      const told = (await deskNotices()).filter((n) => n.excerpt.includes(`（${errcode}）`));
      expect(told.length).toBeGreaterThan(0);
      expect(told.every((n) => n.notice.startsWith(notice))).toBe(true);
      // Another customer is not held up.
      await customerWrites(`wm-other-${errcode}`, '洗衣机不排水');
      const other = await queueAgentMessage(`wm-other-${errcode}`, `另一位客户的消息（${errcode}）`);
      expect((await row(other)).status).toBe('delivered');
      // The customer writes again: the parked message goes out, once.
      // (Two go out: the parked message and the bot's reply to "好的"; both are waited for, so no late reply lands in the next case.)
      const beforeAgain = fake.sent.length;
      await customerWrites(customer, '好的');
      await fake.waitForSent(beforeAgain + 2);
      await relay().drain();
      await expect.poll(async () => (await row(id)).status).toBe('delivered');
      expect(sentTo(customer).filter((s) => s.text === `师傅明天上午到（${errcode}）`)).toHaveLength(1);
    });
  });

  it("asks again for a customer's photo whose media expired, and goes on with the next message", async () => {
    await customerWrites('wm-vic', '空调还在保修期吗？');
    const before = fake.sent.length;
    fake.customerWrites(KF, 'wm-vic', { msgtype: 'image', image: { media_id: 'gone-after-three-days' } });
    await fake.notify(callback, KF);
    await fake.waitForSent(before + 1);
    expect(fake.sent[before]).toMatchObject({ touser: 'wm-vic', msgtype: 'text' });
    expect(fake.sent[before]!.text).toContain('请重新发送');
    await customerWrites('wm-vic', '好的我再发一次');
    expect(sentTo('wm-vic').length).toBe(3);
  });
});
