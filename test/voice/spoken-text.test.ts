import { describe, expect, it } from 'vitest';
import { normalizeSpokenText, removeFillers } from '../../bot/text/spoken-text';

describe('spoken text normalisation', () => {
  it.each([
    ['嗯，我的那个那个空调，呃，不制冷', '我的空调,不制冷'],
    ['um, my fridge uh stopped', 'my fridge stopped'],
    ['额，我想问一下额外的费用', '我想问一下额外的费用'],
  ])('drops fillers: %s', (spoken, written) => {
    expect(normalizeSpokenText(spoken)).toBe(written);
  });

  it.each([
    ['那个空调坏了', '那个空调坏了'],
    ['umbrella and hmmm', 'umbrella and'],
    ['金额不对', '金额不对'],
  ])('keeps words that only look like fillers: %s', (text, kept) => {
    expect(removeFillers(text)).toBe(kept);
  });

  it.each([
    ['我手机号是幺三八，幺二三四，五六七八', '我手机号是13812345678'],
    ['号码是一三九 一二三四 五六七八', '号码是13912345678'],
    ['电话要三八要二三四五六七八', '电话13812345678'],
    ['138，1234，5678', '13812345678'],
  ])('joins numbers read out in groups and repairs a misheard 幺: %s', (spoken, written) => {
    expect(normalizeSpokenText(spoken)).toBe(written);
  });

  it.each([
    ['100，200，300都可以', '100,200,300都可以'],
    ['我腰疼，要三个师傅', '我腰疼,要三个师傅'],
    ['It shows up two lights', 'It shows up two lights'],
  ])('leaves prose and lists alone: %s', (text, kept) => {
    expect(normalizeSpokenText(text)).toBe(kept);
  });

  it.each([
    ['空调显示E 一', '空调显示E1'],
    ['ＫＦＲ－３５ＧＷ 错误码 F 三', 'KFR-35GW 错误码 F3'],
    ['the display shows E four', 'the display shows E4'],
  ])('turns a code read out as letter and word into the code: %s', (spoken, written) => {
    expect(normalizeSpokenText(spoken)).toBe(written);
  });

  it('is idempotent', () => {
    const once = normalizeSpokenText('嗯 我电话是 要八六 要二三四 五六七八，显示E 四');
    expect(normalizeSpokenText(once)).toBe(once);
  });
});
