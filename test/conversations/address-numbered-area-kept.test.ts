/**
 * A number written right after a word in an address belongs to it ("Zone 4", "Stage 1", a tower's
 * "C3" with its room, "5 号楼"): it is not a new field, so the address is kept whole with its city and
 * postcode, never cut off before the number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const EN = ['the washing machine will not drain, please send someone', 'no idea of the model', 'bought it in spring 2024'];
const ZH = ['洗衣机不排水了，麻烦安排师傅上门', '型号不知道', '2024年春天买的'];

describe('an address with a numbered area is taken whole', () => {
  it.each([
    ['en', '+91 98450 12345', 'House 9, 6th Main, Jayanagar Zone 4, Bengaluru 560041'],
    ['en', '+91 99001 23456', 'Flat 4, 2nd Main, Indiranagar Stage 1, Bangalore 560038'],
    ['zh', '13812345678', '杭州市余杭区 未来科技城 海创园 C3 508'],
    ['zh', '13912345678', '朝阳区 幸福小区 5 号楼 302'],
  ] as const)('%s: %s', async (lang, phone, address) => {
    const c = world.customer(`numbered-area-${address}`);
    for (const said of lang === 'en' ? EN : ZH) await c.say(said);
    await c.say(phone);
    const summary = await c.say(address);
    expect(summary.text).toContain(address);
    await c.say(lang === 'en' ? 'yes please' : '对');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toBe(address);
  });
});
