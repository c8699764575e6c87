/**
 * Visit times as customers write them, read and said back as calendar days (Saturday 5 December
 * 2026, 10:00 in Beijing): the day a customer sees in the confirmation must be the day they meant.
 */
import { describe, expect, it } from 'vitest';
import { describeVisitTime, findVisitTime } from '../../bot/understanding/visit-time';

const NOW = new Date('2026-12-05T02:00:00Z');

/** [message, the time found in it, said back in Chinese, said back in English]. */
const TABLE: [string, string, string, string][] = [
  ['能改到下周一上午吗', '下周一上午', '12月7日（周一）上午', 'Mon 7 Dec, morning'],
  ['改个时间 周六下午', '周六下午', '12月12日（周六）下午', 'Sat 12 Dec, afternoon'],
  ['换到星期天吧', '星期天', '12月6日（周日）', 'Sun 6 Dec'],
  ['礼拜三上午有空', '礼拜三上午', '12月9日（周三）上午', 'Wed 9 Dec, morning'],
  ['下下周三', '下下周三', '12月16日（周三）', 'Wed 16 Dec'],
  ['这周日下午两点以后', '这周日下午两点以后', '12月6日（周日）下午2点以后', 'Sun 6 Dec, after 2 pm'],
  ['明天下午3点', '明天下午3点', '12月6日（周日）下午3点', 'Sun 6 Dec, at 3 pm'],
  ['后天上午吧', '后天上午', '12月7日（周一）上午', 'Mon 7 Dec, morning'],
  ['大后天晚上', '大后天晚上', '12月8日（周二）晚上', 'Tue 8 Dec, evening'],
  ['工作日晚上7点以后', '工作日晚上7点以后', '工作日晚上7点以后', 'weekdays, after 7 pm'],
  ['平时晚上六点半后在家', '平时晚上六点半后', '工作日晚上6点半以后', 'weekdays, after 6:30 pm'],
  ['12月10号上午', '12月10号上午', '12月10日（周四）上午', 'Thu 10 Dec, morning'],
  ['改到15号下午', '15号下午', '12月15日（周二）下午', 'Tue 15 Dec, afternoon'],
  ['3号上午', '3号上午', '1月3日（周日）上午', 'Sun 3 Jan, morning'],
  ['上午10点前', '上午10点前', '上午10点以前', 'before 10 am'],
  ['中午12点', '中午12点', '中午12点', 'at 12 pm'],
  ['周五全天都行', '周五全天', '12月11日（周五）白天', 'Fri 11 Dec, during the day'],
  ['下周末', '下周末', '12月12日（周六）或12月13日（周日）', 'Sat 12 Dec or Sun 13 Dec'],
  ['Saturday afternoon', 'Saturday afternoon', '12月12日（周六）下午', 'Sat 12 Dec, afternoon'],
  ['after 7pm weekdays', 'after 7pm weekdays', '工作日晚上7点以后', 'weekdays, after 7 pm'],
  ['next Tuesday morning please', 'next Tuesday morning', '12月8日（周二）上午', 'Tue 8 Dec, morning'],
  ['can they come tomorrow afternoon?', 'tomorrow afternoon', '12月6日（周日）下午', 'Sun 6 Dec, afternoon'],
  ['the day after tomorrow', 'the day after tomorrow', '12月7日（周一）', 'Mon 7 Dec'],
  // Two relative days joined are a choice (or a span), kept as both days.
  ['明天或后天都行', '明天或后天', '12月6日（周日）或12月7日（周一）', 'Sun 6 Dec or Mon 7 Dec'],
  ['今天还是明天下午', '今天还是明天下午', '12月5日（周六）或12月6日（周日）下午', 'Sat 5 Dec or Sun 6 Dec, afternoon'],
  ['明天到大后天都在家', '明天到大后天', '12月6日（周日）到12月8日（周二）', 'Sun 6 Dec to Tue 8 Dec'],
  ['tomorrow or the day after is fine', 'tomorrow or the day after', '12月6日（周日）或12月7日（周一）', 'Sun 6 Dec or Mon 7 Dec'],
  ['today or tomorrow evening', 'today or tomorrow evening', '12月5日（周六）或12月6日（周日）晚上', 'Sat 5 Dec or Sun 6 Dec, evening'],
  ['move it to Dec 9 after 2pm', 'Dec 9 after 2pm', '12月9日（周三）下午2点以后', 'Wed 9 Dec, after 2 pm'],
  ['14 December in the morning', '14 December in the morning', '12月14日（周一）上午', 'Mon 14 Dec, morning'],
  ['Friday 9am', 'Friday 9am', '12月11日（周五）上午9点', 'Fri 11 Dec, at 9 am'],
  ['weekday evenings after 6:30pm', 'weekday evenings after 6:30pm', '工作日晚上6点半以后', 'weekdays, after 6:30 pm'],
  ['any weekday before 10am', 'weekday before 10am', '工作日上午10点以前', 'weekdays, before 10 am'],
  ['this Sunday', 'this Sunday', '12月6日（周日）', 'Sun 6 Dec'],
  ['on Wednesday around 3pm', 'Wednesday around 3pm', '12月9日（周三）下午3点左右', 'Wed 9 Dec, around 3 pm'],
  ['Monday evening', 'Monday evening', '12月7日（周一）晚上', 'Mon 7 Dec, evening'],
  ['next weekend', 'next weekend', '12月12日（周六）或12月13日（周日）', 'Sat 12 Dec or Sun 13 Dec'],
  ['Thursday at lunchtime', 'Thursday at lunchtime', '12月10日（周四）中午', 'Thu 10 Dec, midday'],
  ['tomorrow from 4 pm onwards', 'tomorrow from 4 pm onwards', '12月6日（周日）下午4点以后', 'Sun 6 Dec, after 4 pm'],
];

describe('visit times', () => {
  it.each(TABLE)('%s -> %s', (message, found, zh, en) => {
    const said = findVisitTime(message);
    expect(said).toBe(found);
    expect(describeVisitTime(said!, NOW)).toEqual({ zh, en });
  });

  it.each(['住5号楼502', '型号KFR-35GW', '我要改约', 'the engineer never came', '3点'])('finds no visit time in %s', (message) => {
    expect(findVisitTime(message)).toBeUndefined();
  });

  it('says words it cannot place as written', () => {
    expect(describeVisitTime('过两天', NOW)).toEqual({ zh: '过两天', en: '过两天' });
  });
});
