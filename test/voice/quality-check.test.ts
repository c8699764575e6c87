import { describe, expect, it } from 'vitest';
import type { CallTurn } from '../../bot/calls/call-transcript';
import { checkAgentQuality, DEFAULT_FORBIDDEN_PHRASES } from '../../bot/calls/quality-check';

/** Lines as a transcript: "A 您好" is the agent, "C …" the customer; line numbers count from 1. */
function call(...lines: string[]): CallTurn[] {
  return lines.map((l, i) => ({ speaker: l.startsWith('A ') ? 'agent' : 'customer', text: l.slice(2), line: i + 1 }));
}

const byId = (turns: CallTurn[], options = {}) => Object.fromEntries(checkAgentQuality(turns, options).checks.map((c) => [c.id, c]));

describe('quality check of the agent (语音质检)', () => {
  it('passes a model call and points at the line that passed each check', () => {
    const checks = byId(
      call(
        'A 您好，格力售后，工号1023，请问有什么可以帮您？',
        'C 空调显示E1，不制冷。',
        'A 跟您确认一下，您的空调显示E1、不制冷，对吗？',
        'C 对。',
        'A 师傅会在明天中午12点前给您打电话。',
        'A 请问还有其他可以帮您的吗？感谢您的来电。',
      ),
    );
    expect(Object.values(checks).every((c) => c.passed)).toBe(true);
    expect([checks.greeting!.line, checks.restated!.line, checks.next_step!.line, checks.closing!.line]).toEqual([1, 3, 5, 6]);
    expect(checks.no_forbidden!.line).toBeUndefined();
  });

  it('fails a poor call and points at the line where each check failed', () => {
    const report = checkAgentQuality(call('A 喂，什么事？', 'C 洗衣机漏水，师傅一直没来！', 'A 这个不归我管，你自己看着办吧。', 'C 什么态度！', 'A 行，我记一下。'));
    expect(report.failed).toEqual(['greeting', 'restated', 'next_step', 'no_forbidden', 'closing']);
    const checks = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(checks.greeting).toMatchObject({ line: 1 });
    expect(checks.restated).toMatchObject({ line: 3 });
    expect(checks.no_forbidden).toMatchObject({ line: 3, evidence: '不归我管' });
    expect(checks.no_forbidden!.reason).toContain('你自己看着办');
    expect(checks.next_step).toMatchObject({ line: 5 });
    expect(checks.closing).toMatchObject({ line: 5 });
  });

  it('needs both a greeting and a name or staff number', () => {
    expect(byId(call('A 您好，请问有什么可以帮您？', 'C 你好')).greeting).toMatchObject({ passed: false, reason: expect.stringMatching(/staff number/) });
    expect(byId(call('A Good morning, this is Emma speaking.', 'C hi')).greeting!.passed).toBe(true);
    expect(byId(call('A 我是客服小王。', 'C 你好')).greeting).toMatchObject({ passed: false, reason: expect.stringMatching(/no greeting/) });
  });

  it('counts a promise with a time as a next step, but not a report of what did not happen', () => {
    expect(byId(call('C 师傅没来', 'A 还没有师傅联系您，上午的单子。')).next_step!.passed).toBe(false);
    expect(byId(call('C my TV is broken', 'A An engineer will contact you within 24 hours.')).next_step!.passed).toBe(true);
    expect(byId(call('C my TV is broken', 'A Your ticket number is AS-20261124-0001.')).next_step!.passed).toBe(true);
    expect(byId(call('C my TV is broken', 'A Someone will call you.')).next_step!.passed).toBe(false);
  });

  it('flags forbidden phrases in either language, not a phrase about the customer', () => {
    expect(byId(call('C 型号我找不到', 'A 您不知道型号也没关系，我帮您查。')).no_forbidden!.passed).toBe(true);
    expect(byId(call('C hello', "A That's NOT my problem.")).no_forbidden).toMatchObject({ passed: false, line: 2 });
    expect(byId(call('C hello', 'A Please calm   down.')).no_forbidden!.passed).toBe(false);
  });

  it('uses a configured list of forbidden phrases instead of the defaults', () => {
    const turns = call('C 你好', 'A 不知道，这个得问厂家。');
    expect(byId(turns).no_forbidden!.passed).toBe(false);
    expect(byId(turns, { forbiddenPhrases: ['问厂家'] }).no_forbidden).toMatchObject({ passed: false, evidence: '问厂家' });
    expect(byId(turns, { forbiddenPhrases: ['滚'] }).no_forbidden!.passed).toBe(true);
    expect(DEFAULT_FORBIDDEN_PHRASES).toContain('calm down');
  });

  it('has nothing to judge when the agent never spoke', () => {
    expect(checkAgentQuality(call('C 喂？喂？'))).toEqual({ applicable: false, checks: [], failed: [] });
  });
});
