/**
 * 微信客服 through WeCom, on the real server (`startServer`) over real HTTP on 127.0.0.1, with
 * WeCom played by a local fake that speaks its JSON protocol and encrypts and signs its callbacks
 * the way WeCom does. The bot, the SQLite desk, the outbox relay and the OCR are all real.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import type { OutboundMessage } from '../../bot/messages';
import { FixedClock } from '../../kernel/clock';
import { startFakeWecomApi, type FakeWecomApi } from '../../testing/fake-wecom-api';
import { tempDir } from '../../testing/temp-dir';
import { sqliteOf } from '../../testing/desk';

const KF = 'wkAftersales01';
const RECEIPT = path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png');

// One customer service account and one fake WeCom server for the whole story: its tests run in the order written.
describe('WeCom 微信客服 channel', { shuffle: false }, () => {
  const temp = tempDir('wecom-');
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
        WECOM_HANDOFF: 'servicer',
        WECOM_SERVICER_USERID: 'zhangsan',
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
  const relay = (destination: string) => server.context.relays.find((r) => r.destination === destination)!;
  const inboundCount = async (msgid: string) =>
    (await db().all<{ n: number }>(`SELECT COUNT(*) AS n FROM messages WHERE channel = 'wecom' AND direction = 'in' AND channel_message_id = ?`, [msgid]))[0]!.n;
  const conversationOf = async (customer: string) => (await db().all<{ id: number }>(`SELECT id FROM conversations WHERE channel = 'wecom' AND customer_ref = ?`, [customer]))[0]!.id;
  /** Queues a message for the customer as the desk does (an agent's answer), and lets the relay try it. */
  async function queueAgentMessage(customer: string, text: string, extra: Partial<OutboundMessage> = {}) {
    const payload: OutboundMessage = { channel: 'wecom', customerRef: customer, conversationId: await conversationOf(customer), kind: 'agent', text, ...extra };
    const id = await server.context.assistant.desk.outbox.enqueue({ destination: 'customer:wecom', kind: 'message', payload });
    await relay('customer:wecom').drain();
    return id!;
  }
  const outboxRow = async (id: number) => (await db().all<{ status: string; last_error: string | null }>('SELECT status, last_error FROM outbox WHERE id = ?', [id]))[0]!;

  describe('callback URL and signatures', () => {
    it('answers the encrypted URL check with its plaintext', async () => {
      const { query, expected } = fake.urlCheck();
      const res = await fetch(`${callback}?${query}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(expected);
    });

    it('refuses a URL check or event with a bad, missing or stale signature', async () => {
      const { query } = fake.urlCheck();
      const bad = new URLSearchParams(query);
      bad.set('msg_signature', 'f'.repeat(40));
      expect((await fetch(`${callback}?${bad}`)).status).toBe(401);
      const missing = new URLSearchParams(query);
      missing.delete('msg_signature');
      expect((await fetch(`${callback}?${missing}`)).status).toBe(401);
      const stale = new URLSearchParams(query);
      stale.set('timestamp', String(Number(query.get('timestamp')) - 600));
      const res = await fetch(`${callback}?${stale}`);
      expect(res.status).toBe(401);
      expect(await res.text()).toMatch(/stale/);
      const syncs = fake.syncCalls.length;
      const posted = await fetch(`${callback}?${bad}`, { method: 'POST', body: `<xml><Encrypt><![CDATA[${query.get('echostr')}]]></Encrypt></xml>` });
      expect(posted.status).toBe(401);
      expect(fake.syncCalls.length).toBe(syncs);
    });
  });

  it('pulls the message after the nudge, with the nudge token, and answers through kf/send_msg', async () => {
    const msgid = fake.customerWrites(KF, 'wm-alice', '我家美的洗衣机不排水了，一直显示E30');
    const before = fake.sent.length;
    expect(await fake.notify(callback, KF)).toBe(200);
    await fake.waitForSent(before + 1);
    expect(fake.syncCalls.at(-1)!.token).toMatch(/^ENC/);
    expect(fake.sent[before]).toMatchObject({ touser: 'wm-alice', open_kfid: KF, msgtype: 'text' });
    expect(fake.sent[before]!.text!.length).toBeGreaterThan(5);
    expect(await inboundCount(msgid)).toBe(1);
  });

  it('parks messages past the fifth since the customer last wrote, for that customer only', async () => {
    fake.customerWrites(KF, 'wm-bob', '空调不制冷');
    fake.customerWrites(KF, 'wm-carl', '热水器不出热水');
    const before = fake.sent.length;
    await fake.notify(callback, KF);
    await fake.waitForSent(before + 2);
    // Bob had one answer; four more fit, the sixth is parked without a call to WeCom.
    const ids: number[] = [];
    for (let i = 1; i <= 5; i++) ids.push(await queueAgentMessage('wm-bob', `师傅第${i}次回复`));
    const refusalsBefore = fake.refusals.length;
    expect(fake.sent.filter((s) => s.touser === 'wm-bob')).toHaveLength(5);
    const sixth = await outboxRow(ids[4]!);
    expect(sixth.status).toBe('dead');
    expect(sixth.last_error).toMatch(/5 messages|5条/);
    expect(fake.refusals.length).toBe(refusalsBefore);
    // Carl is not held up by Bob's parked message.
    const carl = await queueAgentMessage('wm-carl', '师傅明天上午到');
    expect((await outboxRow(carl)).status).toBe('delivered');
    // Bob writes again: the window opens again.
    fake.customerWrites(KF, 'wm-bob', '好的谢谢');
    await fake.notify(callback, KF);
    await fake.waitForSent(fake.sent.length + 1);
    const later = await queueAgentMessage('wm-bob', '不客气');
    expect((await outboxRow(later)).status).toBe('delivered');
  });

  it('parks a message more than 48 hours after the customer last wrote', async () => {
    fake.customerWrites(KF, 'wm-dora', '冰箱不制冷了');
    const before = fake.sent.length;
    await fake.notify(callback, KF);
    await fake.waitForSent(before + 1);
    clock.advance(49 * 3_600_000);
    const refusals = fake.refusals.length;
    try {
      const id = await queueAgentMessage('wm-dora', '您的冰箱修好了吗？');
      const row = await outboxRow(id);
      expect(row.status).toBe('dead');
      expect(row.last_error).toMatch(/48/);
      expect(fake.sent.length).toBe(before + 1);
      // Refused here, without a call WeCom would refuse.
      expect(fake.refusals.length).toBe(refusals);
    } finally {
      clock.advance(-49 * 3_600_000);
    }
  });

  it("reads a customer's receipt photo through media/get", async () => {
    fake.media.set('receipt-1', { bytes: fs.readFileSync(RECEIPT), type: 'image/png' });
    fake.customerWrites(KF, 'wm-erin', '空调还在保修期吗？');
    await fake.notify(callback, KF);
    const before = fake.sent.length + 1;
    await fake.waitForSent(before);
    const msgid = fake.customerWrites(KF, 'wm-erin', { msgtype: 'image', image: { media_id: 'receipt-1' } });
    await fake.notify(callback, KF);
    await fake.waitForSent(before + 1, 30_000);
    expect(fake.sent[before]).toMatchObject({ touser: 'wm-erin', msgtype: 'text' });
    expect(fake.sent[before]!.text).toContain('2025年3月15日');
    expect(await inboundCount(msgid)).toBe(1);
  }, 40_000);

  it('sends a photo with media/upload and an image message', async () => {
    fake.customerWrites(KF, 'wm-fay', '洗衣机门打不开');
    const before = fake.sent.length;
    await fake.notify(callback, KF);
    await fake.waitForSent(before + 1);
    const file = path.join(server.context.config.uploadsDir, 'agent-diagram.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(RECEIPT, file);
    const id = await queueAgentMessage('wm-fay', '请按图示位置拉开应急开门拉绳', { attachments: [{ kind: 'image', ref: file, mimeType: 'image/png' }] });
    expect((await outboxRow(id)).status).toBe('delivered');
    const [text, image] = fake.sent.slice(before + 1);
    expect(text).toMatchObject({ touser: 'wm-fay', msgtype: 'text', text: '请按图示位置拉开应急开门拉绳' });
    expect(image).toMatchObject({ touser: 'wm-fay', msgtype: 'image' });
    expect(fake.uploads.get(image!.imageMediaId!)!.bytes.equals(fs.readFileSync(RECEIPT))).toBe(true);
  });

  it("sends an agent's pictures from a desk as items of their own after the text, counted in the 5: one over waits for the customer, one gone is given up, the desks told each", async () => {
    fake.customerWrites(KF, 'wm-hal', '我要转人工');
    await fake.notify(callback, KF);
    await fake.waitForSent(fake.sent.filter((s) => s.touser !== 'wm-hal').length + 1);
    // The handoff's reply may go out as more than one message: all of it is sent before counting what came before the agent's.
    await relay('customer:wecom').drain();
    const id = await conversationOf('wm-hal');
    const already = fake.sent.filter((s) => s.touser === 'wm-hal').length;
    const dir = server.context.config.uploadsDir;
    fs.mkdirSync(dir, { recursive: true });
    // Answering takes the conversation (a notice), then the text: the pictures fill the 5, and one more.
    const pictures = Array.from({ length: 5 - already - 2 + 1 }, (_, i) => {
      const file = path.join(dir, `hal-${i}.png`);
      fs.copyFileSync(RECEIPT, file);
      return { kind: 'image' as const, ref: file, mimeType: 'image/png' };
    });
    expect(pictures.length).toBeGreaterThan(1);
    await server.context.assistant.handoffs.agentReply(id, 'web-desk:li', '请看这几张示意图', pictures);
    await relay('customer:wecom').drain();
    const sent = fake.sent.filter((s) => s.touser === 'wm-hal').slice(already);
    expect(sent.map((s) => s.msgtype)).toEqual(['text', 'text', ...pictures.slice(1).map(() => 'image')]);
    expect(sent[1]!.text).toBe('请看这几张示意图');
    // The one over the 5 waits for the customer, and the desks hear which message waits.
    const parked = await db().all<{ payload: string }>(`SELECT payload FROM outbox WHERE destination = 'web-desk' AND kind = 'delivery.parked'`);
    expect(parked.map((r) => JSON.parse(r.payload)).filter((p) => p.conversationId === id)).toEqual([expect.objectContaining({ messageKind: 'agent', excerpt: '[图片 / picture]' })]);

    // A picture gone from the uploads folder before it could go is given up, and the desks are told why.
    const gone = path.join(dir, 'hal-gone.png');
    fs.copyFileSync(RECEIPT, gone);
    await server.context.assistant.handoffs.agentReply(id, 'web-desk:li', '', [{ kind: 'image', ref: gone, mimeType: 'image/png' }]);
    fs.rmSync(gone);
    const wrote = fake.customerWrites(KF, 'wm-hal', '好的，收到');
    await fake.notify(callback, KF);
    // The waiting picture goes once the customer writes.
    await expect.poll(() => inboundCount(wrote), { timeout: 10_000 }).toBe(1);
    // (The customer's message frees the parked item in its own step: drain until it has gone, on a busy machine too.)
    await expect
      .poll(
        async () => {
          await relay('customer:wecom').drain();
          return fake.sent
            .filter((s) => s.touser === 'wm-hal')
            .slice(already + sent.length)
            .map((s) => s.msgtype);
        },
        { timeout: 10_000 },
      )
      .toContain('image');
    // (The gone picture is tried after the freed one, possibly in a later drain: poll for the desks' notice too.)
    const told = async () => {
      await relay('customer:wecom').drain();
      const rows = await db().all<{ payload: string }>(`SELECT payload FROM outbox WHERE destination = 'web-desk' AND kind = 'delivery.failed'`);
      return rows.map((r) => JSON.parse(r.payload)).filter((p) => p.conversationId === id);
    };
    await expect
      .poll(told, { timeout: 10_000 })
      .toEqual([expect.objectContaining({ notice: expect.stringMatching(/^图片未发送：客户所在的平台拒收了这张图片：图片已不在服务器上.*Image not sent: .*no longer kept/s) })]);
  });

  it('sends a reply over 2048 bytes as several messages under the limit, in order', async () => {
    // A customer of its own: the handoff test below ends wm-gus's WeCom session, in whatever order.
    fake.customerWrites(KF, 'wm-ivy', '冰箱不制冷');
    const before = fake.sent.length;
    await fake.notify(callback, KF);
    await fake.waitForSent(before + 1);
    const long = Array.from({ length: 60 }, (_, i) => `第${i + 1}步：请按说明书检查这一项，确认无误后再继续下一步。`).join('');
    expect(Buffer.byteLength(long)).toBeGreaterThan(2048);
    const id = await queueAgentMessage('wm-ivy', long);
    expect((await outboxRow(id)).status).toBe('delivered');
    const pieces = fake.sent
      .slice(before + 1)
      .filter((m) => m.touser === 'wm-ivy')
      .map((m) => m.text!);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(2048);
    expect(pieces.join('')).toBe(long);
  });

  it('hands a conversation to the configured WeCom servicer (service_state 3) when the bot hands off', async () => {
    fake.customerWrites(KF, 'wm-gus', '我要投诉，转人工客服');
    const before = fake.sent.length;
    await fake.notify(callback, KF);
    await fake.waitForSent(before + 1);
    await relay('wecom-desk').drain();
    expect(fake.transfers).toContainEqual({ open_kfid: KF, external_userid: 'wm-gus', service_state: 3, servicer_userid: 'zhangsan' });
    // Resolved at the desk: the WeCom session ends (service_state 4).
    await server.context.assistant.handoffs.resolve(await conversationOf('wm-gus'), 'agent.li');
    await relay('wecom-desk').drain();
    expect(fake.transfers.at(-1)).toMatchObject({ external_userid: 'wm-gus', service_state: 4 });
  });
});
