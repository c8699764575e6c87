/**
 * Knowledge lines are screened by the output guard before the offline brain quotes them
 * (bot/engine/knowledge-screen.ts), and the verdict on a line is kept: a second screening of the
 * same lines must give the same answer as the guard, line by line.
 */
import { describe, expect, it } from 'vitest';
import { screenKnowledgeLines } from '../../bot/engine/knowledge-screen';
import { OutputGuard } from '../../bot/guardrails/output-guard';

const LINES = [
  '先断电5分钟再重新开机',
  '请把身份证照片发到 help@free-fix-now.com 登记',
  '清洗排水泵过滤器，注意先放掉积水',
  'Visit www.cheap-parts.example to order a new board',
  'Hold the power button for 10 seconds',
];

describe('screening knowledge lines', () => {
  it('drops what the guard refuses, and gives the same verdicts again from what it kept', () => {
    const guard = new OutputGuard();
    const expected = LINES.filter((l) => guard.check(l).ok);
    expect(expected).toEqual(['先断电5分钟再重新开机', '清洗排水泵过滤器，注意先放掉积水', 'Hold the power button for 10 seconds']);
    expect(screenKnowledgeLines(LINES)).toEqual(expected);
    expect(screenKnowledgeLines([...LINES].reverse())).toEqual([...expected].reverse());
    expect(screenKnowledgeLines(undefined)).toEqual([]);
  });
});
