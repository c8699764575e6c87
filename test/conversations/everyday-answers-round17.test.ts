/**
 * Practical questions a person at the desk answers at once (playtest round 17), in our own words:
 * where the gas shut-off valve usually is, the water in a locked front loader, sending the receipt,
 * washing-up liquid in a dishwasher, and warm clothes left in a dryer that smoked. None is put off
 * with "no reliable information", put out of scope or read as a fault.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const first = async (line: string): Promise<string> => (await world.customer(`everyday17-${++n}`).sayAll(line))[0]!;

const PUT_OFF = /没有确切|帮不上忙|no reliable|don't have a reliable|can't help with that|I handle after-sales/i;

describe('where the gas shut-off valve usually is', () => {
  it.each([
    ['zh', '燃气总阀一般装在哪里'],
    ['zh', '天然气阀门通常在什么位置'],
    ['en', 'where would the main gas shut-off valve usually be in a flat?'],
    ['en', 'how do I find the gas shut-off valve in my apartment?'],
  ])('beside the meter, a quarter turn closes it (%s)', async (lang, line) => {
    const reply = await first(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /燃气表旁边[\s\S]*四分之一圈/ : /beside the gas meter[\s\S]*quarter turn/);
  });
});

describe('everyday questions answered last round, asked our way', () => {
  it.each([
    ['zh', '滚筒洗衣机锁着门里面都是水，怎么弄出来', /应急排水管/],
    ['en', 'front loader stuck locked with water inside, how do I get the water out', /emergency drain hose/],
    ['zh', '发票要不要拍给你', /这个对话里/],
    ['en', 'do you need me to upload the purchase receipt?', /here in this chat/],
    ['zh', '洗洁精可以放洗碗机里用吗', /不能用[\s\S]*泡沫/],
    ['en', 'can I put washing-up liquid in the dishwasher?', /^No\b[\s\S]*foam/m],
  ])('%s: %s', async (_lang, line, want) => {
    const reply = await first(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(want);
  });
});

describe('warm clothes in a dryer that smoked', () => {
  it.each([
    ['zh', '干衣机刚才冒烟了，里面还有热衣服，可以先放着不管吗'],
    ['zh', '烘干机有点冒烟，我已经关了，里面烫的衣服要不要拿出来'],
    ['en', 'the dryer smoked a bit, can I just leave the warm clothes in it?'],
    ['en', 'smoke came out of the tumble dryer, should I take the hot laundry out?'],
  ])('the safety advice first, then: take them out and spread them to cool once there is no smoke (%s)', async (lang, line) => {
    const reply = await first(line);
    expect(reply).toMatch(lang === 'zh' ? /总电闸断电[\s\S]*摊开[\s\S]*119/ : /breaker[\s\S]*spread them out[\s\S]*119/);
  });
});
