/**
 * Customers abroad leave their number as it is written where they live (a UK mobile with its
 * trunk 0, a US number in brackets or dashes, an Australian 04 mobile, a Singapore number beside
 * a Singapore address): the one phone detector reads it with libphonenumber, the ticket keeps it
 * in international form and the summary says it back that way. Made-up numbers are still asked again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../bot/text/phone-numbers';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the one phone detector reads a number as dialled abroad', () => {
  it.each([
    ['07700 900 271', '+44 7700 900271'],
    ['mob: 07723 456789', '+44 7723 456789'],
    ['(415) 555-0137', '+1 415 555 0137'],
    ['call 646.555.0102 after 6', '+1 646 555 0102'],
    ['0491 570 006', '+61 491 570 006'],
    ['9876 5432, 10 Tampines Central 1, #04-01, Singapore 529536', '+65 9876 5432'],
    ['phone 07911123456, Flat 2, 9 Mill Lane, Bristol BS1 4ST', '+44 7911 123456'],
  ])('%s', (text, international) => {
    expect(findPhoneNumbers(text).map((p) => [p.kind, p.canonical])).toEqual([['abroad', international]]);
  });

  it.each(['123', '00000000000', '9876 5432', '订单号 07700900271', '型号 0491-570-006', '价格 1299 元'])('is no phone: %s', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it.each([
    ['13912345678', 'mobile', '13912345678'],
    ['座机 021-6555 8888', 'landline', '021-65558888'],
    ['电话 0791-8123 4567', 'landline', '0791-81234567'],
  ])('a mainland number reads as before: %s', (text, kind, canonical) => {
    expect(findPhoneNumbers(text).map((p) => [p.kind, p.canonical])).toEqual([[kind, canonical]]);
  });
});

const EN = ['the tumble dryer stopped heating, please send an engineer', 'no idea of the model', 'bought it in spring 2024'];
const ZH = ['烘干机不热了，麻烦安排师傅上门', '型号不知道', '2024年春天买的'];

describe('a customer abroad is booked with the number they wrote', () => {
  it.each([
    ['en', EN, '07700 900 271', 'Flat 3, 27 Baker Street, London NW1 6XE', '+44 7700 900271'],
    ['en', EN, 'you can reach me on (415) 555-0137', '1420 W Maple Ave, Chicago, IL 60614', '+1 415 555 0137'],
    ['en', EN, "it's 0491 570 006", 'Unit 5, 22 Smith St, Carlton VIC 3053', '+61 491 570 006'],
    ['zh', ZH, '我的英国手机 07723 456789', 'Flat 2, 9 Mill Lane, Bristol BS1 4ST', '+44 7723 456789'],
    ['zh', ZH, '美国号码 312-555-0148', '88 Oak Street, Springfield, IL 62701', '+1 312 555 0148'],
  ])('%s: %s', async (lang, start, phone, address, international) => {
    const c = world.customer(`abroad-${lang}-${phone}`);
    for (const line of start) await c.say(line);
    const asked = await c.say(phone);
    expect(asked.text).not.toMatch(/mainland|国内的号码|country code|国家码/i);
    const summary = await c.say(address);
    expect(summary.text).toContain(international);
    await c.say(lang === 'zh' ? '对的' : 'yes, that is right');
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe(international);
  });

  it.each([
    ['en', 'the fridge is not cooling, I need a repair. I live at Blk 210 Bedok North St 1, #07-33, Singapore 460210'],
    ['zh', '冰箱不制冷了，要报修，地址 Blk 210 Bedok North St 1, #07-33, Singapore 460210'],
  ])('a Singapore number after a Singapore address (%s)', async (lang, first) => {
    const c = world.customer(`abroad-sg-${lang}`);
    await c.say(first);
    await c.say(lang === 'zh' ? '不清楚' : "don't know");
    await c.say(lang === 'zh' ? '去年' : 'last year');
    const summary = await c.say('9876 5432');
    expect(summary.text).toContain('+65 9876 5432');
    await c.say(lang === 'zh' ? '对' : 'yes');
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe('+65 9876 5432');
  });

  it.each([
    ['en', EN, '123', /couldn't call that number back|country code/i],
    ['en', EN, '00000000000', /couldn't call that number back|country code|digits/i],
    ['zh', ZH, '00000000000', /没法回拨|国家码|位/],
  ])('a made-up number is asked again (%s: %s)', async (_lang, start, phone, why) => {
    const c = world.customer(`abroad-fake-${_lang}-${phone}`);
    for (const line of start) await c.say(line);
    const said = await c.say(phone);
    expect(said.text).toMatch(why);
    expect(said.text).toMatch(/phone|号码|电话|手机/i);
  });
});

describe('an 8-digit number with no country in sight', () => {
  it('is asked about with the forms that work, then taken with its code (en)', async () => {
    const c = world.customer('abroad-8-en');
    for (const line of EN) await c.say(line);
    const said = await c.say('8234 5678');
    expect(said.text).toMatch(/\+65 8234 5678/);
    const next = await c.say('+65 8234 5678');
    expect(next.text).toMatch(/address/i);
  });
});
