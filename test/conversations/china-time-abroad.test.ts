/**
 * A customer abroad hears that the times we promise are China time: "by 7 Dec, 15:00" read on a
 * British clock is the middle of the night. A mainland customer's replies are unchanged, and a
 * time the customer gave for the visit is not called China time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { chinaTimeNote } from '../../bot/engine/china-time-note';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const NOTE = /China time|北京时间/;

describe('promised times for customers abroad', () => {
  it.each([
    [
      'en',
      ['my Bosch dishwasher shows E24 and stops', 'still E24 after a restart, please book an engineer', 'model SMS46, bought 2024'],
      'phone 07700 900461, 14 Albert Rd, Manchester M19 2EQ, Tuesday morning',
    ],
    ['en', ['the Samsung fridge is not cooling', 'still warm, send someone please', 'model RF28, bought 2025'], '0412 345 678, 22 Rose St Fitzroy VIC 3065, Thursday afternoon'],
  ])('the filing says whose clock (%s)', async (_lang, opening, contact) => {
    const c = world.customer(`abroad-${contact}`);
    for (const line of opening) await c.say(line);
    await c.say(contact);
    const filed = await c.say('yes that is right');
    expect(filed.text).toMatch(/AS-\d{8}/);
    expect(filed.text).toMatch(NOTE);
  });

  it('a mainland customer hears no note', async () => {
    const c = world.customer('mainland-clock');
    for (const line of ['海尔冰箱不制冷', '还是不凉 约师傅吧', '型号BCD-470 去年买的', '13912345678 杭州市西湖区文三路90号3幢1502 周二上午']) await c.say(line);
    const filed = await c.say('对');
    expect(filed.text).toMatch(/AS-\d{8}/);
    expect(filed.text).not.toMatch(NOTE);
  });

  it.each([
    ['Filed. The engineer will call you by 7 Dec, 15:00.', '+44 7700 900461', true],
    ['客服会在 12月7日 14:00 前联系您。', '+61 412 345 678', true],
    ['Filed. The engineer will call you by 7 Dec, 15:00.', '13912345678', false],
    ['Filed. The engineer will call you by 7 Dec, 15:00.', '+86 139 1234 5678', false],
    ['Filed. The engineer will call you by 7 Dec, 15:00.', '+852 9123 4567', false],
    ['· Preferred time: after 14:00', '+44 7700 900461', false],
  ])('%s / %s -> note %s', (reply, phone, noted) => {
    expect(Boolean(chinaTimeNote(reply, phone, 'en'))).toBe(noted);
  });
});
