/**
 * A stated purchase date decides the warranty only as far as its precision allows: in warranty
 * if the cover still runs from the earliest day it can mean, expired if it has ended from the
 * latest, otherwise cannot_tell. Today is 2026-03-15 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { extractPurchaseDate } from '../../bot/understanding/slots';
import { FixedClock } from '../../kernel/clock';
import { formatDateSpan } from '../../kernel/date-span';
import { verifyWarranty, type WarrantyDeps } from '../../ocr';

const deps: WarrantyDeps = { clock: new FixedClock('2026-03-14T20:00:00Z'), timeZone: 'Asia/Shanghai' };
const TODAY = '2026-03-15';

describe('verifyWarranty on a stated date with its precision', () => {
  // [precision, component, stated, status]; air conditioner: whole unit 12 months, compressor 36.
  const rows: [string, string, string, 'in_warranty' | 'expired' | 'cannot_tell'][] = [
    ['day', 'whole_unit', '2025-03-15', 'in_warranty'],
    ['day', 'whole_unit', '2025-03-14', 'expired'],
    // 05/10-style: either 10 March or 3 October 2025, so the cover ends on 10 March or 3 October 2026.
    ['day (ambiguous)', 'whole_unit', '2025-03-10/2025-10-03', 'cannot_tell'],
    ['month', 'whole_unit', '2025-04', 'in_warranty'],
    ['month', 'whole_unit', '2025-02', 'expired'],
    ['month', 'whole_unit', '2025-03', 'cannot_tell'],
    ['season', 'whole_unit', '2025-06/2025-08', 'in_warranty'],
    ['season', 'whole_unit', '2024-09/2024-11', 'expired'],
    ['season', 'whole_unit', '2025-03/2025-05', 'cannot_tell'],
    ['year', 'compressor', '2024', 'in_warranty'],
    ['year', 'compressor', '2022', 'expired'],
    ['year', 'compressor', '2023', 'cannot_tell'],
    ['week', 'whole_unit', '2025-03-10/2025-03-17', 'cannot_tell'],
    ['year (this year, cut at today)', 'whole_unit', '2026', 'in_warranty'],
  ];
  it.each(rows)('%s %s bought %s -> %s', (_precision, component, stated, status) => {
    const d = verifyWarranty({ category: 'air_conditioner', component, statedPurchaseDate: stated }, deps);
    expect(d.status).toBe(status);
    expect(d).toMatchObject({ basis: 'stated', verified: false });
    if (status === 'cannot_tell') expect(d).toMatchObject({ reasonCode: 'stated_date_too_vague', needsHumanCheck: false, remedies: [] });
    else expect(d.reasonCode).toBe(status === 'in_warranty' ? 'within_period' : 'period_ended');
  });

  it('says why it cannot tell, in both languages, with the window the cover ends in', () => {
    const d = verifyWarranty({ category: 'air_conditioner', statedPurchaseDate: '2025-03/2025-05' }, deps);
    expect(d.reason.zh).toBe('您说的是2025年春天购买，整机保修1年，保修期可能刚好在这期间到期（到期时间在2026年春天），需要看购买凭证才能确定。请上传发票或小票，或告诉我们具体的购买日期。');
    expect(d.reason.en).toContain('You said you bought it in spring 2025');
    expect(d.reason.en).toContain('(it ends in spring 2026)');
    expect(d.reason.en).toContain('proof of purchase');
    expect(d.dates).toMatchObject({ purchased: '2025-03/2025-05', purchasedEarliest: '2025-03-01', purchasedLatest: '2025-05-31', coverEndsEarliest: '2026-03-01', coverEndsLatest: '2026-05-31' });
  });

  it('counts in warranty from the earliest day and expiry from the latest, and says so', () => {
    const within = verifyWarranty({ category: 'air_conditioner', statedPurchaseDate: '2025-06/2025-08' }, deps);
    expect(within.dates).toMatchObject({ coverEnds: '2026-06-01' });
    expect(within.reason.zh).toContain('即使按最早的2025年6月1日算');
    expect(within.reason.zh).toContain('尚未核验购买凭证');
    const ended = verifyWarranty({ category: 'air_conditioner', statedPurchaseDate: '2024-09/2024-11' }, deps);
    expect(ended.dates).toMatchObject({ coverEnds: '2025-11-30' });
    expect(ended.reason.en).toContain('even counted from the latest day, 30 November 2024');
    expect(ended.remedies).toEqual(['paid_repair']);
  });

  it('promises a return or exchange only if it holds from the earliest day too', () => {
    // Bought "this March" (1-15 March): the 7-day return may be over, the 15-day exchange is not.
    const d = verifyWarranty({ category: 'refrigerator', statedPurchaseDate: '2026-03' }, deps);
    expect(d).toMatchObject({ status: 'in_warranty', remedies: ['exchange', 'repair'], dates: { purchasedLatest: TODAY, returnUntil: '2026-03-08', exchangeUntil: '2026-03-16' } });
  });

  it('refuses a span that has not begun, and agrees with a receipt day inside the stated span', () => {
    expect(verifyWarranty({ category: 'microwave', statedPurchaseDate: '2026-04' }, deps)).toMatchObject({ status: 'cannot_tell', reasonCode: 'purchase_date_in_future' });
    const receipt = (purchaseDate: string) => ({ purchaseDate, confidence: 0.95 });
    expect(verifyWarranty({ category: 'microwave', receipt: receipt('2025-07-15'), statedPurchaseDate: '2025-06/2025-08' }, deps)).toMatchObject({
      status: 'in_warranty',
      basis: 'receipt',
      verified: true,
    });
    const apart = verifyWarranty({ category: 'microwave', receipt: receipt('2025-10-15'), statedPurchaseDate: '2025-06/2025-08' }, deps);
    expect(apart).toMatchObject({ status: 'cannot_tell', reasonCode: 'receipt_disagrees_with_stated' });
    expect(apart.reason.zh).toContain('2025年夏天');
  });

  it.each(['2025-13', 'summer 2025', '2025-08/2025-06', '2025-02-30'])('refuses %j as a stated date', (stated) => {
    expect(() => verifyWarranty({ category: 'microwave', statedPurchaseDate: stated }, deps)).toThrow(/real date/);
  });

  it.each([
    ['前年夏天买的', 'expired'],
    ['去年春天买的', 'cannot_tell'],
    ['去年夏天买的', 'in_warranty'],
    ['bought it last March', 'cannot_tell'],
    ['got it in 2024', 'expired'],
    ['2025年3月15日买的', 'in_warranty'],
  ] as const)('from the words to the decision: %s -> %s', (text, status) => {
    const said = extractPurchaseDate(text, TODAY)!;
    const d = verifyWarranty({ category: 'air_conditioner', statedPurchaseDate: formatDateSpan({ earliest: said.earliest, latest: said.latest }) }, deps);
    expect(d.status).toBe(status);
  });
});
