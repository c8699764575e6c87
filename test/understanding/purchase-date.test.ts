/**
 * Purchase dates as customers write them, with the precision and the span of days each stands
 * for. Today is Saturday 2026-12-05 unless a row says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understanding';
import { extractPurchaseDate } from '../../bot/understanding/slots';
import { normaliseText } from '../../kernel/text/normal-form';

const normalizeText = (text: string) => normaliseText(text, { spokenDigits: true });

const TODAY = '2026-12-05';
type Row = [text: string, value: string, precision: string, earliest: string, latest: string, today?: string];

const read = (text: string, today = TODAY) => extractPurchaseDate(normalizeText(text), today);
const check = ([text, value, precision, earliest, latest, today]: Row) => {
  const got = read(text, today);
  expect(got, text).toMatchObject({ value, precision, earliest, latest });
  expect(got!.latest <= (today ?? TODAY), 'never after today').toBe(true);
};

describe('purchase dates in Chinese', () => {
  const rows: Row[] = [
    // absolute
    ['2024年7月买的', '2024-07', 'month', '2024-07-01', '2024-07-31'],
    // Two mentions of one purchase: where both allow; a yearless one takes the other's year.
    ['大概是2023年11月吧 双十一在京东买的', '2023-11-11', 'week', '2023-11-01', '2023-11-14'],
    ['去年买的 应该是国庆那会儿', '2025-10-01', 'week', '2025-10-01', '2025-10-07'],
    ['前年夏天吧 7月份买的', '2024-07', 'month', '2024-07-01', '2024-07-31'],
    ['24年7月份吧', '2024-07', 'month', '2024-07-01', '2024-07-31'],
    ['2025年5月10日购买', '2025-05-10', 'day', '2025-05-10', '2025-05-10'],
    ['2025.5.10买的', '2025-05-10', 'day', '2025-05-10', '2025-05-10'],
    ['24.7.15买的', '2024-07-15', 'day', '2024-07-15', '2024-07-15'],
    ['2026-11-30 下单的', '2026-11-30', 'day', '2026-11-30', '2026-11-30'],
    ['二零二四年七月十五号买的', '2024-07-15', 'day', '2024-07-15', '2024-07-15'],
    ['热水器2023年装的 保修还在吗', '2023', 'year', '2023-01-01', '2023-12-31'],
    ['2024.7买的', '2024-07', 'month', '2024-07-01', '2024-07-31'],
    ['98年买的冰箱', '1998', 'year', '1998-01-01', '1998-12-31'],
    ['二三年买的', '2023', 'year', '2023-01-01', '2023-12-31'],
    ['24年底买的', '2024-11/2024-12', 'season', '2024-11-01', '2024-12-31'],
    // month and day without a year: the latest one that is not in the future
    ['3月15号买的', '2026-03-15', 'day', '2026-03-15', '2026-03-15'],
    ['12月1号买的', '2026-12-01', 'day', '2026-12-01', '2026-12-01'],
    ['12月10号买的', '2025-12-10', 'day', '2025-12-10', '2025-12-10'],
    ['7月15号左右买的', '2026-07-15', 'week', '2026-07-12', '2026-07-18'],
    ['五六月份买的', '2026-05/2026-06', 'season', '2026-05-01', '2026-06-30'],
    // relative
    ['去年5月买的', '2025-05', 'month', '2025-05-01', '2025-05-31'],
    ['我去年五月份在苏宁买的格力空调', '2025-05', 'month', '2025-05-01', '2025-05-31'],
    ['去年8月份买的', '2025-08', 'month', '2025-08-01', '2025-08-31'],
    ['上个月刚装的', '2026-11', 'month', '2026-11-01', '2026-11-30'],
    ['上上个月买的', '2026-10', 'month', '2026-10-01', '2026-10-31'],
    ['三周前买的', '2026-11-14', 'week', '2026-11-10', '2026-11-17'],
    ['两年前买的', '2024', 'year', '2024-06-05', '2025-06-05'],
    ['半年前买的', '2026-03-24/2026-07-12', 'season', '2026-03-24', '2026-07-12'],
    ['一年多以前买的', '2025', 'year', '2024-12-05', '2025-12-05'],
    ['两三个月前买的', '2026-09', 'month', '2026-09-05', '2026-10-05'],
    ['前天刚送来的冰箱', '2026-12-03', 'day', '2026-12-03', '2026-12-03'],
    ['上周六买的', '2026-11-28', 'day', '2026-11-28', '2026-11-28'],
    ['昨天刚到货就坏了', '2026-12-04', 'day', '2026-12-04', '2026-12-04'],
    ['前几天买的', '2026-12-01', 'week', '2026-11-28', '2026-12-04'],
    ['刚买没几天', '2026-11-30', 'week', '2026-11-25', '2026-12-05'],
    ['去年还是前年买的', '2024', 'year', '2024-01-01', '2025-12-31'],
    // seasons, festivals, parts of the year
    ['前年夏天', '2024-06/2024-08', 'season', '2024-06-01', '2024-08-31'],
    ['2022夏天买的', '2022-06/2022-08', 'season', '2022-06-01', '2022-08-31'],
    ['2023的冬天', '2023-12/2024-02', 'season', '2023-12-01', '2024-02-29'],
    ['夏天买的', '2026-06/2026-08', 'season', '2026-06-01', '2026-08-31'],
    ['冬天买的', '2025-12/2026-02', 'season', '2025-12-01', '2026-02-28'],
    ['今年冬天买的', '2026-12-01/2026-12-05', 'season', '2026-12-01', '2026-12-05'],
    ['去年双十一买的', '2025-11-11', 'week', '2025-11-01', '2025-11-14'],
    ['前年618买的', '2024-06-18', 'week', '2024-06-01', '2024-06-20'],
    ['今年春节前后买的', '2026-02', 'month', '2026-01-27', '2026-03-04'],
    ['春节期间买的电视', '2026-02', 'month', '2026-01-27', '2026-03-04'],
    ['去年腊月买的', '2026-02', 'month', '2026-01-18', '2026-02-16'],
    ['国庆买的', '2026-10-01', 'week', '2026-10-01', '2026-10-07'],
    ['年初买的', '2026-01/2026-03', 'season', '2026-01-01', '2026-03-31'],
    ['去年年底买的', '2025-11/2025-12', 'season', '2025-11-01', '2025-12-31'],
    ['今年上半年买的', '2026-01/2026-06', 'season', '2026-01-01', '2026-06-30'],
    ['今年开春买的', '2026-01/2026-03', 'season', '2026-01-01', '2026-03-31'],
    ['大概是去年九、十月份', '2025-09/2025-10', 'season', '2025-09-01', '2025-10-31'],
    ['前年年底还是去年年初', '2024-11/2025-03', 'season', '2024-11-01', '2025-03-31'],
    ['买的时候是2023年5月', '2023-05', 'month', '2023-05-01', '2023-05-31'],
    ['前年的双十一买的', '2024-11-11', 'week', '2024-11-01', '2024-11-14'],
    ['去年的发票找不到了', '2025', 'year', '2025-01-01', '2025-12-31'],
    ['型号是2024款，去年买的', '2025', 'year', '2025-01-01', '2025-12-31'],
    // answers without a purchase word, and several facts in one line
    ['大概是前年夏天吧', '2024-06/2024-08', 'season', '2024-06-01', '2024-08-31'],
    ['就是24年7月份吧，具体哪天忘了', '2024-07', 'month', '2024-07-01', '2024-07-31'],
    ['记不清了，好像是去年年初', '2025-01/2025-03', 'season', '2025-01-01', '2025-03-31'],
    ['我家美的空调是前年夏天装的现在不制冷了', '2024-06/2024-08', 'season', '2024-06-01', '2024-08-31'],
    ['洗衣机去年双十一京东下单的，这两天脱水有异响', '2025-11-11', 'week', '2025-11-01', '2025-11-14'],
    ['海尔冰箱24年7月份买的吧 上周开始不制冷 电话13812345678', '2024-07', 'month', '2024-07-01', '2024-07-31'],
    ['上周坏了，去年买的', '2025', 'year', '2025-01-01', '2025-12-31'],
    ['去年买的空调上周坏了', '2025', 'year', '2025-01-01', '2025-12-31'],
    ['喂你好我那个空调是前年夏天买的格力的现在开机就显示E1然后不制冷了我电话是13812345678', '2024-06/2024-08', 'season', '2024-06-01', '2024-08-31'],
    ['手机上个月28号在官网买的 屏幕有坏点 能换吗', '2026-11-28', 'day', '2026-11-28', '2026-11-28'],
    ['冰箱前年买的，去年修过一次，这个月又不制冷了', '2024', 'year', '2024-01-01', '2024-12-31'],
    ['我这个热水器是二零二二年装的用到现在三年多了最近老是跳闸', '2022', 'year', '2022-01-01', '2022-12-31'],
    // another today
    ['去年双十一买的', '2025-11-11', 'week', '2025-11-01', '2025-11-14', '2026-03-10'],
    ['双十一买的', '2025-11-11', 'week', '2025-11-01', '2025-11-14', '2026-03-10'],
    ['冬天买的', '2025-12/2026-02', 'season', '2025-12-01', '2026-02-28', '2026-03-10'],
    ['12月买的', '2025-12', 'month', '2025-12-01', '2025-12-31', '2026-03-10'],
    ['年底买的', '2025-11/2025-12', 'season', '2025-11-01', '2025-12-31', '2026-03-10'],
    ['今年冬天买的', '2025-12-01/2026-01-15', 'season', '2025-12-01', '2026-01-15', '2026-01-15'],
    ['上个月买的', '2025-12', 'month', '2025-12-01', '2025-12-31', '2026-01-15'],
    // words between the year and the purchase: doing up the home (装修) is no repair of the product
    ['2022年新房装修那会儿买的', '2022', 'year', '2022-01-01', '2022-12-31'],
    ['2019年家里翻修时一起买的', '2019', 'year', '2019-01-01', '2019-12-31'],
    ['2020年结婚那年置办的', '2020', 'year', '2020-01-01', '2020-12-31'],
    // a festival said beside a month of a named year stays in that year (it never moves the year named)
    ['前年9月吧 好像是国庆前买的', '2024-09', 'month', '2024-09-01', '2024-09-30'],
    ['去年10月 国庆的时候买的', '2025-10-01', 'week', '2025-10-01', '2025-10-07'],
  ];
  it.each(rows)('%s -> %s (%s)', (...row) => check(row));
});

describe('purchase dates in English', () => {
  const rows: Row[] = [
    // absolute
    ['bought it in July 2024', '2024-07', 'month', '2024-07-01', '2024-07-31'],
    ['Purchased on 2025-05-10', '2025-05-10', 'day', '2025-05-10', '2025-05-10'],
    ['13/05/2025 is the purchase date', '2025-05-13', 'day', '2025-05-13', '2025-05-13'],
    ['November 30 2026', '2026-11-30', 'day', '2026-11-30', '2026-11-30'],
    ['30 Nov 2026', '2026-11-30', 'day', '2026-11-30', '2026-11-30'],
    ['ordered it on March 3, 2025', '2025-03-03', 'day', '2025-03-03', '2025-03-03'],
    ['purchased 2024/7/15', '2024-07-15', 'day', '2024-07-15', '2024-07-15'],
    ['It arrived on the 3rd of November', '2026-11-03', 'day', '2026-11-03', '2026-11-03'],
    ['Nov 2024', '2024-11', 'month', '2024-11-01', '2024-11-30'],
    ['When did I buy it? Nov 2024', '2024-11', 'month', '2024-11-01', '2024-11-30'],
    ['in 2022', '2022', 'year', '2022-01-01', '2022-12-31'],
    ["bought in '23", '2023', 'year', '2023-01-01', '2023-12-31'],
    ['had it since 2019', '2019', 'year', '2019-01-01', '2019-12-31'],
    ['The washer is from 2021', '2021', 'year', '2021-01-01', '2021-12-31'],
    ['got it for Christmas 2024', '2024-12', 'month', '2024-12-01', '2024-12-26'],
    ['I bought this fridge in November 2024 and it stopped cooling last week', '2024-11', 'month', '2024-11-01', '2024-11-30'],
    ['I bought the Samsung washing machine at Costco in March 2024', '2024-03', 'month', '2024-03-01', '2024-03-31'],
    ['my fridge which i bought last may stopped working two days ago can someone come tomorrow', '2025-05', 'month', '2025-05-01', '2025-05-31'],
    ['hi the washer i got in jan 2025 is leaking since yesterday', '2025-01', 'month', '2025-01-01', '2025-01-31'],
    ['I got the tv on black friday last year and the screen died last week', '2025-11-28', 'week', '2025-11-21', '2025-12-01'],
    // months without a year: never in the future; "last May" is a year back (said in December, this year's is "this past May")
    ['last May', '2025-05', 'month', '2025-05-01', '2025-05-31'],
    ['I think it was last May', '2025-05', 'month', '2025-05-01', '2025-05-31'],
    ['we got it last August', '2025-08', 'month', '2025-08-01', '2025-08-31'],
    ['purchased it last september from a local shop', '2025-09', 'month', '2025-09-01', '2025-09-30'],
    ['this past May', '2026-05', 'month', '2026-05-01', '2026-05-31'],
    ['Bought it last December', '2025-12', 'month', '2025-12-01', '2025-12-31'],
    ['bought it in December', '2026-12', 'month', '2026-12-01', '2026-12-05'],
    ['bought it mid-June', '2026-06-15', 'week', '2026-06-11', '2026-06-20'],
    ['around May 10th I bought it', '2026-05-10', 'week', '2026-05-07', '2026-05-13'],
    // relative
    ['three weeks ago', '2026-11-14', 'week', '2026-11-10', '2026-11-17'],
    ['bought it a couple of months ago', '2026-10', 'month', '2026-09-20', '2026-10-21'],
    ['bought it a year and a half ago', '2025', 'year', '2024-12-05', '2025-12-05'],
    ['I bought it 18 months ago', '2025-06', 'month', '2025-05-21', '2025-06-20'],
    ['bought it over a year ago', '2025', 'year', '2024-12-05', '2025-12-05'],
    ['purchased it a few weeks ago', '2026-11-14', 'week', '2026-11-07', '2026-11-21'],
    ['bought it several months ago', '2026-06-05/2026-09-05', 'season', '2026-06-05', '2026-09-05'],
    ['the year before last', '2024', 'year', '2024-01-01', '2024-12-31'],
    ['we bought it the year before last', '2024', 'year', '2024-01-01', '2024-12-31'],
    ['just bought it last week', '2026-11-28', 'week', '2026-11-23', '2026-11-29'],
    ['bought it last Saturday', '2026-11-28', 'day', '2026-11-28', '2026-11-28'],
    ['it arrived Thursday', '2026-12-03', 'day', '2026-12-03', '2026-12-03'],
    ['ordered online, delivered Monday', '2026-11-30', 'day', '2026-11-30', '2026-11-30'],
    ['got it Wednesday from the shop', '2026-12-02', 'day', '2026-12-02', '2026-12-02'],
    ['bought it the day before yesterday', '2026-12-03', 'day', '2026-12-03', '2026-12-03'],
    ['I got it yesterday', '2026-12-04', 'day', '2026-12-04', '2026-12-04'],
    // seasons and festivals
    ['last summer', '2026-06/2026-08', 'season', '2026-06-01', '2026-08-31'],
    ['sometime last summer i think', '2026-06/2026-08', 'season', '2026-06-01', '2026-08-31'],
    ['bought it last winter', '2025-12/2026-02', 'season', '2025-12-01', '2026-02-28'],
    ['got it in the fall of 2023', '2023-09/2023-11', 'season', '2023-09-01', '2023-11-30'],
    ['last Black Friday', '2026-11-27', 'week', '2026-11-20', '2026-11-30'],
    ['got it on Black Friday 2025', '2025-11-28', 'week', '2025-11-21', '2025-12-01'],
    ['Bought it just before Christmas last year', '2025-12', 'month', '2025-11-25', '2025-12-24'],
    ['early 2024', '2024-01/2024-03', 'season', '2024-01-01', '2024-03-31'],
    ['bought it at the end of last year', '2025-11/2025-12', 'season', '2025-11-01', '2025-12-31'],
    ['the first half of 2025', '2025-01/2025-06', 'season', '2025-01-01', '2025-06-30'],
    ['I purchased it on the 15th of last month', '2026-11-15', 'day', '2026-11-15', '2026-11-15'],
    ['bought it two and a half years ago', '2024', 'year', '2023-12-05', '2024-12-05'],
    ["I've had it since last summer", '2026-06/2026-08', 'season', '2026-06-01', '2026-08-31'],
    // another today
    ['last summer', '2025-06/2025-08', 'season', '2025-06-01', '2025-08-31', '2026-07-20'],
    ['bought it this summer', '2026-06-01/2026-07-20', 'season', '2026-06-01', '2026-07-20', '2026-07-20'],
    ['got it for Christmas', '2025-12', 'month', '2025-12-01', '2025-12-26', '2026-03-10'],
    ['bought it in December', '2025-12', 'month', '2025-12-01', '2025-12-31', '2026-03-10'],
    // the year said last, alone after a comma, belongs to the purchase before it
    ['bought it when we first moved into the flat, 2022', '2022', 'year', '2022-01-01', '2022-12-31'],
    ['we got it the year the twins were born, 2023 I think', '2023', 'year', '2023-01-01', '2023-12-31'],
  ];
  it.each(rows)('%s -> %s (%s)', (...row) => check(row));
});

describe('day and month order in all-digit dates', () => {
  it('reads an English dd/mm-or-mm/dd date month first, flags it and spans both readings', () => {
    expect(read('05/10/2025 I bought it')).toEqual({ value: '2025-05-10', precision: 'day', text: '05/10/2025', earliest: '2025-05-10', latest: '2025-10-05', ambiguous: true });
    expect(read('bought it on 5/10')).toMatchObject({ value: '2026-05-10', earliest: '2026-05-10', latest: '2026-10-05', ambiguous: true });
    // Dots are the European habit: day first.
    expect(read('bought it on 12.10.2025')).toMatchObject({ value: '2025-10-12', earliest: '2025-10-12', latest: '2025-12-10', ambiguous: true });
  });
  it('is not ambiguous when a part above 12, or a reading in the future, decides', () => {
    expect(read('bought 13/5')).toMatchObject({ value: '2026-05-13', earliest: '2026-05-13', latest: '2026-05-13' });
    expect(read('bought 13/5')?.ambiguous).toBeUndefined();
    // 12 November 2026 or 11 December 2026: only the first has happened by 5 December.
    expect(read('purchased on 11/12/2026')).toMatchObject({ value: '2026-11-12', earliest: '2026-11-12', latest: '2026-11-12' });
  });
  it('reads a two-digit year first in Chinese (and in a bare number), day first in English', () => {
    expect(read('24.7.15')?.value).toBe('2024-07-15');
    expect(extractPurchaseDate('24.7.15', TODAY, { locale: 'en' })?.value).toBe('2015-07-24');
  });
});

describe('what is not a purchase date', () => {
  const none: [string][] = [
    ['13812345678'],
    ['我的电话是138 1234 5678'],
    // A time for the visit, said alone at a booking's summary: no purchase.
    ['周六上午'],
    ['下周三下午3点以后'],
    ['Saturday morning'],
    ['next Tuesday after 6pm'],
    // A day to come, named beside a weekday: when to visit, never when it was bought.
    ['明天周一最好'],
    ['下周二吧 周二方便'],
    ['tomorrow, Monday, works best'],
    ['next week Thursday is good'],
    ['格力KFR-35GW/26空调不制冷'],
    ['型号KFR-26GW/(26555)FNhDa-A3'],
    ['2999元买的'],
    ['价格2999元'],
    ['预算2000-5000元'],
    ['显示E1'],
    ['报错F0-12'],
    ['工单AS-20261201-0007到哪了'],
    ['订单号202607150012345'],
    ['用了三年'],
    ['买了三年了'],
    ['空调用了三年了 上个月开始漏水'],
    ['上个月报修的到现在还没人来'],
    ['师傅说上周来修，3月15号打过电话'],
    ['上次报修是2024年7月'],
    ['上周预约了安装'],
    ['昨天来电话说今天来安装'],
    ['保修到2027年5月'],
    ['空调10年质保'],
    ['系统版本24.7.15'],
    ['一周三次'],
    ['3号楼2单元501'],
    ['上个月电费500'],
    ['1.5匹的空调'],
    ['6.1寸屏幕'],
    ['温度设的26度'],
    ['2024款买的'],
    ['买的2024年款的空调'],
    ['能不能周六上门'],
    ['12月份能上门吗'],
    ['7天无理由退货'],
    ['2027年3月买的'],
    ['iOS 17.5.1 update broke it'],
    ['it may be the fan'],
    ['this may be a problem with the pump'],
    ["it's about two years old"],
    ['my phone is 415-555-0123'],
    ['ticket AS-20261124-0001 status?'],
    ['model XQG80-12-10'],
    ['error code E3-24'],
    ['the engineer came last week and it still leaks'],
    ['it started leaking three weeks ago'],
    ['two weeks ago the engineer came'],
    ['I got an error last week'],
    ['got a call from you yesterday'],
    ['this may be why it trips'],
    ['下周一可以吗'],
    ['明天上午10点能来吗'],
    ['3月15日是消费者权益日'],
    ['warranty ends in May 2027'],
    ['I called you last Monday'],
    ['the repair was booked last week, the one I bought'],
    ['the technician visited on 12/11/2025'],
    ['bought it in 2027'],
    ['bought the 2024 model'],
    // (a year tacked on after an event is still the event's)
    ['it stopped working last week, 2022'],
    ['师傅上门修过，2022年'],
  ];
  it.each(none)('%s', (text) => expect(read(text)).toBeUndefined());
  it('needs a today for anything relative, but not for a full date', () => {
    expect(extractPurchaseDate('上个月买的')).toBeUndefined();
    expect(extractPurchaseDate('2025-03-15买的')).toMatchObject({ value: '2025-03-15', earliest: '2025-03-15', latest: '2025-03-15' });
  });
});

describe('when the bot has just asked "when did you buy it?"', () => {
  it('takes a date with more around it, but still not one tied to another event', () => {
    const text = '去年5月份吧，具体记不清了，反正发票找不到';
    expect(read(text)).toBeUndefined();
    expect(extractPurchaseDate(text, TODAY, { asked: true })).toMatchObject({ value: '2025-05', precision: 'month' });
    expect(extractPurchaseDate('上周师傅来过', TODAY, { asked: true })).toBeUndefined();
  });
  it('is told so through the understanding context', () => {
    const text = 'last May, not sure of the day, the receipt is long gone';
    expect(understand(text, { today: TODAY }).slots.purchaseDate).toBeUndefined();
    expect(understand(text, { today: TODAY, asked: 'purchaseDate' }).slots.purchaseDate).toMatchObject({ value: '2025-05', precision: 'month' });
  });
});
