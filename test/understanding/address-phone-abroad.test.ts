/**
 * Overseas customers' addresses and numbers as they write them at home: the Australian unit/street
 * number (14/62), street words shortened (Tce, Cres, Pde, Cl, Pl), the part of a house that is the
 * home (basement suite, rear flat), postcodes of Canada, Ireland, India, New Zealand and the
 * Philippines with the suburb or area between the parts, and local numbers read in the country the
 * address is in, never taking the house number that follows for more digits.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../kernel/text/normal-form';
import { extractAddress } from '../../bot/understanding/slots';
import { findPhoneNumbers } from '../../bot/text/phone-numbers';
import { applySwap, readSwap } from '../../bot/understanding/slots/swap-correction';

const read = (text: string) => extractAddress(normaliseText(text, { spokenDigits: true }));
const phones = (text: string) => findPhoneNumbers(normaliseText(text, { spokenDigits: true })).map((p) => p.canonical);

describe('an overseas address is read whole', () => {
  it.each([
    ['my place is 14/62 Glenferrie Rd Hawthorn VIC 3122', '14/62 Glenferrie Rd Hawthorn VIC 3122'],
    ['Unit 3/17 Ocean Pde, Coogee NSW 2034', 'Unit 3/17 Ocean Pde, Coogee NSW 2034'],
    ['it is 9 Jacaranda Tce, Indooroopilly QLD 4068', '9 Jacaranda Tce, Indooroopilly QLD 4068'],
    ['5 Banksia Cres, Duncraig WA 6023', '5 Banksia Cres, Duncraig WA 6023'],
    ['send them to 27 Tuart Cl, Kelmscott WA 6111', '27 Tuart Cl, Kelmscott WA 6111'],
    ['40 Pacific Hwy, Gosford NSW 2250', '40 Pacific Hwy, Gosford NSW 2250'],
    ['18 Rimu Pl, Karori, Wellington 6012', '18 Rimu Pl, Karori, Wellington 6012'],
    ['3 Harbour View Ct, Devonport, Auckland 0624', '3 Harbour View Ct, Devonport, Auckland 0624'],
    ['66 The Esp, Sumner, Christchurch 8081', '66 The Esp, Sumner, Christchurch 8081'],
    ['basement suite, 3381 E 12th Ave, Vancouver BC V5M 2B7', 'basement suite, 3381 E 12th Ave, Vancouver BC V5M 2B7'],
    ['lower unit, 72 Cedar Way, Kelowna BC V1Y 4K2', 'lower unit, 72 Cedar Way, Kelowna BC V1Y 4K2'],
    ['rear flat, 11 Totara Gr, Hamilton 3210', 'rear flat, 11 Totara Gr, Hamilton 3210'],
    ['2 Birchwood Blvd, Austin TX 78745', '2 Birchwood Blvd, Austin TX 78745'],
    ['Apt 5, 31 Pembroke Ln, Ballsbridge, Dublin 4, D04 K7W2', 'Apt 5, 31 Pembroke Ln, Ballsbridge, Dublin 4, D04 K7W2'],
    ['Flat 4B, Sai Krupa Residency, 21 Nehru Street, Mylapore, Chennai 600004', 'Flat 4B, Sai Krupa Residency, 21 Nehru Street, Mylapore, Chennai 600004'],
    ['No. 7, 2nd Cross, 4th Main, Jayanagar, Bengaluru 560041', 'No. 7, 2nd Cross, 4th Main, Jayanagar, Bengaluru 560041'],
    ['Blk 9 Lot 3, Barangay Malanday, Marikina City 1805', 'Blk 9 Lot 3, Barangay Malanday, Marikina City 1805'],
    ['address 45 Rose St, Edinburgh EH2 2NH', '45 Rose St, Edinburgh EH2 2NH'],
  ])('%s', (text, address) => expect(read(text)).toBe(address));

  it.each([
    ['12 Kent Rd, Dryer still broken', '12 Kent Rd'],
    ['88 Zhongshan Road 2024年买的', '88 Zhongshan Road'],
  ])('the words after it stay out: %s', (text, address) => expect(read(text)).toBe(address));

  it.each(['the shop is quite close', 'some place near the station', 'the lower unit of the fridge is warm', 'I bought it in Perth 2019'])('no home: %s', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('a local number is read in the country its address is in', () => {
  it.each([
    ['98450 12345', '+91 98450 12345'],
    ['my mobile 0998 765 4321, 8 Rizal St, Barangay Poblacion, Makati City', '+63 998 765 4321'],
    ['083 456 7812, 19 Quay St, Galway H91 E2X4', '+353 83 456 7812'],
    ['027 431 8860, 18 Rimu Pl, Karori, Wellington 6012', '+64 274 318 860'],
    ['(737) 555-0143, 2 Birchwood Blvd, Austin TX 78745', '+1 737 555 0143'],
    ['(604) 555-0178 basement suite, 3381 E 12th Ave, Vancouver BC V5M 2B7', '+1 604 555 0178'],
    ['6123 4567, 21 Lorong 4 Toa Payoh, Singapore 310021', '+65 6123 4567'],
  ])('%s', (text, international) => expect(phones(text)).toEqual([international]));

  it.each([
    ['0433 901 552. 14 Kent St Perth', '+61 433 901 552', '14 Kent St Perth'],
    ['0212 345 678 22 Kowhai Pl, Takapuna, Auckland 0622', '+64 21 234 5678', '22 Kowhai Pl, Takapuna, Auckland 0622'],
    ['27 Tuart Cl, Kelmscott WA 6111 0433 901 552', '+61 433 901 552', '27 Tuart Cl, Kelmscott WA 6111'],
  ])('the house number beside it stays the address: %s', (text, international, address) => {
    expect(phones(text)).toEqual([international]);
    expect(read(text)).toBe(address);
  });

  it.each([
    ['13912345678 广州天河区棠下荟景苑8栋1502', '13912345678'],
    ['座机 0871-6543 2109', '0871-65432109'],
    ['显示E12 电话 021-6555 8888', '021-65558888'],
  ])('a mainland number reads as before: %s', (text, canonical) => expect(phones(text)).toEqual([canonical]));
});

describe('a unit corrected in an overseas address is replaced where it stands', () => {
  it.each([
    ["it's unit 31 not 13", '13/40 Station St Box Hill VIC 3128', '31/40 Station St Box Hill VIC 3128'],
    ['no, flat 9 not 19', 'Flat 19, 6 Rata Cres, Porirua 5022', 'Flat 9, 6 Rata Cres, Porirua 5022'],
    ['sorry suite 2A not 2E', 'Suite 2E, 410 W 10th Ave, Vancouver BC V5Z 1K9', 'Suite 2A, 410 W 10th Ave, Vancouver BC V5Z 1K9'],
    ['house number 47 not 74', '174/74 Hay St, Subiaco WA 6008', '174/47 Hay St, Subiaco WA 6008'],
  ])('%s', (text, address, changed) => expect(applySwap(address, readSwap(text)!)).toBe(changed));
});
