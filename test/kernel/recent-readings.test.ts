/**
 * The shared scans keep their last readings of a text (a turn reads the same message through many
 * detectors): a kept reading is read once, and what one caller does to its copy never reaches the next.
 */
import { describe, expect, it } from 'vitest';
import { RecentReadings } from '../../kernel/text/recent-readings';
import { findBrands } from '../../kernel/lexicon/brands';
import { findCategories } from '../../kernel/lexicon/product-categories';
import { findAddresses } from '../../bot/text/address';
import { findPhoneNumbers } from '../../bot/text/phone-numbers';
import { extractErrorCodes } from '../../bot/understanding/slots/error-code';
import { findDateMentions } from '../../bot/understanding/slots/date-mentions';
import { scoreIntents } from '../../bot/understanding/intent';

describe('RecentReadings', () => {
  it('reads a text once while it is kept, and again once it has been dropped', () => {
    const kept = new RecentReadings<number>(2);
    let reads = 0;
    const read = (text: string) => kept.get(text, () => (reads++, text.length));
    expect([read('a'), read('a'), read('bb')]).toEqual([1, 1, 2]);
    expect(reads).toBe(2);
    // 'a' used last, so 'bb' is the one dropped when 'ccc' comes.
    read('a');
    read('ccc');
    read('a');
    expect(reads).toBe(3);
    read('bb');
    expect(reads).toBe(4);
  });

  it('keeps an undefined reading too (a text with no fault words is not read again)', () => {
    const kept = new RecentReadings<string | undefined>();
    let reads = 0;
    kept.get('x', () => (reads++, undefined));
    expect(kept.get('x', () => (reads++, 'read again'))).toBeUndefined();
    expect(reads).toBe(1);
  });
});

describe('the kept scans give every caller its own copy', () => {
  it.each([
    ['brands', () => findBrands('格力空调和美的冰箱都坏了')],
    ['products', () => findCategories('the fridge and the washing machine both broke')],
    ['addresses', () => findAddresses('Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai 200030')],
    ['phone numbers', () => findPhoneNumbers('手机13987654321，座机010-61234567')],
    ['error codes', () => extractErrorCodes('海尔热水器显示E4')],
    ['dates', () => findDateMentions('bought it on 3 March 2025', '2026-12-07')],
  ] as [string, () => object[]][])('%s: changing or sorting what one caller got leaves the next reading whole', (_kind, read) => {
    const first = read();
    const before = structuredClone(first);
    expect(first.length).toBeGreaterThan(0);
    for (const item of first) for (const key of Object.keys(item)) (item as Record<string, unknown>)[key] = 'changed';
    first.reverse().push({});
    expect(read()).toEqual(before);
  });

  it('the slots still add their weight to the words the intent scores were kept for', () => {
    const bare = scoreIntents('空调显示E1', {});
    const withCode = scoreIntents('空调显示E1', { errorCode: 'E1' });
    expect(withCode.fault_report).toBe(bare.fault_report + 2);
    withCode.fault_report = -100;
    expect(scoreIntents('空调显示E1', {})).toEqual(bare);
  });
});
