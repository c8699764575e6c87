/**
 * The personal-account channel end to end: wechaty 1.x on wechaty-puppet-mock (the library's own
 * mock of WeChat), the real bot over a SQLite desk in a temp folder, real OCR on fixture receipts.
 * Time is a FixedClock that only the send pacer moves, so spacing is asserted by the clock, not by
 * wall time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FileBox } from 'file-box';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { openAssistant, type Assistant } from '../../app/assistant';
import { loadConfig } from '../../app/config';
import type { OutboxRelay } from '../../bot/outbox-relay';
import { startWechaty, type StartedWechaty } from '../../channels/wechat/start-wechaty';
import type { HandledOutcome } from '../../channels/wechat/wechaty-channel';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { sqliteOf } from '../../testing/desk';

const RECEIPTS = path.resolve(import.meta.dirname, '../fixtures/receipts');
const INTERVAL = 2_000;

type MockContact = ReturnType<mock.Mocker['createContact']>;
type MockRoom = ReturnType<mock.Mocker['createRoom']>;

describe('WechatyChannel on wechaty-puppet-mock', () => {
  const temp = tempDir('wechaty-');
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  const sleeps: number[] = [];
  const outcomes: { id: string; outcome: HandledOutcome }[] = [];
  const errors: unknown[] = [];
  let assistant: Assistant;
  let started: StartedWechaty;
  let mocker: mock.Mocker;
  let puppet: PuppetMock;
  let self: MockContact;
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    const config = loadConfig({ AFTERSALES_DATA_DIR: temp.dir, WECHAT_MIN_SEND_INTERVAL: '2s', WECHAT_RATE_LIMIT_PER_MINUTE: '6' });
    assistant = await openAssistant(config, { clock });
    mocker = new mock.Mocker();
    puppet = new PuppetMock({ mocker });
    const host = { assistant, config, relays, onClose: [] };
    started = (await startWechaty(host, {
      puppet,
      // The pacer "waits" by moving the clock: spacing shows in message times, no test waits for real.
      sleep: async (ms) => {
        sleeps.push(ms);
        clock.advance(ms);
      },
      onError: (error) => errors.push(error),
      onHandled: (id, outcome) => outcomes.push({ id, outcome }),
    }))!;
    self = mocker.createContact({ name: '售后助手' });
    mocker.login(self);
    puppet.emit('ready', { data: 'mock' }); // PLATFORM.md: without it ready() never resolves
    await started.wechaty.ready();
  });

  afterAll(async () => {
    await started?.channel.stop();
    await assistant?.close();
    temp.cleanup();
  });

  /** Messages the bot sent into a chat, with the (fixed) clock time they were sent at. */
  function inbox(where: MockContact | MockRoom) {
    const got: { text: string; at: number }[] = [];
    where.on('message', (m: { payload: { talkerId?: string; text?: string } }) => {
      if (m.payload.talkerId === self.id) got.push({ text: m.payload.text ?? '', at: clock.now().getTime() });
    });
    return got;
  }

  /** The puppet's id of the latest message a contact sent. */
  function lastMessageId(from: MockContact): string {
    const ids = [...mocker.cacheMessagePayload.entries()].filter(([, p]) => p.talkerId === from.id).map(([id]) => id);
    return ids.at(-1)!;
  }

  async function until(what: string, check: () => boolean): Promise<void> {
    for (let i = 0; i < 3000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    if (!check()) throw new Error(`gave up waiting for ${what}`);
  }

  async function settled(id: string): Promise<HandledOutcome> {
    await until(`message ${id}`, () => outcomes.some((o) => o.id === id));
    return outcomes.find((o) => o.id === id)!.outcome;
  }

  it('answers a contact who writes text, and ignores its own messages', async () => {
    const alice = mocker.createContact({ name: 'Alice' });
    const got = inbox(alice);
    alice.say('我家格力空调显示E1，不制冷').to(self);
    const aliceId = lastMessageId(alice);
    expect(await settled(aliceId)).toBe('answered');
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toContain('售后智能助手');
    expect(got[0]!.text).toMatch(/E1/);
    // The reply came back to the bot as a message of its own (the puppet echoes it): ignored.
    const ownId = lastMessageId(self);
    expect(await settled(ownId)).toBe('ignored_self');
    // Alice's message is stored, the echo is not (other tests' contacts write to the same desk).
    const stored = await sqliteOf(assistant.desk).db.all<{ id: string }>(
      `SELECT channel_message_id AS id FROM messages WHERE direction = 'in' AND channel = 'wechat' AND channel_message_id IN (?, ?)`,
      [aliceId, ownId],
    );
    expect(stored.map((r) => r.id)).toEqual([aliceId]);
  });

  it('reads a photographed receipt and answers with the warranty', async () => {
    const bob = mocker.createContact({ name: 'Bob' });
    const got = inbox(bob);
    bob.say('空调还在保修期吗？').to(self);
    await settled(lastMessageId(bob));
    const png = fs.readFileSync(path.join(RECEIPTS, 'zh-clean-air-conditioner.png'));
    bob.say(FileBox.fromBase64(png.toString('base64'), 'receipt.png')).to(self);
    const imageId = lastMessageId(bob);
    expect(await settled(imageId)).toBe('answered');
    // truth.json: bought 2025-03-15 (said as 2025年3月15日), so the one-year whole-unit cover ended 2026-03-15.
    expect(got.at(-1)!.text).toContain('2025年3月15日');
    expect(got.at(-1)!.text).toMatch(/三包|保修/);
    const [row] = await sqliteOf(assistant.desk).db.all<{ attachments: string }>('SELECT attachments FROM messages WHERE channel_message_id = ?', [imageId]);
    const [attachment] = JSON.parse(row!.attachments) as { kind: string; ref: string; mimeType: string }[];
    expect(attachment).toMatchObject({ kind: 'image', mimeType: 'image/png' });
    // Saved under the uploads folder with a name of ours, then deleted once read (UPLOAD_KEEP=false).
    expect(path.dirname(attachment!.ref)).toBe(path.join(temp.dir, 'uploads'));
    expect(path.basename(attachment!.ref)).toMatch(/^wechat-[0-9a-f-]{36}\.png$/);
    expect(fs.existsSync(attachment!.ref)).toBe(false);
  });

  it('answers a replayed message once', async () => {
    const carol = mocker.createContact({ name: 'Carol' });
    const got = inbox(carol);
    carol.say('洗衣机显示E4，不排水').to(self);
    const id = lastMessageId(carol);
    expect(await settled(id)).toBe('answered');
    // After a restart puppets deliver recent messages again, with the same id.
    puppet.emit('message', { messageId: id });
    puppet.emit('message', { messageId: id });
    await until('both replays', () => outcomes.filter((o) => o.id === id).length === 3);
    expect(outcomes.filter((o) => o.id === id).map((o) => o.outcome)).toEqual(['answered', 'duplicate', 'duplicate']);
    expect(got).toHaveLength(1);
  });

  it('stays out of group chats unless mentioned, and answers a mention in the group', async () => {
    const dave = mocker.createContact({ name: 'Dave' });
    const room = mocker.createRoom({ topic: '业主群', memberIdList: [self.id, dave.id] });
    const inRoom = inbox(room);
    dave.say('有人知道空调E1怎么办吗').to(room);
    expect(await settled(lastMessageId(dave))).toBe('ignored_room');
    dave.say('@售后助手 空调显示E1怎么办', [self]).to(room);
    expect(await settled(lastMessageId(dave))).toBe('answered');
    expect(inRoom).toHaveLength(1);
    expect(inRoom[0]!.text).toMatch(/E1/);
    // Answered in the group, addressed to the one who asked (wechaty writes the @name into the text).
    expect(inRoom[0]!.text.startsWith('@Dave')).toBe(true);
  });

  it('asks for text when a voice note arrives', async () => {
    const erin = mocker.createContact({ name: 'Erin' });
    const got = inbox(erin);
    const voice = FileBox.fromBase64(Buffer.from('#!SILK_V3 not really').toString('base64'), 'voice.silk');
    // file-box guesses application/unknown for .silk; the mock makes an Audio message of audio/silk.
    (voice as unknown as { _mediaType: string })._mediaType = 'audio/silk';
    erin.say(voice).to(self);
    expect(await settled(lastMessageId(erin))).toBe('answered');
    expect(got[0]!.text).toContain('语音');
    expect(got[0]!.text).toContain('voice');
  });

  it('refuses a picture that is not an image, saying why', async () => {
    const fay = mocker.createContact({ name: 'Fay' });
    const got = inbox(fay);
    // Other tests' photos may be in the folder already (vitest shuffles): nothing is added to them.
    const uploads = () => (fs.existsSync(path.join(temp.dir, 'uploads')) ? fs.readdirSync(path.join(temp.dir, 'uploads')).filter((f) => f.startsWith('wechat-')) : []);
    const before = uploads();
    fay.say(FileBox.fromBase64(Buffer.from('plain text pretending to be a photo').toString('base64'), 'fake.png')).to(self);
    expect(await settled(lastMessageId(fay))).toBe('refused_image');
    expect(got[0]!.text).toMatch(/JPG.*PNG/);
    expect(uploads()).toEqual(before);
  });

  it('keeps a minimum pause between sends, across contacts, in order', async () => {
    const before = sleeps.length;
    const gus = mocker.createContact({ name: 'Gus' });
    const hal = mocker.createContact({ name: 'Hal' });
    const toGus = inbox(gus);
    const toHal = inbox(hal);
    gus.say('冰箱不制冷怎么办').to(self);
    hal.say('热水器显示E1').to(self);
    gus.say('谢谢').to(self);
    await until('three answers', () => toGus.length === 2 && toHal.length === 1);
    const times = [...toGus, ...toHal].map((m) => m.at).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(INTERVAL);
    expect(sleeps.length).toBeGreaterThan(before);
    expect(sleeps.slice(before).every((ms) => ms >= INTERVAL * 0.5)).toBe(true);
    // One contact's answers come in the order they asked.
    expect(toGus[1]!.at).toBeGreaterThan(toGus[0]!.at);
  });

  it('asks a flooding contact to slow down once, and answers again after a minute', async () => {
    const ivy = mocker.createContact({ name: 'Ivy' });
    const got = inbox(ivy);
    for (let i = 0; i < 8; i++) ivy.say(`第${i + 1}条：空调漏水`).to(self);
    await until('eight outcomes', () => outcomes.filter((o) => mocker.cacheMessagePayload.get(o.id)?.talkerId === ivy.id).length === 8);
    const mine = outcomes.filter((o) => mocker.cacheMessagePayload.get(o.id)?.talkerId === ivy.id).map((o) => o.outcome);
    expect(mine.filter((o) => o === 'rate_limited')).toHaveLength(2);
    expect(got.filter((m) => m.text.includes('太频繁'))).toHaveLength(1);
    clock.advance(61_000);
    ivy.say('现在可以了吗').to(self);
    expect(await settled(lastMessageId(ivy))).toBe('answered');
  });

  it("delivers an agent's picture after the text, as a file the puppet sends", async () => {
    const kim = mocker.createContact({ name: 'Kim' });
    const files: { name: string; base64: string }[] = [];
    const texts: string[] = [];
    kim.on('message', (m: { id: string; payload: { talkerId?: string; text?: string; type: number } }) => {
      if (m.payload.talkerId !== self.id) return;
      const box = mocker.cacheFileBoxPayload.get(m.id) as { name: string; base64?: string } | undefined;
      if (box) files.push({ name: box.name, base64: box.base64 ?? '' });
      else texts.push(m.payload.text ?? '');
    });
    kim.say('转人工').to(self);
    await settled(lastMessageId(kim));
    const [conversation] = await sqliteOf(assistant.desk).db.all<{ id: number }>(`SELECT id FROM conversations WHERE channel = 'wechat' AND customer_ref = ?`, [`id:${kim.id}`]);
    const picture = path.join(assistant.config.uploadsDir, 'kim-diagram.png');
    fs.mkdirSync(path.dirname(picture), { recursive: true });
    fs.copyFileSync(path.join(RECEIPTS, 'zh-clean-air-conditioner.png'), picture);
    await assistant.handoffs.takeOver(conversation!.id, 'agent.li');
    await assistant.handoffs.agentReply(conversation!.id, 'agent.li', '请按图示拆下滤网。', [{ kind: 'image', ref: picture, mimeType: 'image/png' }]);
    // The takeover notice, the text, then the picture.
    expect(await started.relay.drain()).toBe(3);
    await until('the picture', () => files.length === 1);
    expect(texts.at(-1)).toBe('请按图示拆下滤网。');
    expect(files[0]!.name).toMatch(/\.png$/);
    expect(Buffer.from(files[0]!.base64, 'base64').equals(fs.readFileSync(picture))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("delivers an agent's reply queued for customer:wechat to the contact", async () => {
    const jay = mocker.createContact({ name: 'Jay' });
    const got = inbox(jay);
    jay.say('转人工').to(self);
    await settled(lastMessageId(jay));
    const [conversation] = await sqliteOf(assistant.desk).db.all<{ id: number }>(`SELECT id FROM conversations WHERE channel = 'wechat' AND customer_ref = ?`, [`id:${jay.id}`]);
    await assistant.handoffs.takeOver(conversation!.id, 'agent.li');
    await assistant.handoffs.agentReply(conversation!.id, 'agent.li', '您好，我是客服小李，师傅明天上午上门。');
    expect(await started.relay.drain()).toBe(2);
    expect(got.map((m) => m.text)).toContain('您好，我是客服小李，师傅明天上午上门。');
    expect(await assistant.desk.outbox.pendingCount('customer:wechat')).toBe(0);
    expect(relays).toContain(started.relay);
    expect(errors).toEqual([]);
  });
});
