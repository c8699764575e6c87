import { describe, expect, it } from 'vitest';
import { describeIssues, normaliseCode, normaliseModel, parseEntry } from '../../knowledge/case-schema';
import { faultCase } from './helpers';

describe('knowledge entry schema', () => {
  it('accepts a fault case without an explicit kind and fills the optional lists', () => {
    const parsed = parseEntry(faultCase('ac-test'));
    expect(parsed.success).toBe(true);
    if (!parsed.success || parsed.data.kind !== 'fault') throw new Error('expected a fault case');
    expect(parsed.data.brands).toEqual([]);
    expect(parsed.data.errorCodes).toEqual([]);
    expect(parsed.data.safety).toEqual({ zh: [], en: [] });
  });

  it('names the field and the reason of each problem', () => {
    const parsed = parseEntry(faultCase('x', { category: 'toaster', engineerVisit: 'maybe', title: { zh: '只有中文' } }));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issues = describeIssues(parsed.error);
    expect(issues.map((i) => i.field).sort()).toEqual(['category', 'engineerVisit', 'id', 'title.en'].sort());
    expect(issues.find((i) => i.field === 'category')!.reason).toMatch(/air_conditioner/);
  });

  it('requires symptoms and steps in at least one language', () => {
    const parsed = parseEntry(faultCase('ac-empty', { symptoms: { zh: [], en: [] } }));
    expect(parsed.success).toBe(false);
  });

  it('parses policy entries with machine-readable warranty terms and curated answers', () => {
    const policy = parseEntry({
      id: 'pol-x',
      kind: 'policy',
      category: 'phone',
      topic: 'warranty',
      title: { zh: '手机保修', en: 'Phone warranty' },
      body: { zh: '主机1年', en: 'Handset 1 year' },
      terms: [{ part: { zh: '电池', en: 'battery' }, months: 6 }],
      source: 'test',
    });
    expect(policy.success && policy.data.kind === 'policy' && policy.data.terms[0]!.months).toBe(6);
    const qa = parseEntry({ id: 'qa-x', kind: 'qa', category: 'general', title: { zh: '问', en: 'Q' }, questions: { zh: ['怎么报修'] }, answer: { zh: '答', en: 'A' }, source: 'test' });
    expect(qa.success).toBe(true);
    expect(parseEntry({ ...faultCase('k'), kind: 'recipe' }).success).toBe(false);
  });

  it('compares error codes and models in one normal form', () => {
    expect(normaliseCode('ｅ-1')).toBe('E1');
    expect(normaliseCode('dE')).toBe('DE');
    expect(normaliseModel('kfr-35gw/bpr3')).toBe(normaliseModel('KFR 35GW BpR3'));
  });
});
