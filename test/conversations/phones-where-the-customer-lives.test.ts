/**
 * A mobile written the way its own country writes it, without the country code, is that country's
 * mobile when the conversation says where the customer is (a city, a country, an address), and is
 * said back in the customer's own format: never regrouped as a mainland landline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { findPhoneNumbers } from '../../bot/text/phone-numbers';
import { countryOfAddress, countrySaidIn } from '../../bot/text/customer-country';
import { normaliseText } from '../../kernel/text/normal-form';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ZH = (where: string, phone: string, address: string) => [`${where}，電鍋按下去燈不亮，完全不會加熱，要報修`, '不知道型號', '去年', phone, address];
const EN = (where: string, phone: string, address: string) => [`${where}, my rice cooker does not heat at all, please book a repair`, 'no idea', 'last year', phone, address];

describe('a mobile written as at home, where the customer says they live', () => {
  it.each([
    ['zh', ZH('我住在大阪', '電話 080-3141-5926', '大阪市北區梅田3-1-1'), '080-3141-5926', '+81 80 3141 5926'],
    ['zh', ZH('人在東京', '手機070 2718 2818', '東京都港區芝公園4-2-8'), '070-2718-2818', '+81 70 2718 2818'],
    ['zh', ZH('我在新加坡', '我的電話 9234 5678', '新加坡烏節路238號'), '9234 5678', '+65 9234 5678'],
    ['zh', ZH('我住馬尼拉', '手機 0917 555 1234', '馬尼拉馬卡蒂市阿亞拉大道6750號'), '0917 555 1234', '+63 917 555 1234'],
    ['en', EN("I'm in Yokohama", 'my mobile is 090 8765 4321', '1-1 Minatomirai, Nishi-ku, Yokohama'), '090-8765-4321', '+81 90 8765 4321'],
    ['en', EN('we live in Mumbai', 'mobile 98201 23456', 'Flat 402, Sea View Apartments, Bandra West, Mumbai 400050'), '98201 23456', '+91 98201 23456'],
    ['en', EN('I live in Leeds', '07700 900461', '14 Park Lane, Leeds LS1 2AB'), '07700 900461', '+44 7700 900461'],
    ['en', EN('we are based in Quezon City', 'cell 0918 222 3344', '12 Maginhawa Street, Teachers Village, Quezon City'), '0918 222 3344', '+63 918 222 3344'],
  ])('%s: %j', async (_lang, lines, shown, stored) => {
    const c = world.customer(`phone-home-${lines[3]}`);
    const replies = await c.sayAll(...lines);
    const summary = replies.at(-1)!;
    // Said back as the customer writes it, with the form the engineer dials from here; never a mainland landline.
    expect(summary).toContain(`${shown} (${stored})`);
    expect(replies.join('\n')).not.toMatch(/座機|座机|landline|0\d{3}-\d{7}/i);
    await c.say(lines[0]!.includes('，') ? '對' : 'yes');
    const [ticket] = await c.tickets();
    expect(ticket!.contactPhone).toBe(stored);
  });

  it.each([
    ['電話是 090-2468-1357', '+81 90 2468 1357'],
    ['call me on 080-1357-2468', '+81 80 1357 2468'],
  ])('a Japanese mobile grouped 3-4-4 is never a mainland landline, even before the place is known: %s', (text, canonical) => {
    expect(findPhoneNumbers(normaliseText(text)).map((p) => [p.kind, p.canonical])).toEqual([['abroad', canonical]]);
  });

  it.each([
    ['我人在東京', 'JP'],
    ['我們住在京都', 'JP'],
    ['我住高雄', 'TW'],
    ['我在台南工作', 'TW'],
    ['我住在孟買', 'IN'],
    ['人在馬尼拉', 'PH'],
    ['I live in Kaohsiung', 'TW'],
  ])('a place named in Chinese or English says the country: %s', (text, country) => {
    expect(countrySaidIn(normaliseText(text))).toBe(country);
  });

  it.each(['一台北京买的空调坏了', '那台东芝冰箱不制冷', '我家在深圳市南山区桃园路', '北京都下雪了'])('a counting word or a mainland street is no place abroad: %s', (text) => {
    expect(['TW', 'JP']).not.toContain(countrySaidIn(normaliseText(text)));
    expect(['TW', 'JP']).not.toContain(countryOfAddress(normaliseText(text)));
  });
});
