/**
 * A model the customer typed is not replaced by the one OCR read off a receipt photo (playtest round
 * 26: a typed WW90… became the receipt's misread "WWOOT…"). The receipt still gives its date.
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
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'typed-model-')), 'receipt.png');
  fs.copyFileSync(path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png'), copy);
  return [{ kind: 'image' as const, ref: copy, mimeType: 'image/png', bytes: fs.statSync(copy).size, name: 'receipt' }];
};

describe('the model typed stands over the receipt read', () => {
  it.each([
    ['zh', '格力空调不制冷了，帮我约师傅上门', '型号是KFR-35GW/NhGd1C', '这是购买小票', ['13812345678', '南京市鼓楼区中山路100号3栋502', '明天上午']],
    [
      'en',
      'my Gree air conditioner stopped cooling, please book an engineer',
      'the model is KFR-35GW/NhGd1C',
      "here's the receipt",
      ['13812345678', 'Room 502, Building 3, 100 Zhongshan Road, Gulou District, Nanjing', 'tomorrow morning'],
    ],
  ])('%s', async (_lang, start, model, caption, rest) => {
    const c = world.customer(`typed-model-${start}`);
    await c.say(start);
    await c.say(model);
    const read = await c.say(caption, { attachments: photo() });
    // The receipt's date is taken (it is not asked for again).
    const later = [read.text, ...(await c.sayAll(...rest))].join('\n');
    expect(later).toMatch(/KFR-35GW\/NhGd1C/);
    expect(later).not.toMatch(/NhGd1B/);
    expect(later).toMatch(/2025/);
  });
});
