/**
 * Fields as customers abroad write them, read by the one reader of each: addresses of continental
 * Europe, Japan and the Gulf (bot/text/address-en.ts with address-forms-abroad.ts), laptop models
 * after their maker and line, models with "@", invoice numbers that are not models, "last <month>"
 * a year back, and shops named by their own name (sale-channel.ts).
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../kernel/text/normal-form';
import { extractAddress, extractModel, extractPhone, extractPurchaseDate } from '../../bot/understanding/slots';
import { extractCategory } from '../../bot/understanding/slots';
import { saleChannelIn } from '../../bot/understanding/sale-channel';

const read = (text: string) => extractAddress(normaliseText(text, { spokenDigits: true }));

describe('addresses outside the English-speaking world are read whole', () => {
  it.each([
    ['please come to Schillerstraße 14, 60313 Frankfurt', 'Schillerstraße 14, 60313 Frankfurt'],
    ['Bahnhofstr. 3a, 70173 Stuttgart, 4th floor', 'Bahnhofstr. 3a, 70173 Stuttgart, 4th floor'],
    ['An der Lindenallee 6, 04105 Leipzig', 'An der Lindenallee 6, 04105 Leipzig'],
    ['Kölner Weg 8, 50858 Köln', 'Kölner Weg 8, 50858 Köln'],
    ['Prinsengracht 263, 1016 GV Amsterdam', 'Prinsengracht 263, 1016 GV Amsterdam'],
    ['my address: 27 rue de la République, 13002 Marseille', '27 rue de la République, 13002 Marseille'],
    ['boulevard Saint-Germain 115, 75006 Paris', 'boulevard Saint-Germain 115, 75006 Paris'],
    ['Avenida de la Constitución 20, 41004 Sevilla', 'Avenida de la Constitución 20, 41004 Sevilla'],
    ['Via Garibaldi 45, 10122 Torino', 'Via Garibaldi 45, 10122 Torino'],
    ['5-3-1 Ginza, Chuo-ku, Tokyo 104-0061', '5-3-1 Ginza, Chuo-ku, Tokyo 104-0061'],
    ['Umeda 1-12-6, Kita-ku, Osaka', 'Umeda 1-12-6, Kita-ku, Osaka'],
    ['Al Barsha 1, Building 22, flat 1104, Dubai', 'Al Barsha 1, Building 22, flat 1104, Dubai'],
    ['Villa 9, Street 31, Umm Suqeim 2, Dubai', 'Villa 9, Street 31, Umm Suqeim 2, Dubai'],
    ['seefeldstrasse 21, 8008 zürich', 'seefeldstrasse 21, 8008 zürich'],
    ['Landstraßer Hauptstraße 9, 1030 Wien', 'Landstraßer Hauptstraße 9, 1030 Wien'],
    ['ul. Długa 5, 80-827 Gdańsk', 'ul. Długa 5, 80-827 Gdańsk'],
    ['Drottninggatan 40, 111 51 Stockholm', 'Drottninggatan 40, 111 51 Stockholm'],
    ['2-chome-4-1 Shibakoen, Minato-ku, Tokyo', '2-chome-4-1 Shibakoen, Minato-ku, Tokyo'],
  ])('%s', (text, address) => expect(read(text)).toBe(address));

  it.each([
    ['Leopoldstraße 40, 80802 München, 0170 555 1234, Sabine Kurz', 'Leopoldstraße 40, 80802 München', '+49 170 5551234'],
    ['1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002 tel 080-1111-2222 Yuki Mori', '1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002', '+81 80 1111 2222'],
    ['Torstraße 88, 10119 Berlin, Miriam Falk, 0151 4455 6677', 'Torstraße 88, 10119 Berlin', '+49 1514 4556677'],
    ['Villa 12, Street 5, Al Safa 2, Dubai, Hamad Saleh, 052 345 6789', 'Villa 12, Street 5, Al Safa 2, Dubai', '+971 52 345 6789'],
  ])('the phone and name after it stay out, and the phone is read in its country: %s', (text, address, phone) => {
    const normal = normaliseText(text, { spokenDigits: true });
    expect(extractAddress(normal)).toBe(address);
    expect(extractPhone(normal)).toBe(phone);
  });

  it.each([
    'the fridge sits in the corner by the window',
    'we moved it to another place last week',
    'it stops at step 3-2 of the program',
    'I was at the mall with my sister',
    'I had to bring 2 bags to the shop',
    'it broke during 3 weeks of use',
    'the brigade 5 came to fix it',
    'I sent it via DHL',
  ])('no home: %s', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('laptops and their models', () => {
  it.each([
    ['my lenovo thinkbook 14 G4 will not power on', 'laptop', 'ThinkBook 14'],
    ['HP EliteBook 840 G8 battery drains fast', 'laptop', 'EliteBook 840'],
    ['my Asus Zenbook UX425 screen flickers', 'laptop', 'Zenbook UX425'],
    ['Dell Inspiron 14-5420 fan is very loud', 'laptop', 'Inspiron 14-5420'],
    ['华为MateBook X Pro 开不了机', 'laptop', undefined],
    ['荣耀MagicBook 14 充不进电', 'laptop', 'MagicBook 14'],
  ])('%s', (text, category, model) => {
    expect(extractCategory(text)).toBe(category);
    expect(extractModel(text)).toBe(model);
  });

  it.each(['the 1.5 hp air conditioner is not cooling', 'my hp no. is 012-345 6789', 'wrote the code in my school notebook'])('no laptop or HP: %s', (text) => {
    expect(extractCategory(text)).not.toBe('laptop');
    expect(extractModel(text)).toBeUndefined();
  });
});

describe('models and numbers on an invoice', () => {
  it.each([
    ['Haier KFR-72LW/01@U5 leaking', 'KFR-72LW/01@U5'],
    ['the model is KFR-35GW/20@M1-a', 'KFR-35GW/20@M1-a'],
  ])('"@" is inside the model: %s', (text, model) => expect(extractModel(text)).toBe(model));

  it.each(['Invoice No. GH-5512 Date 02/11/2026', 'receipt number ZX-401 for the washer', 'Bill No: KT-77120', 'Inv. No. RT-301 date 19-11-2026'])(
    'an invoice or receipt number is not a model: %s',
    (text) => {
      expect(extractModel(text)).toBeUndefined();
    },
  );

  it.each([
    ['Invoice No. GH-5512 Date 24/10/2026 Item washer', '2026-10-24'],
    ['Inv. No. RT-301 date 19-11-2026 fridge', '2026-11-19'],
  ])('a day-first invoice date is the purchase date: %s', (text, value) => {
    expect(extractPurchaseDate(text, '2026-12-07')).toMatchObject({ value, precision: 'day' });
  });

  it.each([
    ['bought it last October', '2025-10'],
    ['got it last march i think', '2025-03'],
    ['bought it this past October', '2026-10'],
  ])('"%s" said in December', (text, value) => expect(extractPurchaseDate(text, '2026-12-07')).toMatchObject({ value, precision: 'month' }));
});

describe('a shop named by its own name is a store', () => {
  it.each([
    ['bought it at Harvey Nichols last week', 'store'],
    ['got it from Darty in Lyon', 'store'],
    ['purchased from El Corte Inglés', 'store'],
    ['I bought it at Christmas', undefined],
    ['bought it in September', undefined],
    ['got it from my brother', undefined],
    ['bought it from Lazada', 'online'],
    ['bought it from bol.com', 'online'],
    ['在银泰百货买的', 'store'],
  ])('%s -> %s', (text, channel) => expect(saleChannelIn(text)).toBe(channel));
});
