/**
 * What an agent types in a handoff's thread, over signed requests to the real Bolt receiver: a
 * message with files is never dropped (its text goes out, then each picture, fetched from the fake
 * Slack's private file URL with the bot token; the agent is told which files did not go and why), and
 * in the alerts-only thread mode nothing reaches the customer without the explicit command.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerDestination } from '../../bot/customer-deliveries';
import type { OutboundMessage } from '../../bot/messages';
import { AGENT, CHANNEL, openSlackWorld, type SlackWorld } from '../../testing/slack-world';

async function handedOff(world: SlackWorld, ref: string): Promise<{ conversationId: number; threadTs: string; ticketNumber: string }> {
  await world.customer('海尔冰箱不制冷了', ref);
  const escalated = await world.customer('转人工', ref);
  await world.drain();
  const threadTs = await world.threadOf(escalated.conversationId);
  expect((await world.click('takeOver', escalated.conversationId)).status).toBe(200);
  await world.drain();
  return { conversationId: escalated.conversationId, threadTs, ticketNumber: escalated.ticket!.number };
}

const toCustomerItems = async (world: SlackWorld) => world.assistant.desk.outbox.due(customerDestination('web'), world.clock.now(), 200);
const toCustomer = async (world: SlackWorld): Promise<OutboundMessage[]> =>
  (await toCustomerItems(world))
    .filter((i) => i.kind === 'message')
    .map((i) => i.payload as OutboundMessage)
    .filter((m) => m.kind === 'agent');

const LIMIT = 64 * 1024;
/** A real picture, as a phone or a screenshot tool makes one. */
const png = (width: number, height: number, format: 'png' | 'jpeg' = 'png') => {
  const picture = sharp({ create: { width, height, channels: 3, background: '#3a7' } });
  return (format === 'png' ? picture.png() : picture.jpeg()).toBuffer();
};
/** A real PNG larger than LIMIT (noise does not compress). */
const noisyPng = () =>
  sharp(crypto.randomBytes(200 * 200 * 3), { raw: { width: 200, height: 200, channels: 3 } })
    .png()
    .toBuffer();

/** Private notices to the agent, as posted in the thread. */
const noticesIn = (world: SlackWorld, threadTs: string) => world.slack.ephemerals.filter((e) => e.thread_ts === threadTs && e.user === AGENT).map((e) => e.text);

describe("an agent's message with files", () => {
  let world: SlackWorld;
  beforeAll(async () => {
    // A small upload limit, so one real picture is too big for it.
    world = await openSlackWorld(undefined, { UPLOAD_MAX_BYTES: String(LIMIT) });
  });
  afterAll(async () => world?.close());

  it('sends the text, then each picture fetched with the bot token, and lists the files that did not go with the reason', async () => {
    const { conversationId, threadTs } = await handedOff(world, 'web-file-1');
    const map = world.slack.addFile('map.png', await png(8, 8), 'image/png');
    const invoice = world.slack.addFile('invoice.pdf', Buffer.from('%PDF-1.4 fake invoice'), 'application/pdf');
    const huge = world.slack.addFile('huge.png', await noisyPng(), 'image/png');
    const said = await world.agentSays('这是维修点地址的截图，请查收', threadTs, { subtype: 'file_share', files: [map, invoice, huge] });
    expect(said.status).toBe(200);

    // The text first, then the picture, in the customer's lane.
    const items = await toCustomerItems(world);
    const mine = items.slice(items.findIndex((i) => (i.payload as OutboundMessage).text === '这是维修点地址的截图，请查收'));
    expect(mine.map((i) => i.kind)).toEqual(['message', 'image']);
    expect((mine[0]!.payload as OutboundMessage).attachments).toBeUndefined();
    const image = (mine[1]!.payload as { image: { ref: string; mimeType: string } }).image;
    expect(image.mimeType).toBe('image/png');
    expect(fs.readFileSync(image.ref).equals(await png(8, 8))).toBe(true);
    expect(path.dirname(image.ref)).toBe(world.config.uploadsDir);
    // Only the picture was downloaded (the PDF and the oversized one were refused from what Slack said), with the token.
    const ours = (id: string) => [map.id, invoice.id, huge.id].includes(id);
    expect(world.slack.downloads.filter((d) => ours(d.id))).toEqual([{ id: map.id, authorized: true }]);

    const stored = (await world.assistant.desk.conversations.history(conversationId, 50)).at(-1)!;
    expect(stored).toMatchObject({ author: `agent:slack:${AGENT}`, text: '这是维修点地址的截图，请查收' });
    expect(stored.attachments).toEqual([expect.objectContaining({ kind: 'image', ref: image.ref, name: 'map.png' })]);

    await world.drain();
    const notice = noticesIn(world, threadTs).at(-1)!;
    expect(notice).toMatch(/以下文件没有发给客户（其余内容已发送）/);
    expect(notice).toMatch(/invoice\.pdf：不是图片.*not a picture/);
    expect(notice).toMatch(/huge\.png：文件太大.*too large/);
    expect(notice).not.toMatch(/map\.png/);
    expect(world.errors).toEqual([]);
  });

  it('sends a picture alone, and refuses a file that only claims to be a picture by its bytes', async () => {
    const { conversationId, threadTs } = await handedOff(world, 'web-file-2');
    const photo = world.slack.addFile('photo.jpg', await png(6, 6, 'jpeg'), 'image/jpeg');
    const fake = world.slack.addFile('fake.png', Buffer.from('<html>not a picture</html>'), 'image/png');
    expect((await world.agentSays('', threadTs, { subtype: 'file_share', files: [photo, fake] })).status).toBe(200);
    const items = (await toCustomerItems(world)).filter((i) => (i.payload as { conversationId: number }).conversationId === conversationId && i.kind === 'image');
    expect(items.map((i) => (i.payload as { image: { mimeType: string } }).image.mimeType)).toEqual(['image/jpeg']);
    await world.drain();
    expect(noticesIn(world, threadTs).at(-1)).toMatch(/fake\.png：不是图片/);
  });

  it('tells the agent when nothing of the message could go', async () => {
    const { threadTs } = await handedOff(world, 'web-file-3');
    const before = (await toCustomer(world)).length;
    const invoice = world.slack.addFile('invoice.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
    expect((await world.agentSays('', threadTs, { subtype: 'file_share', files: [invoice] })).status).toBe(200);
    expect((await toCustomer(world)).length).toBe(before);
    await world.drain();
    expect(noticesIn(world, threadTs).at(-1)).toMatch(/以下文件没有发给客户 \/ These files were not sent.*invoice\.pdf/s);
    expect(world.errors).toEqual([]);
  });

  it("never sends the bot token to a host other than Slack's own", async () => {
    const { threadTs } = await handedOff(world, 'web-file-4');
    const seen: (string | undefined)[] = [];
    const elsewhere = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end(Buffer.alloc(10));
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const url = `http://localhost:${(elsewhere.address() as AddressInfo).port}/steal.png`;
    await world.agentSays('看图', threadTs, { subtype: 'file_share', files: [{ id: 'F0EVIL', name: 'steal.png', mimetype: 'image/png', size: 10, url_private_download: url }] });
    elsewhere.close();
    expect(seen).toEqual([]);
    await world.drain();
    expect(noticesIn(world, threadTs).at(-1)).toMatch(/steal\.png：无法从 Slack 下载/);
  });
});

describe('the alerts-only thread mode (SLACK_THREAD_MODE=alerts)', () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await openSlackWorld(undefined, { SLACK_THREAD_MODE: 'alerts' });
  });
  afterAll(async () => world?.close());

  it('keeps what the team types as notes, and sends only what is given with !reply or 回复：', async () => {
    const { threadTs, ticketNumber } = await handedOff(world, 'web-alerts-1');
    await world.agentSays('这个客户上周也报过，可能是压缩机', threadTs);
    await world.agentSays('<@U0OTHER> 你看下这个单子', threadTs);
    expect(await toCustomer(world)).toEqual([]);
    const notes = (await world.assistant.desk.tickets.events(ticketNumber)).filter((e) => e.kind === 'note');
    expect(notes.map((n) => JSON.stringify(n))).toEqual([expect.stringContaining('可能是压缩机'), expect.stringContaining('你看下这个单子')]);
    await world.drain();
    expect(noticesIn(world, threadTs).at(-1)).toMatch(/没有发给客户.*!reply/s);

    await world.agentSays('!reply 您好，师傅明天上午上门检查', threadTs);
    await world.agentSays('回复：请保持电话畅通', threadTs);
    expect((await toCustomer(world)).map((m) => m.text)).toEqual(['您好，师傅明天上午上门检查', '请保持电话畅通']);
    expect(world.errors).toEqual([]);
    expect(world.slack.posts(CHANNEL).length).toBeGreaterThan(0);
  });
});
