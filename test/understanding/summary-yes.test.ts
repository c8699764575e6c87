/**
 * The yes to the restated request, read by its kind: yes words with soft endings and "now / this
 * time", repeated or after an acknowledgement; a tag question, "by the way" and a no are not yes.
 */
import { describe, expect, it } from 'vitest';
import { saysYesToSummary } from '../../bot/understanding/summary-yes';

describe('a yes to the summary', () => {
  it.each([
    '这下对了',
    '现在对了哈',
    '这回全都没问题了',
    '对头',
    '没毛病 就这样',
    '这次没错啦',
    '妥了',
    '没错 就是这样',
    '嗯 是这样的',
    'yes this is right now',
    'all good now',
    "yes that's all",
    'yep, correct this time',
    'now it is right',
    'sure',
  ])('"%s" says yes', (text) => {
    expect(saysYesToSummary(text)).toBe(true);
  });

  it.each([
    '对吧',
    '是这样吧',
    '对了',
    '对了，上门要收费吗',
    '不对',
    '这回还是不对',
    '好的，师傅来之前会打电话吧',
    "ok, so they'll call first, right?",
    'right side is leaking',
    'is it correct now?',
    '这回对了吗',
  ])('"%s" does not', (text) => {
    expect(saysYesToSummary(text)).toBe(false);
  });
});
