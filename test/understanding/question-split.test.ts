/** A message cut into its questions (issue 16, "answers"): each keeps what was told just before it; tags stay with their question. */
import { describe, expect, it } from 'vitest';
import { splitQuestions } from '../../bot/understanding/question-split';

describe('splitQuestions', () => {
  it('splits Chinese questions at marks, at 吗 with no mark, and at spaces', () => {
    expect(splitQuestions('电机坏了还保吗？上门费多少钱')).toEqual(['电机坏了还保吗？', '上门费多少钱']);
    expect(splitQuestions('还在保修期吗换个主板多少钱')).toEqual(['还在保修期吗', '换个主板多少钱']);
    expect(splitQuestions('烤箱不热了 是不是发热管坏了 换一个要多少钱 在保修期内吗')).toEqual(['烤箱不热了是不是发热管坏了', '换一个要多少钱', '在保修期内吗']);
  });

  it('keeps the telling clauses before a question with it, and "另外" starts a new one', () => {
    expect(splitQuestions('洗碗机不排水了，去年六月买的，还保吗？另外滤网多少钱')).toEqual(['洗碗机不排水了，去年六月买的，还保吗？', '另外滤网多少钱']);
  });

  it('splits English questions joined by "and" or "also"', () => {
    expect(splitQuestions('is the motor covered and how much is the visit')).toEqual(['is the motor covered', 'and how much is the visit']);
    expect(splitQuestions('The dryer shows a snowflake, what does that mean? Also, can I buy a new filter?')).toEqual(['The dryer shows a snowflake, what does that mean?', 'can I buy a new filter?']);
  });

  it('treats a tag, a statement or a single question as one question or none', () => {
    expect(splitQuestions('这个保修吧，对吧？')).toHaveLength(1);
    expect(splitQuestions('用了两年了还在保修期不')).toHaveLength(1);
    expect(splitQuestions('空调修不好了')).toEqual([]);
    expect(splitQuestions('the fridge stopped cooling')).toEqual([]);
  });

  it('keeps "what does it cost?" with the question it prices, not as a question of its own', () => {
    expect(splitQuestions('热水器能帮忙换个位置装吗 怎么收费')).toEqual(['热水器能帮忙换个位置装吗怎么收费']);
    expect(splitQuestions('旧机器你们回收吗？要钱吗')).toHaveLength(1);
    expect(splitQuestions('can you reinstall the AC in the new flat? how much?')).toHaveLength(1);
    // A fee question with its own words stays its own question.
    expect(splitQuestions('电机坏了还保吗？上门费多少钱')).toHaveLength(2);
  });
});
