/**
 * A receipt photo sent while people have the chat is read, as at any other time, so the desk's
 * receipt card shows its date and model (blind desk playtest D2: the log showed the photo, the card
 * said "no receipt sent"). Both while queued for a person and once an agent holds the chat.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const photo = () => {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'held-receipt-')), 'receipt.png');
  fs.copyFileSync(path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png'), copy);
  return [{ kind: 'image' as const, ref: copy, mimeType: 'image/png', bytes: fs.statSync(copy).size, name: 'receipt' }];
};

describe('a receipt sent while a person has the chat', () => {
  it.each([
    ['zh', '空调不制冷，我要找人工客服', '小票拍给你们了', false],
    ['en', 'my air conditioner stopped cooling, I want to speak to a person', "here's my receipt", true],
  ])('%s (claimed: %s)', async (_lang, ask, caption, claimed) => {
    const c = world.customer(`held-receipt-${ask}`);
    const first = await c.say(ask);
    expect(first.mode).toBe('handoff_requested');
    if (claimed) await world.assistant.handoffs.takeOver(first.conversationId, 'web-desk:li');
    await c.say(caption, { attachments: photo() });
    const state = (await world.assistant.desk.conversations.get(first.conversationId)).state;
    expect(state.receipt?.evidence.purchaseDate).toBe('2025-03-15');
    expect(state.receipt?.fields.model?.value).toMatch(/KFR-35GW/);
  });
});
