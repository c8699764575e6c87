/** The problem on a ticket: the customer's words without the greeting before or the question after. */
import { describe, expect, it } from 'vitest';
import { problemWords } from '../../bot/engine/problem-words';

describe('problem words', () => {
  it.each<[string, string]>([
    ['喂你好 我家那个美的洗衣机啊 洗到一半就停了 屏幕上显示个E7F 这是啥意思啊', '我家那个美的洗衣机啊 洗到一半就停了 屏幕上显示个E7F'],
    ['您好 冰箱最近响得厉害 晚上嗡嗡的 咋回事啊', '冰箱最近响得厉害 晚上嗡嗡的'],
    ['hi there, my dryer stops after ten minutes, what should I do?', 'my dryer stops after ten minutes'],
    ['空调不制冷', '空调不制冷'],
    ['怎么办', '怎么办'],
    ['hello', 'hello'],
    ['the heater shows E4 and I have no hot water', 'the heater shows E4 and I have no hot water'],
  ])('%s', (text, expected) => {
    expect(problemWords(text)).toBe(expected);
  });
});
