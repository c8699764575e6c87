/**
 * Self-help that fits the symptom told in plain words: a fridge that hums or rumbles at night
 * (level it, a gap from the wall, nothing on top, which sounds are normal) and one earbud silent
 * while the other "is fine" (both back in the case, the phone's left/right balance, pairing again).
 * "嗡嗡的响 吵得睡不着" lost the noise case to others, "轰轰" was no noise at all, and "另一边好好的"
 * was read as an "ok, thanks", so the customer got the menu line instead of an answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const MENU = /请说说遇到了什么问题|what seems to be the problem|tell me what the problem is/i;
const NO_CASE = /没有对得上的处理方法|have no fix that matches/i;

describe('a fridge loud at night', () => {
  it.each([
    ['zh', '家里冰箱夜里嗡嗡的响 吵得孩子睡不好'],
    ['zh', '冰箱半夜老是轰轰地响'],
    ['en', 'the fridge rumbles so loudly at night we can hear it in the bedroom'],
  ])('gets the noise self-help with the normal sounds (%s)', async (_lang, noisy) => {
    const said = await world.customer(`noise-${noisy}`).say(noisy);
    expect(said.text).not.toMatch(NO_CASE);
    expect(said.text).toMatch(/调平|\blevel\b/i);
    expect(said.text).toMatch(/离墙|to the wall/i);
    expect(said.text).toMatch(/正常运行的声音|normal running sounds/i);
  });
});

describe('one earbud silent, the other fine', () => {
  it.each([
    ['zh', '耳机右边没声了 左边好好的'],
    ['zh', '蓝牙耳机右耳没声音了 左耳好好的'],
    ['en', 'my earbuds: the right one makes no sound, the left one is perfectly fine'],
  ])('gets the steps for one silent earbud, not the menu (%s)', async (_lang, oneSide) => {
    const said = await world.customer(`one-bud-${oneSide}`).say(oneSide);
    expect(said.text).not.toMatch(MENU);
    expect(said.text).toMatch(/充电盒|charging case/i);
    expect(said.text).toMatch(/平衡|balance/i);
  });
});
