/**
 * A customer abroad leaves their number as it is dialled at home. A Hong Kong mobile of eight
 * digits beside a Hong Kong address is taken, not asked again; a South African or Malaysian mobile
 * ("08x xxx xxxx", "01x-xxx xxxx") is never regrouped as a mainland landline (which moved the
 * customer's digits): it is kept as typed until the address says the country, then shown in that
 * country's own grouping with its code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const EN = ['the dishwasher will not drain, please book a technician', 'not sure of the model', 'bought it in March 2025'];
const ZH = ['洗碗机不排水了，麻烦安排师傅上门', '型号不清楚', '2025年3月买的'];
const start = (lang: 'en' | 'zh') => (lang === 'en' ? EN : ZH);
const yes = (lang: 'en' | 'zh') => (lang === 'en' ? 'yes that is right' : '对的');
/** The ask for a phone, in either language. */
const ASKS_PHONE = /which mobile number|phone number the engineer can call|which country is|country code|手机号|国家码|国家\/地区码/i;

describe('an eight-digit Hong Kong mobile beside a Hong Kong address', () => {
  it.each([
    ['en', 'Flat 7D, Block 3, Kornhill Gardens, Quarry Bay', '6312 8840', '+852 6312 8840'],
    ['en', 'Rm 1506, 15/F, Hoi Tat House, Lei Tung Estate, Ap Lei Chau', '5128 9073', '+852 5128 9073'],
    ['en', 'Flat B, 9/F, Wing Fat Mansion, 42 Shantung Street, Mong Kok', '9401 2276', '+852 9401 2276'],
    ['zh', 'Flat 12A, Tower 5, Sunshine City, Ma On Shan', '9735 1180', '+852 9735 1180'],
  ] as const)('%s: %s then %s', async (lang, address, phone, international) => {
    const c = world.customer(`hk-local-${phone}`);
    const [fault, ...rest] = start(lang);
    await c.say(`${fault}. ${lang === 'en' ? 'I live at' : '地址'} ${address}`);
    for (const said of rest) await c.say(said);
    const summary = await c.say(phone);
    expect(summary.text).not.toMatch(ASKS_PHONE);
    expect(summary.text).toContain(international);
    await c.say(yes(lang));
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe(international);
  });

  it.each([
    ['en', '5520 6614, Flat 3C, Fu Keung House, Tai Hing Estate, Tuen Mun', '+852 5520 6614'],
    ['zh', '手机 9188 0473，地址 Flat 21B, Block 2, Kingswood Villas, Tin Shui Wai', '+852 9188 0473'],
  ] as const)('in one line with the address (%s)', async (lang, line, international) => {
    const c = world.customer(`hk-line-${line}`);
    for (const said of start(lang)) await c.say(said);
    const summary = await c.say(line);
    expect(summary.text).toContain(international);
  });
});

describe('a number dialled at home abroad keeps every digit in its place', () => {
  it.each([
    ['en', '083 918 2265', '7 Jacaranda Ave, Durbanville, Cape Town 7550', '+27 83 918 2265'],
    ['en', '072 604 5518', 'Unit 12, 40 Rivonia Rd, Sandton, Johannesburg 2196', '+27 72 604 5518'],
    ['en', '016-774 2093', 'No. 15, Jalan Kenari 4, Taman Sri Muda, 40400 Shah Alam, Selangor', '+60 16 774 2093'],
    ['en', '012-508 3317', '21 Jalan Anggerik 2, Taman Cheras, 56100 Kuala Lumpur', '+60 12 508 3317'],
    ['zh', '019-226 8450', 'No. 3, Lorong Bunga Raya 7, Taman Mutiara, 14000 Bukit Mertajam, Penang', '+60 19 226 8450'],
    ['zh', '081 377 6402', '18 Protea Close, Umhlanga, Durban 4319', '+27 81 377 6402'],
  ] as const)('%s: %s then %s', async (lang, phone, address, international) => {
    const c = world.customer(`home-dialled-${phone}`);
    for (const said of start(lang)) await c.say(said);
    const asked = await c.say(phone);
    // Never a mainland landline regrouping of the customer's digits (0839-182265).
    expect(asked.text).not.toMatch(/\b0\d{3}-\d{6}\b/);
    const summary = await c.say(address);
    expect(summary.text).toContain(international);
    expect(summary.text).toContain(address);
    await c.say(yes(lang));
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe(international);
    expect(ticket?.address).toBe(address);
  });

  it.each([
    ['en', '084 220 7391'],
    ['zh', '018-903 6627'],
  ] as const)('with no country in sight it is shown as typed (%s: %s)', async (lang, phone) => {
    const c = world.customer(`as-typed-${phone}`);
    for (const said of start(lang)) await c.say(said);
    await c.say(phone);
    const summary = await c.say(lang === 'en' ? 'Room 1203, Tower B, Central Park, 6 Chaoyangmen North Street, Dongcheng District' : '杭州市西湖区文三路90号 5幢1单元302');
    expect(summary.text).toContain(phone);
  });
});
