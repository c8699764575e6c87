/**
 * A customer's receipt photo, sent while the conversation is with the Slack desk, reaches the
 * agents' thread as a file, through files.uploadV2's three steps against the fake Slack Web API
 * (upload URL, the bytes, completion into the thread).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, openSlackWorld, type SlackWorld } from '../../testing/slack-world';

const RECEIPT = path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png');

describe("a customer's photo in the Slack thread", () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await openSlackWorld();
  });
  afterAll(async () => world?.close());

  const sendPhoto = async (ref: string, text: string, id: string) =>
    world.assistant.bot.handle({
      channel: 'web',
      channelMessageId: id,
      customerRef: 'web-photo-1',
      text,
      attachments: [{ kind: 'image', ref, mimeType: 'image/png' }],
      receivedAt: world.clock.now().toISOString(),
    });

  it('uploads the photo into the handoff thread, after the message it came with', async () => {
    await world.customer('格力空调不制冷，还在保修期吗', 'web-photo-1');
    const escalated = await world.customer('转人工', 'web-photo-1');
    await world.drain();
    const threadTs = await world.threadOf(escalated.conversationId);

    fs.mkdirSync(world.config.uploadsDir, { recursive: true });
    const stored = path.join(world.config.uploadsDir, 'receipt-test-1.png');
    fs.copyFileSync(RECEIPT, stored);
    await sendPhoto(stored, '这是发票', 'web-photo-msg-1');
    await world.drain();

    const thread = world.slack.replies(threadTs);
    const at = thread.findIndex((m) => m.text.includes('这是发票'));
    expect(at).toBeGreaterThanOrEqual(0);
    const withFile = thread.slice(at + 1).find((m) => m.files?.length);
    expect(withFile?.channel).toBe(CHANNEL);
    expect(withFile!.files![0]!.name).toBe('customer-photo-1.png');
    expect(withFile!.files![0]!.data.equals(fs.readFileSync(RECEIPT))).toBe(true);
    expect(world.slack.callsOf('files.getUploadURLExternal')).toHaveLength(1);
    expect(world.slack.callsOf('files.completeUploadExternal')).toHaveLength(1);
    expect(world.errors).toEqual([]);

    // A photo the server no longer keeps is said in the thread, not silently skipped.
    await sendPhoto(path.join(world.config.uploadsDir, 'gone.png'), '', 'web-photo-msg-2');
    await world.drain();
    expect(world.slack.replies(threadTs).at(-1)!.text).toMatch(/no longer kept/);
  });
});
