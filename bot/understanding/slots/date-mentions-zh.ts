/**
 * Dates as Chinese customers write them: 2024年7月, 24年7月份吧, 去年5月, 前年夏天, 去年双十一,
 * 今年春节前后, 上上个月, 三周前, 半年前, 一年多以前, 刚买没几天, 年底, 上半年 ... Numerals may be
 * digits or Chinese (二零二四年, 五六月份). "用了三年" is a product age (product-age.ts), not a date:
 * a bare duration without 前/以前 never reads as one here.
 */
import { addDays, addMonths, dayParts, isoDay, weekday } from '../../../kernel/calendar-days';
import { parseSmallNumber } from '../../text/chinese-numbers';
import type { FestivalName, FestivalSide } from './calendar';
import {
  atFestival,
  coarser,
  fullYear,
  precisionOfSpan,
  inMonth,
  inSeason,
  inYear,
  latestBegun,
  onDay,
  partOfMonth,
  partOfYear,
  recently,
  todayParts,
  unitsAgo,
  type MentionContext,
  type MonthPart,
  type Quantity,
  type Reading,
  type Unit,
  type YearPart,
} from './date-readings';
import { regexRule, type MentionRule } from './date-rule';

const CN = '零〇一二两俩三四五六七八九十';
/** A month or day number: 7, 07, 七, 十二. */
const N = `(?:[${CN}]+|\\d{1,2})`;
/** 2024年, 24年, 二零二四年, 二四年; or 今年/去年/前年/大前年. */
const YEAR = `(?:(?<![\\d${CN}.])(?<ynum>(?:19|20)\\d{2}|\\d{2}|[零〇一二三四五六七八九]{4}|[零〇一二九][零〇一二三四五六七八九])\\s*年|(?<yrel>大前年|前年|去年|今年|本年))`;

const YEARS_BACK: Record<string, number> = { 今年: 0, 本年: 0, 去年: 1, 前年: 2, 大前年: 3 };
// "用了24年", "保修10年", "10年质保": a number of years, not a year.
// ("我说了 21年春天", "上面讲过21年买的": a 了 or 过 after saying something is no age: what was said follows.)
const AGE_BEFORE = /(?:用了?|使用了?|有|满|快|近|将近|已经|都|超过|(?<![说讲提写告])了|(?<![说讲提写告])过|保修|质保|包修|保)\s*$/;
const AGE_AFTER = /^\s*(?:质保|保修|包修|保|寿命|以上|以内|之内|内|多|半|了|左右的?(?:质保|保修))/;

// "2024款", "2024年款", "2023版": the model year, not when it was bought.
const MODEL_YEAR_AFTER = /^\s*(?:的\s*)?(?:新\s*)?(?:款|版|型号)/;

function yearOf(m: RegExpExecArray, ctx: MentionContext, text: string): number | undefined {
  const g = m.groups ?? {};
  if (g.ynum && MODEL_YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return undefined;
  if (g.yrel) {
    const t = todayParts(ctx.today);
    return t ? t.y - YEARS_BACK[g.yrel]! : undefined;
  }
  if (!g.ynum) return undefined;
  const n = parseSmallNumber(g.ynum);
  if (n === undefined) return undefined;
  if (g.ynum.length === 4) return n;
  const end = m.index + m[0].length;
  if (AGE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || AGE_AFTER.test(text.slice(end, end + 6))) return undefined;
  return fullYear(n, ctx.today);
}

const small = (text: string | undefined) => (text === undefined ? undefined : parseSmallNumber(text));

/** 五六月 (May or June) is one run of numerals: split it when it is no month on its own. */
function months(m: string, m2: string | undefined): [number, number] | undefined {
  const a = small(m);
  if (m2 !== undefined) {
    const b = small(m2);
    return a && b && a >= 1 && b <= 12 && a < b ? [a, b] : undefined;
  }
  if (a !== undefined && a >= 1 && a <= 12) return [a, a];
  if (/^[一二三四五六七八九]{2}$/.test(m)) {
    const [x, y] = [...m].map((ch) => parseSmallNumber(ch)!);
    if (x! >= 1 && y! <= 12 && y! - x! === 1) return [x!, y!];
  }
  return undefined;
}

function monthRange(year: number | undefined, range: [number, number] | undefined): Reading | undefined {
  if (year === undefined || !range) return undefined;
  const first = inMonth(year, range[0]);
  const last = inMonth(year, range[1]);
  if (!first || !last) return undefined;
  if (range[0] === range[1]) return first;
  const span = { earliest: first.span.earliest, latest: last.span.latest };
  return { span, precision: coarser('month', precisionOfSpan(span)) };
}

const MONTH_PART: Record<string, MonthPart> = { 初: 'early', 上旬: 'early', 头: 'early', 中旬: 'mid', 中: 'mid', 底: 'late', 末: 'late', 下旬: 'late', 尾: 'late' };
const YEAR_PART: Record<string, YearPart> = {
  年初: 'early',
  年头: 'early',
  开年: 'early',
  开春: 'early',
  初: 'early',
  年中: 'mid',
  中: 'mid',
  年底: 'late',
  年末: 'late',
  年尾: 'late',
  底: 'late',
  末: 'late',
  上半年: 'firstHalf',
  前半年: 'firstHalf',
  下半年: 'secondHalf',
  后半年: 'secondHalf',
};
const SEASON: Record<string, 'spring' | 'summer' | 'autumn' | 'winter' | 'summerHoliday' | 'winterHoliday'> = {
  春: 'spring',
  夏: 'summer',
  秋: 'autumn',
  冬: 'winter',
  暑: 'summerHoliday',
  寒: 'winterHoliday',
};

function seasonIn(word: string, year: number | undefined): Reading | undefined {
  if (year === undefined) return undefined;
  const s = SEASON[word[0]!]!;
  // School holidays: when families buy air conditioners and laptops.
  if (s === 'summerHoliday') return { span: { earliest: isoDay(year, 7, 1)!, latest: isoDay(year, 8, 31)! }, precision: 'season' };
  if (s === 'winterHoliday') return { span: { earliest: isoDay(year, 1, 10)!, latest: addDays(isoDay(year, 3, 1)!, -1) }, precision: 'season' };
  return inSeason(s, year);
}

const FESTIVAL_WORDS: [RegExp, FestivalName][] = [
  [/^双\s*(?:十一|11)$|^11[.·]11$/, 'double11'],
  [/^双\s*(?:十二|12)$/, 'double12'],
  [/^(?:618|六一八)$/, '618'],
  [/^(?:国庆节?|十一)$/, 'nationalDay'],
  [/^(?:五一|劳动节)$/, 'mayDay'],
  [/^元旦$/, 'newYearsDay'],
  [/^(?:春节|过年|农历新年|除夕)$/, 'springFestival'],
  [/^中秋节?$/, 'midAutumn'],
  [/^情人节$/, 'valentines'],
  [/^圣诞节?$/, 'christmas'],
  [/^(?:黑五|黑色星期五)$/, 'blackFriday'],
  [/^排灯节$/, 'diwali'],
  [/^端午节?$/, 'dragonBoat'],
];
const FESTIVAL = `(?<f>双\\s*(?:十一|11)|双\\s*(?:十二|12)|(?<!\\d)11[.·]11(?!\\d)|(?<!\\d)618(?!\\d)|六一八|国庆节?|(?<![${CN}])十一(?=\\s*(?:黄金周|长假|假期|期间|的时候|那会|前后|大促))|(?<![${CN}])五一(?![${CN}])|劳动节|元旦|春节|过年|农历新年|除夕|中秋节?|情人节|圣诞节?|黑五|黑色星期五|排灯节|端午节?)`;
const SIDE: Record<string, FestivalSide> = { 前后: 'around', 左右: 'around', 之前: 'before', 以前: 'before', 前: 'before', 之后: 'after', 以后: 'after', 后: 'after' };

function festivalOf(word: string): FestivalName | undefined {
  const w = word.replace(/\s+/g, '');
  return FESTIVAL_WORDS.find(([re]) => re.test(w))?.[1];
}

/** The latest festival already held (its day passed, or for "before it", its run-up begun). */
function latestFestival(today: string | undefined, name: FestivalName, side: FestivalSide): Reading | undefined {
  if (!today) return undefined;
  const { y } = dayParts(today);
  for (const year of [y, y - 1, y - 2]) {
    const r = atFestival(name, year, side);
    const day = atFestival(name, year, 'at')?.anchor;
    if (r && day && (side === 'before' ? r.span.earliest <= today : day <= today)) return { ...r, readIn: (y) => atFestival(name, y, side) };
  }
  return undefined;
}

const startOfWeek = (day: string) => addDays(day, -((weekday(day) + 6) % 7)); // Chinese weeks start on Monday
const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };

function quantity(q: string, more: string | undefined, tail: string | undefined): Quantity | undefined {
  if (q === '半') return { low: 0.4, high: 0.7, exact: false };
  if (q === '大半') return { low: 0.6, high: 0.9, exact: false };
  if (q === '几') return { low: 2, high: 5, exact: false };
  if (q === '好几') return { low: 3, high: 6, exact: false };
  if (q === '十几') return { low: 11, high: 19, exact: false };
  // 两三 / 三四 / 一两: two numbers said together mean "one or the other".
  if (/^[一两二三四五六七八九]{2}$/.test(q)) {
    const [a, b] = [...q].map((ch) => parseSmallNumber(ch)!);
    if (b! > a! && b! - a! <= 2) return { low: a!, high: b!, exact: false };
  }
  const n = /^\d/.test(q) ? Number(q) : parseSmallNumber(q);
  if (n === undefined || !(n > 0)) return undefined;
  if (more === '多' || tail === '多') return n >= 10 && n % 10 === 0 ? { low: n, high: n + 10, exact: false } : { low: n, high: n + 1, exact: false };
  if (more === '来') return { low: Math.max(1, n - 2), high: n + 2, exact: false };
  if (tail === '半') return { low: n + 0.5, high: n + 0.5, exact: true };
  return { low: n, high: n, exact: true };
}

const UNIT: Record<string, Unit> = { 天: 'day', 日: 'day', 周: 'week', 星期: 'week', 礼拜: 'week', 月: 'month', 年: 'year' };

const PURCHASE_VERB = '(?:买|购|入手|下单|到货|签收|签的收|收到|送来|送到|装|那天|当天|的时候)';

export const ZH_RULES: MentionRule[] = [
  // 2025年5月10日, 24年7月15号, 去年5月10号, 二零二四年七月十五
  regexRule(new RegExp(`${YEAR}\\s*的?\\s*(?<m>${N})\\s*月\\s*(?<d>${N})\\s*(?:日|号)?(?![\\d天个度元块%万])`, 'g'), (m, ctx, text) => {
    const y = yearOf(m, ctx, text);
    return y === undefined ? undefined : onDay(isoDay(y, small(m.groups!.m) ?? 0, small(m.groups!.d) ?? 0));
  }),
  // 2024年7月初, 去年5月底, 24年3月中旬
  regexRule(new RegExp(`${YEAR}\\s*的?\\s*(?<m>${N})\\s*月份?\\s*(?<part>上旬|中旬|下旬|初|头|中|底|末|尾)`, 'g'), (m, ctx, text) => {
    const y = yearOf(m, ctx, text);
    return y === undefined ? undefined : partOfMonth(y, small(m.groups!.m) ?? 0, MONTH_PART[m.groups!.part!]!);
  }),
  // 2024年7月, 24年7月份, 去年五六月份, 去年5到6月
  regexRule(new RegExp(`${YEAR}\\s*的?\\s*(?<m>${N})\\s*(?:(?:[、,，/~～\\-到至或]|还是|或者)\\s*(?<m2>${N})\\s*)?月份?`, 'g'), (m, ctx, text) =>
    monthRange(yearOf(m, ctx, text), months(m.groups!.m!, m.groups!.m2)),
  ),
  // 去年双十一, 前年618, 今年春节前后, 2024年国庆
  regexRule(new RegExp(`(?:${YEAR}\\s*的?\\s*)?${FESTIVAL}\\s*(?<side>前后|左右|期间|的时候|之前|以前|之后|以后|前|后)?`, 'g'), (m, ctx, text) => {
    const name = festivalOf(m.groups!.f!);
    if (!name) return undefined;
    const side = SIDE[m.groups!.side ?? ''] ?? 'at';
    if (m.groups!.ynum || m.groups!.yrel) {
      const y = yearOf(m, ctx, text);
      return y === undefined ? undefined : atFestival(name, y, side);
    }
    return latestFestival(ctx.today, name, side);
  }),
  // 腊月 (the lunar month before the New Year), 正月 (the one it opens), 年前/年后 (before/after it)
  regexRule(new RegExp(`(?:${YEAR}\\s*的?\\s*)?(?<w>腊月|正月|(?<![\\d${CN}半多几个去今前大年])年(?:前|后)(?![天年]))`, 'g'), (m, ctx, text) => {
    const side: FestivalSide = m.groups!.w === '腊月' || m.groups!.w === '年前' ? 'before' : 'after';
    if (m.groups!.ynum || m.groups!.yrel) {
      const y = yearOf(m, ctx, text);
      // 去年腊月 is the end of last (lunar) year: the New Year that follows it.
      return y === undefined ? undefined : atFestival('springFestival', side === 'before' ? y + 1 : y, side);
    }
    const r = latestFestival(ctx.today, 'springFestival', side);
    // 腊月 said beside 去年 is the end of that year: the New Year after it.
    return r && { ...r, readIn: (y) => atFestival('springFestival', side === 'before' ? y + 1 : y, side) };
  }),
  // 2024年夏天, 前年夏天, 去年冬天, 今年暑假
  regexRule(new RegExp(`${YEAR}\\s*的?\\s*(?<s>春天|春季|夏天|夏季|秋天|秋季|冬天|冬季|暑假|寒假|春(?!节)|夏|秋|冬)`, 'g'), (m, ctx, text) => {
    const y = yearOf(m, ctx, text);
    const r = seasonIn(m.groups!.s!, y);
    // 今年冬天 in January is the winter that began last December.
    if (r && ctx.today && m.groups!.yrel === '今年' && r.span.earliest > ctx.today) return seasonIn(m.groups!.s!, y! - 1);
    return r;
  }),
  // 2022夏天, 2022的夏天: a four-digit year needs no 年 to be the year of the season (not this year's summer).
  regexRule(/(?<![\d.])(?<ynum>(?:19|20)\d{2})\s*的?\s*(?<s>春天|春季|夏天|夏季|秋天|秋季|冬天|冬季|暑假|寒假)/g, (m, ctx, text) => seasonIn(m.groups!.s!, yearOf(m, ctx, text))),
  // 去年年底, 今年上半年, 24年底, 2023年初
  regexRule(new RegExp(`${YEAR}\\s*的?\\s*(?<p>年初|年头|开年|开春|年中|年底|年末|年尾|上半年|前半年|下半年|后半年|初|底|末|中(?!秋|旬))`, 'g'), (m, ctx, text) =>
    partOfYear(yearOf(m, ctx, text), YEAR_PART[m.groups!.p!]!),
  ),
  // 上个月, 上上个月, 这个月初, 上月15号
  regexRule(new RegExp(`(?<rel>大上个?月|上上个?月|上个?月|这个?月|本月)\\s*(?:(?<part>上旬|中旬|下旬|初|头|中|底|末|尾)|(?<d>${N})\\s*[号日])?`, 'g'), (m, ctx) => {
    if (!ctx.today) return undefined;
    const rel = m.groups!.rel!;
    const back = rel.startsWith('大') || rel.startsWith('上上') ? 2 : rel.startsWith('上') ? 1 : 0;
    const { y, m: month } = dayParts(addMonths(ctx.today, -back));
    if (m.groups!.part) return partOfMonth(y, month, MONTH_PART[m.groups!.part]!);
    if (m.groups!.d) return onDay(isoDay(y, month, small(m.groups!.d) ?? 0));
    return inMonth(y, month);
  }),
  // 上周, 上上周, 上周六, 这周一, 上周末
  regexRule(/(?<rel>上上个?|上个?|这个?|本)(?:周|星期|礼拜)(?<wd>末|[一二三四五六日天1-7](?![\d个]))?/g, (m, ctx) => {
    if (!ctx.today) return undefined;
    const rel = m.groups!.rel!;
    const monday = addDays(startOfWeek(ctx.today), rel.startsWith('上上') ? -14 : rel.startsWith('上') ? -7 : 0);
    const wd = m.groups!.wd;
    if (wd === '末') return { span: { earliest: addDays(monday, 5), latest: addDays(monday, 6) }, precision: 'week' };
    if (wd) return onDay(addDays(monday, WEEKDAY_NUMBER[wd]! - 1));
    return { span: { earliest: monday, latest: addDays(monday, 6) }, precision: 'week', anchor: addDays(monday, 3) };
  }),
  // 周六买的: the latest Saturday
  regexRule(/(?<![上下这本个每\d零〇一二两俩三四五六七八九十])(?:周|星期|礼拜)(?<wd>[一二三四五六日天])/g, (m, ctx) => {
    if (!ctx.today) return undefined;
    const target = WEEKDAY_NUMBER[m.groups!.wd!]! % 7; // 0 Sunday
    return onDay(addDays(ctx.today, -((weekday(ctx.today) - target + 7) % 7)));
  }),
  // 三天前, 两个月前, 一年多以前, 半年前, 大半年前, 两三个月前, 十来天前, 一年半前
  regexRule(new RegExp(`(?<q>大半|半|好几|十几|几|[${CN}]+|\\d+)\\s*(?<more>多|来)?\\s*(?<ge>个)?\\s*(?<u>天|日|周|星期|礼拜|月|年)\\s*(?<tail>半|多)?\\s*(?:之|以)?前(?![天年])`, 'g'), (m, ctx) => {
    const g = m.groups!;
    // 三月前 would be "before March"; months ago are 三个月前.
    if (g.u === '月' && !g.ge && !/^(?:半|大半|几|好几)$/.test(g.q!)) return undefined;
    const qty = quantity(g.q!, g.more, g.tail);
    return qty ? unitsAgo(ctx.today, qty, UNIT[g.u!]!) : undefined;
  }),
  // 买了第三天, 收到的第二天, 到货后第5天: the day of purchase is the first, so the Nth is N-1 days ago.
  regexRule(new RegExp(`(?:买|购买|入手|下单|到货|收到|签收|送到|送来|到手|拿到|装)(?:了|的|好|来|回来|回家|后|以后|之后)*\\s*(?:的)?\\s*第\\s*(?<q>[${CN}]+|\\d+)\\s*天`, 'g'), (m, ctx) => {
    const q = m.groups!.q!;
    const nth = /^\d/.test(q) ? Number(q) : parseSmallNumber(q);
    return nth && nth >= 1 && nth <= 400 && ctx.today ? onDay(addDays(ctx.today, -(nth - 1))) : undefined;
  }),
  // 刚买没几天, 才装了两天
  regexRule(/(?:刚刚?|才)\s*(?:买|购买|入手|下单|收到|到货|安装|装|拿到|到手)(?:了|的|回来|回家)?\s*(?:没几天|没两天|几天|两天|一两天|没多久|不久)/g, (m, ctx) =>
    /多久|不久/.test(m[0]) ? recently(ctx.today, 45) : recently(ctx.today, 10),
  ),
  // 前几天, 前两天, 这几天
  regexRule(/前几天|前两天|这几天|这两天|前些天|前些日子|前一两天/g, (_m, ctx) => {
    const r = recently(ctx.today, 7, 1);
    return r && { ...r, weak: false };
  }),
  // 刚买的, 新买的, 才装的 (weak: a more exact date in the same message wins)
  regexRule(/(?:刚刚?|才|新)\s*(?:买|购买|入手|下单|收到|到货|安装|装|拿到|到手)/g, (_m, ctx) => recently(ctx.today, 30)),
  // 前段时间, 前阵子, 最近
  regexRule(/前段时间|前一段时间|前阵子|前一阵子?|不久前|最近|近期|近来/g, (_m, ctx) => recently(ctx.today, 90, 3)),
  // 5月10号, 十一月三号, 7月15 (no year: the latest one)
  regexRule(new RegExp(`(?<![\\d年${CN}])(?<m>${N})\\s*月\\s*(?<d>${N})\\s*(?:日|号)?(?![\\d天个度元块%万])`, 'g'), (m, ctx) => {
    const mm = small(m.groups!.m);
    const dd = small(m.groups!.d);
    return mm && dd ? latestBegun(ctx.today, (y) => onDay(isoDay(y, mm, dd))) : undefined;
  }),
  // 5.10买的, 5/10号 (month first, as Chinese writes it)
  regexRule(new RegExp(`(?<![\\w.\\/\\-:])(?<m>\\d{1,2})[./](?<d>\\d{1,2})(?![\\d./])(?=\\s*(?:号|日|${PURCHASE_VERB}))\\s*(?:号|日)?`, 'g'), (m, ctx) => {
    const mm = Number(m.groups!.m);
    const dd = Number(m.groups!.d);
    return latestBegun(ctx.today, (y) => onDay(isoDay(y, mm, dd)));
  }),
  // 7月初, 5月底 (no year)
  regexRule(new RegExp(`(?<![\\d年${CN}个第])(?<m>${N})\\s*月份?\\s*(?<part>上旬|中旬|下旬|初|头|中|底|末|尾)`, 'g'), (m, ctx) => {
    const mm = small(m.groups!.m) ?? 0;
    return latestBegun(ctx.today, (y) => partOfMonth(y, mm, MONTH_PART[m.groups!.part!]!));
  }),
  // 7月份, 五六月, 5、6月 (no year)
  regexRule(new RegExp(`(?<![\\d年${CN}个第每几上下这本])(?<m>${N})\\s*(?:(?:[、,，/~～\\-到至或]|还是|或者)\\s*(?<m2>${N})\\s*)?月份?(?!前|内|以内|之内|后|以后|饼)`, 'g'), (m, ctx) => {
    const range = months(m.groups!.m!, m.groups!.m2);
    return latestBegun(ctx.today, (y) => monthRange(y, range));
  }),
  // 夏天, 冬天, 暑假 (no year: the latest begun)
  regexRule(/(?<![年春夏秋冬立])(?<s>春天|春季|夏天|夏季|秋天|秋季|冬天|冬季|暑假|寒假)/g, (m, ctx) =>
    // "冬天买的" said on 5 December is last winter: this one has hardly begun.
    latestBegun(ctx.today, (y) => seasonIn(m.groups!.s!, y), 30),
  ),
  // 年初, 年底, 上半年 (no year)
  regexRule(/(?<![\d年去今前])(?<p>年初|年头|开春|年中|年底|年末|年尾|上半年|下半年)/g, (m, ctx) => latestBegun(ctx.today, (y) => partOfYear(y, YEAR_PART[m.groups!.p!]!))),
  // 15号买的: a day of this month or the last (only right before a purchase word: 3号楼 is a building)
  regexRule(new RegExp(`(?<![\\d月年.\\/\\-${CN}])(?<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|\\d{1,2})\\s*号(?=\\s*${PURCHASE_VERB})`, 'g'), (m, ctx) => {
    const dd = small(m.groups!.d);
    if (!ctx.today || !dd) return undefined;
    for (const back of [0, 1, 2]) {
      const { y, m: month } = dayParts(addMonths(ctx.today, -back));
      const day = isoDay(y, month, dd);
      if (day && day <= ctx.today) return onDay(day);
    }
    return undefined;
  }),
  // 今天, 昨天, 前天, 大前天
  regexRule(/大前天|前天|昨天|昨儿|今天|今儿/g, (m, ctx) => {
    if (!ctx.today) return undefined;
    const back = m[0] === '大前天' ? 3 : m[0] === '前天' ? 2 : m[0].startsWith('昨') ? 1 : 0;
    return onDay(addDays(ctx.today, -back));
  }),
  // 2023年, 23年, 去年, 前年, 今年
  regexRule(new RegExp(YEAR, 'g'), (m, ctx, text) => inYear(yearOf(m, ctx, text))),
  // 2023买的 (a year without 年, right before the purchase word)
  regexRule(/(?<![\d.\-/])(?<y>(?:19|20)\d{2})(?=\s*(?:买|购|入手|下单))/g, (m) => inYear(Number(m.groups!.y))),
];
