/**
 * Facts (issue 16, session 10): every number a service desk would call back is kept — Hong Kong and
 * Macau, Taiwan mobiles, numbers with a country code, landlines with an area code, numbers written
 * in groups — normalised on the ticket; a number that cannot be used is explained and asked again,
 * never dropped without a word. The detector is the one redaction uses, so these are hidden too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../bot/text/phone-numbers';
import { findPersonalData } from '../../bot/redaction/personal-data';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the one phone definition reads numbers from outside the mainland', () => {
  it.each([
    ['电话 +852 6123 8899', '+852 6123 8899'],
    ['852-5123-4567', '+852 5123 4567'],
    ['我在澳门，手机 6688 1234', '+853 6688 1234'],
    ['0933-222-111', '+886 933 222 111'],
    ['call me on +44 7911 123456', '+44 7911 123456'],
    ['+1 (646) 555-0199', '+1 646 555 0199'],
    ['0061 412 345 678', '+61 412 345 678'],
    ['+65 8123 4567', '+65 8123 4567'],
  ])('%s', (text, canonical) => {
    expect(findPhoneNumbers(text).map((p) => p.canonical)).toEqual([canonical]);
  });

  it.each(['订单号 0933222111', '型号 0933-222-111', '价格 6688 元', 'KFR-35GW/BP2', '12345678'])('is no phone: %s', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('hides them like a mainland number', () => {
    expect(findPersonalData('my number is +44 7911 123456, thanks')).toEqual([expect.objectContaining({ kind: 'PHONE', value: '+44 7911 123456' })]);
  });
});

const ZH = (phone: string) => ['电饭煲不加热了，要报修', '不知道', '去年', phone, '深圳市福田区福华路88号2栋1201'];
const EN = (phone: string) => ['my coffee machine leaks, please book a repair', 'no idea', 'last year', phone, 'Flat 12, 3 Wulumuqi Road, Xuhui, Shanghai'];

describe('a number of another kind is taken, shown and filed', () => {
  it.each([
    ['zh', ZH('香港号码 9876 5432'), '+852 9876 5432'],
    ['zh', ZH('台湾手机 0955-123-456'), '+886 955 123 456'],
    ['zh', ZH('座机 021-6555 8888'), '021-65558888'],
    ['en', EN('+44 7911 123456'), '+44 7911 123456'],
    ['en', EN('you can reach me at +1 646 555 0199'), '+1 646 555 0199'],
  ])('%s: %j', async (lang, form, phone) => {
    const c = world.customer(`phone-kind-${form[3]}`);
    let summary;
    for (const line of form) summary = await c.say(line);
    expect(summary?.text).toContain(phone);
    await c.say(lang === 'zh' ? '对' : 'yes');
    const [ticket] = await c.tickets();
    expect(ticket!.contactPhone).toBe(phone);
  });
});

describe('a number that cannot be used is explained and asked again', () => {
  it.each([
    ['zh', ['电饭煲不加热了，要报修', '不知道', '去年', '1391234567'], /10 位.*11 位/],
    ['zh', ['电饭煲不加热了，要报修', '不知道', '去年', '电话 66778'], /没法回拨/],
    ['en', ['my coffee machine leaks, please book a repair', 'no idea', 'last year', '139123456789'], /12 digits.*11/],
    ['en', ['my coffee machine leaks, please book a repair', 'no idea', 'last year', 'call 555 0199'], /couldn't call that number back/],
  ])('%s: %j', async (_lang, form, why) => {
    const c = world.customer(`phone-bad-${form[3]}`);
    let reply;
    for (const line of form) reply = await c.say(line);
    expect(reply?.text).toMatch(why);
    // The question stands: the next message with a good number goes on to the address.
    const next = await c.say('13912345678');
    expect(next.text).toMatch(/地址|address/);
  });
});
