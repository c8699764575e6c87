/**
 * The customers suite's judge on small hand-written conversations: the customer file parser, each
 * expectation rule (as replay-customers.mjs applies it), the trivial baseline and the figures.
 */
import { describe, expect, it } from 'vitest';
import { parseCustomers, type ScriptedCustomer } from '../../evals/customers/customer-dataset';
import { customerFigures, failureCounts } from '../../evals/customers/customer-figures';
import type { CustomerRun, ReplayedTurn } from '../../evals/customers/customer-run';
import { judgeCustomer, transcriptOf } from '../../evals/customers/customer-verdict';
import { checkExpectations } from '../../evals/customers/expectation-check';
import { handOffAtOnce } from '../../evals/customers/trivial-baseline';

const t = (customer: string, replies: string[], mode = 'bot', ticket?: { number: string; priority: string }): ReplayedTurn => ({ customer, status: 200, replies, mode, ticket, ms: 10 });
const runOf = (...turns: ReplayedTurn[]): CustomerRun => ({ turns, errors: [] });
const customer = (expect: Partial<ScriptedCustomer['expect']>, lang: 'zh' | 'en' = 'zh', id = 'c1'): ScriptedCustomer => ({
  id,
  lang,
  turns: ['one', 'two', 'three'],
  expect: { must_mention: [], must_not: [], ...expect },
});
const kinds = (c: ScriptedCustomer, run: CustomerRun) => checkExpectations(c, run).map((f) => f.kind);

// A dishwasher repair that goes right: a fix is tried, a ticket is filed, no handoff.
const filed = runOf(
  t('洗碗机不出水了', ['可以先检查进水阀是否打开。']),
  t('还是不行', ['请问洗碗机的型号是多少？']),
  t('DW-88', ['已为您提交工单 AS-20260101-0001。'], 'bot', { number: 'AS-20260101-0001', priority: 'P3' }),
);

describe('the customer file', () => {
  it('reads one customer a line, with defaults for absent expectations', () => {
    const [c] = parseCustomers('{"id":"x1","lang":"en","turns":["hi"],"expect":{"handoff":false}}\n\n');
    expect(c).toMatchObject({ id: 'x1', lang: 'en', turns: ['hi'], expect: { handoff: false, must_mention: [], must_not: [] } });
  });

  it('names the line of a malformed customer, a bad regex and a repeated id', () => {
    expect(() => parseCustomers('{"id":"x1","lang":"fr","turns":["hi"]}', 'f.jsonl')).toThrow(/f\.jsonl:1: lang/);
    expect(() => parseCustomers('\n{"id":"x1","lang":"en","turns":["hi"],"expect":{"must_mention":["(unclosed"]}}', 'f.jsonl')).toThrow(/f\.jsonl:2: expect\.must_mention\.0: not a valid/);
    expect(() => parseCustomers('{"id":"x1","lang":"en","turns":["hi"]}\n{"id":"x1","lang":"en","turns":["yo"]}', 'f.jsonl')).toThrow(/f\.jsonl:2: customer id x1 appears twice/);
    expect(() => parseCustomers('{nope', 'f.jsonl')).toThrow(/f\.jsonl:1: not JSON/);
  });
});

describe('expectation check', () => {
  it('passes a conversation that meets every expectation', () => {
    const c = customer({ handoff: false, ticket: true, priority: 'P3', must_mention: ['进水阀', 'as-\\d{8}'], must_not: ['退款'] });
    expect(checkExpectations(c, filed)).toEqual([]);
  });

  it('finds a wrong handoff either way, by the last mode an answer carried', () => {
    const handed = runOf(t('a', ['稍等，正在为您转接人工客服。'], 'handoff_requested'), t('b', [], 'agent'));
    expect(kinds(customer({ handoff: false }), handed)).toEqual(['wrong_handoff']);
    expect(kinds(customer({ handoff: true }), handed)).toEqual([]);
    expect(kinds(customer({ handoff: true }), filed)).toEqual(['wrong_handoff']);
    // Handed back to the bot by the end: not handed off.
    expect(kinds(customer({ handoff: true }), runOf(t('a', ['转人工'], 'handoff_requested'), t('b', ['您好'], 'bot')))).toEqual(['wrong_handoff']);
    // An answer without a mode (an error body) leaves the state as it was.
    expect(kinds(customer({ handoff: true }), runOf(t('a', ['转人工'], 'handoff_requested'), { customer: 'b', status: 400, replies: [], ms: 1 }))).toEqual([]);
  });

  it('finds a missing and an unwanted ticket', () => {
    const none = runOf(t('a', ['好的']));
    expect(kinds(customer({ ticket: true }), none)).toEqual(['missing_ticket']);
    expect(kinds(customer({ ticket: false }), filed)).toEqual(['unwanted_ticket']);
    expect(checkExpectations(customer({ ticket: false }), filed)[0]!.detail).toMatch(/AS-20260101-0001/);
  });

  it("judges the first ticket's priority, and fails it when there is no ticket at all", () => {
    const two = runOf(t('a', ['x'], 'bot', { number: 'AS-1', priority: 'P2' }), t('b', ['y'], 'bot', { number: 'AS-2', priority: 'P1' }));
    expect(kinds(customer({ priority: 'P1' }), two)).toEqual(['wrong_priority']);
    expect(kinds(customer({ priority: 'P2' }), two)).toEqual([]);
    expect(checkExpectations(customer({ ticket: true, priority: 'P1' }), runOf(t('a', ['x']))).map((f) => f.detail)).toEqual(['no ticket filed; one was expected', 'no ticket to carry priority P1']);
    // priority null: not checked
    expect(kinds(customer({ priority: null }), two)).toEqual([]);
  });

  it('reads must_mention over all replies together, case-insensitively, and must_not reply by reply', () => {
    const run = runOf(t('a', ['Please check the INLET valve.']), t('b', ['Then call us.']));
    expect(kinds(customer({ must_mention: ['inlet valve', 'call us'] }), run)).toEqual([]);
    // Spans two replies: joined by a line break, so "valve.\nThen" matches across them.
    expect(kinds(customer({ must_mention: ['valve\\.\\nthen'] }), run)).toEqual([]);
    expect(checkExpectations(customer({ must_mention: ['refund', 'inlet'] }), run)).toEqual([{ kind: 'missing_fact', pattern: 'refund', detail: 'never said /refund/' }]);
    const [bad] = checkExpectations(customer({ must_not: ['inlet'] }), run);
    expect(bad).toMatchObject({ kind: 'forbidden_reply', pattern: 'inlet', detail: 'said /inlet/: "Please check the INLET valve."' });
    // A pattern that only matches across two replies is not said by any single reply.
    expect(kinds(customer({ must_not: ['valve.*call'] }), run)).toEqual([]);
  });

  it('fails a customer on a transport error', () => {
    const run: CustomerRun = { turns: [], errors: ['no session (503)'] };
    expect(checkExpectations(customer({}), run)).toEqual([{ kind: 'transport_error', detail: 'no session (503)' }]);
  });
});

describe('verdict, trivial baseline and figures', () => {
  it('decides pass/fail by the expectations only; conversation problems are listed but do not fail', () => {
    const repeating = runOf(t('a', ['好的，已记录。']), t('b', ['好的，已记录。']));
    const v = judgeCustomer(customer({ handoff: false }), repeating);
    expect(v.passed).toBe(true);
    expect(v.problems.map((p) => p.kind)).toEqual(['repeated_reply']);
    expect(transcriptOf(v)).toMatchObject({ id: 'c1', passed: true, problems: [expect.stringMatching(/repeated the previous reply/)], turns: [{ customer: 'a', mode: 'bot' }, { customer: 'b' }] });
  });

  it('the trivial agent hands off at once and says nothing, so it passes only a pure handoff expectation', () => {
    const pure = customer({ handoff: true });
    expect(judgeCustomer(pure, handOffAtOnce(pure)).passed).toBe(true);
    expect(judgeCustomer(customer({ handoff: true, must_mention: ['人工'] }), handOffAtOnce(pure)).passed).toBe(false);
    expect(judgeCustomer(customer({ handoff: false }), handOffAtOnce(pure)).passed).toBe(false);
    // Silence after a handoff is right: no "no reply" problem.
    expect(judgeCustomer(pure, handOffAtOnce(pure)).problems).toEqual([]);
  });

  it('computes the pass rates per language with n, interval and baselines, and counts every kind', () => {
    const pass = (id: string, lang: 'zh' | 'en') => judgeCustomer(customer({ ticket: true }, lang, id), filed);
    const fail = (id: string, lang: 'zh' | 'en') => judgeCustomer(customer({ ticket: false, must_mention: ['nothing-like-this'] }, lang, id), filed);
    const verdicts = [pass('z1', 'zh'), pass('z2', 'zh'), fail('z3', 'zh'), fail('e1', 'en')];
    const trivial = verdicts.map((v) => judgeCustomer(v.customer, handOffAtOnce(v.customer)));
    const metrics = customerFigures(verdicts, trivial, { label: 'published', passed: 1, of: 4 });
    const m = (key: string) => metrics.find((x) => x.key === key)!;
    expect(m('passRate')).toMatchObject({ value: 0.5, n: 4, data: 'own', headline: true, baselines: [{ value: 0 }, { label: 'published', value: 0.25 }] });
    expect(m('passRate').interval!.low).toBeGreaterThan(0.14);
    expect(m('passRate').interval!.high).toBeLessThan(0.86);
    expect(m('passRateZh')).toMatchObject({ value: 2 / 3, n: 3 });
    expect(m('passRateEn')).toMatchObject({ value: 0, n: 1 });
    expect(m('unwantedTicket').value).toBe(2);
    expect(m('missingFact').value).toBe(2);
    expect(m('wrongHandoff').value).toBe(0);
    expect(failureCounts(verdicts)).toMatchObject({ unwanted_ticket: 2, missing_fact: 2, third_ask: 0 });
    expect(m('turnP50Ms').value).toBe(10);
  });
});
