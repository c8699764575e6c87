/**
 * Customers abroad fill the repair form as they write at home: an Australian unit/street number,
 * shortened street words, a basement suite, an Indian flat and building, a Canadian, Irish or NZ
 * postcode, a local number before or beside the address. The summary and the ticket keep the whole
 * address and a number someone can call, a unit corrected at the summary is replaced where it
 * stands, and the address is never asked for again.
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

describe('the number and the address in one line', () => {
  it.each([
    ['en', '0433 901 552. 27 Tuart Cl, Kelmscott WA 6111', '+61 433 901 552', '27 Tuart Cl, Kelmscott WA 6111'],
    ['en', 'mobile is 0412 760 388 and I am at 9 Jacaranda Tce, Indooroopilly QLD 4068', '+61 412 760 388', '9 Jacaranda Tce, Indooroopilly QLD 4068'],
    ['en', '027 431 8860 18 Rimu Pl, Karori, Wellington 6012', '+64 274 318 860', '18 Rimu Pl, Karori, Wellington 6012'],
    ['en', '98450 12345, Flat 4B, Sai Krupa Residency, 21 Nehru Street, Mylapore, Chennai 600004', '+91 98450 12345', 'Flat 4B, Sai Krupa Residency, 21 Nehru Street, Mylapore, Chennai 600004'],
    ['en', '0998 765 4321 - Blk 9 Lot 3, Barangay Malanday, Marikina City 1805', '+63 998 765 4321', 'Blk 9 Lot 3, Barangay Malanday, Marikina City 1805'],
    ['zh', '手机 0433 901 552，地址 5 Banksia Cres, Duncraig WA 6023', '+61 433 901 552', '5 Banksia Cres, Duncraig WA 6023'],
    ['zh', '(604) 555-0178 basement suite, 3381 E 12th Ave, Vancouver BC V5M 2B7', '+1 604 555 0178', 'basement suite, 3381 E 12th Ave, Vancouver BC V5M 2B7'],
  ] as const)('%s: %s', async (lang, line, phone, address) => {
    const c = world.customer(`fields-abroad-line-${line}`);
    for (const said of start(lang)) await c.say(said);
    const summary = await c.say(line);
    expect(summary.text).toContain(phone);
    expect(summary.text).toContain(address);
    await c.say(yes(lang));
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe(phone);
    expect(ticket?.address).toBe(address);
  });
});

describe('an address with shortened street words is taken, not asked again', () => {
  it.each([
    ['en', '40 Pacific Hwy, Gosford NSW 2250'],
    ['en', '3 Harbour View Ct, Devonport, Auckland 0624'],
    ['en', 'rear flat, 11 Totara Gr, Hamilton 3210'],
    ['en', 'Apt 5, 31 Pembroke Ln, Ballsbridge, Dublin 4, D04 K7W2'],
    ['en', 'No. 7, 2nd Cross, 4th Main, Jayanagar, Bengaluru 560041'],
    ['zh', '66 The Esp, Sumner, Christchurch 8081'],
    ['zh', 'lower unit, 72 Cedar Way, Kelowna BC V1Y 4K2'],
  ] as const)('%s: %s', async (lang, address) => {
    const c = world.customer(`fields-abroad-addr-${address}`);
    for (const said of start(lang)) await c.say(said);
    await c.say('+44 7700 900 318');
    const summary = await c.say(address);
    expect(summary.text).toContain(address);
    expect(summary.text).not.toMatch(/what is the address|地址是|详细地址/i);
  });
});

describe('a number sent before an address abroad is read where the customer lives', () => {
  it.each([
    ['en', '083 456 7812', '19 Quay St, Galway H91 E2X4', '+353 83 456 7812'],
    ['en', '021 555 0123', '8 Kauri Pl, Remuera, Auckland 1050', '+64 21 555 0123'],
    ['zh', '0917 234 5678', '8 Rizal St, Barangay Poblacion, Makati City 1210', '+63 917 234 5678'],
  ] as const)('%s: %s then %s', async (lang, phone, address, international) => {
    const c = world.customer(`fields-abroad-before-${phone}`);
    for (const said of start(lang)) await c.say(said);
    await c.say(phone);
    const summary = await c.say(address);
    expect(summary.text).toContain(international);
    await c.say(yes(lang));
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe(international);
  });
});

describe('a unit corrected at the summary is replaced in place', () => {
  it.each([
    ['en', '14/62 Glenferrie Rd Hawthorn VIC 3122', "no it's unit 41 not 14", '41/62 Glenferrie Rd Hawthorn VIC 3122'],
    ['en', 'Flat 14, 27 Tuart Cl, Kelmscott WA 6111', 'sorry, flat 6 not 14', 'Flat 6, 27 Tuart Cl, Kelmscott WA 6111'],
    ['en', 'Apt 3E, 2150 W 7th Ave, Vancouver BC V6K 1X8', 'oops apt 3C not 3E', 'Apt 3C, 2150 W 7th Ave, Vancouver BC V6K 1X8'],
    ['en', '52 Marine Pde, Napier 4110', 'wait, the number is 25 not 52', '25 Marine Pde, Napier 4110'],
    ['en', '174/74 Hay St, Subiaco WA 6008', 'house number 47 not 74', '174/47 Hay St, Subiaco WA 6008'],
    ['zh', '3/17 Ocean Pde, Coogee NSW 2034', '是 5 不是 3', '5/17 Ocean Pde, Coogee NSW 2034'],
  ] as const)('%s: %s, %s', async (lang, address, fix, changed) => {
    const c = world.customer(`fields-abroad-fix-${address}`);
    for (const said of start(lang)) await c.say(said);
    await c.say('+44 7700 900 318');
    await c.say(address);
    const again = await c.say(fix);
    expect(again.text).toContain(changed);
    expect(again.text).not.toMatch(/, \d+[A-Z]?\s*$|, \d+[A-Z]?\n/m);
    await c.say(yes(lang));
    const [ticket] = await c.tickets();
    expect(ticket?.address).toBe(changed);
  });
});

describe('a customer in mainland China is booked as before', () => {
  it.each([
    ['zh', '13912345678 广州天河区棠下荟景苑8栋1502', '13912345678', '广州天河区棠下荟景苑8栋1502'],
    [
      'en',
      '139 1234 5678, Room 1203, Tower B, Central Park, 6 Chaoyangmen North Street, Dongcheng District',
      '13912345678',
      'Room 1203, Tower B, Central Park, 6 Chaoyangmen North Street, Dongcheng District',
    ],
  ] as const)('%s: %s', async (lang, line, phone, address) => {
    const c = world.customer(`fields-abroad-mainland-${lang}`);
    for (const said of start(lang)) await c.say(said);
    await c.say(line);
    await c.say(yes(lang));
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe(phone);
    expect(ticket?.address).toBe(address);
  });
});
