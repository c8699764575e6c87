/**
 * Each lint rule on small hand-written entries: once where it must fire, once where it must not.
 * The folder test at the end reads real files, so a broken entry shows up as a schema finding.
 */
import { describe, expect, it } from 'vitest';
import { parseEntry, type KnowledgeEntry } from '../../../knowledge/case-schema';
import { lintEntries, lintKnowledgeFolder } from '../../../knowledge/lint/lint-knowledge';
import { provenanceRule } from '../../../knowledge/lint/rules/provenance-rule';
import { safetyNoteRule } from '../../../knowledge/lint/rules/safety-note-rule';
import { unsafeAdviceRule } from '../../../knowledge/lint/rules/unsafe-advice-rule';
import { faultCase, tempDir, writeFiles } from '../helpers';

const TODAY = { today: '2026-12-05' };
const PROVENANCE = { sourceKind: 'own_practice', reviewed: '2026-12-01' };

function entry(raw: Record<string, unknown>): KnowledgeEntry {
  const parsed = parseEntry(raw);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const gasCase = (safety?: { zh: string[]; en: string[] }) =>
  entry(
    faultCase('gs-test', {
      category: 'gas_stove',
      title: { zh: '灶具打不着火', en: 'Hob will not light' },
      symptoms: { zh: ['按了没反应'], en: ['nothing happens'] },
      steps: { zh: ['更换电池'], en: ['replace the battery'] },
      ...(safety ? { safety } : {}),
      ...PROVENANCE,
    }),
  );

describe('unsafe-advice rule', () => {
  it('fires on a fault step, a qa answer and a policy body, naming field, text and kind', () => {
    const fault = entry(faultCase('ac-bad', { steps: { zh: ['清洗滤网'], en: ['clean the filter', 'open the casing and bridge the fuse'] }, ...PROVENANCE }));
    const findings = unsafeAdviceRule.check(fault, TODAY);
    expect(findings.map((f) => [f.field, f.kind])).toEqual([
      ['steps.en.1', 'open-casing'],
      ['steps.en.1', 'bridge-or-short'],
      ['steps.en.1', 'bypass-protection'],
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', text: 'open the casing and bridge the fuse' });
    expect(findings[0]!.message.zh).toMatch(/外壳/);

    const qa = entry({
      id: 'qa-x',
      kind: 'qa',
      category: 'general',
      title: { zh: '问', en: 'Q' },
      questions: { zh: ['怎么办'] },
      answer: { zh: '自己拆开外壳看看', en: 'Have a look' },
      source: 't',
      ...PROVENANCE,
    });
    expect(unsafeAdviceRule.check(qa, TODAY).map((f) => f.field)).toEqual(['answer.zh']);
    const policy = entry({
      id: 'pol-x',
      kind: 'policy',
      category: 'general',
      topic: 'fees',
      title: { zh: '费', en: 'Fee' },
      body: { zh: '收费', en: 'Remove the earth wire if the socket has none' },
      source: 't',
      ...PROVENANCE,
    });
    expect(unsafeAdviceRule.check(policy, TODAY).map((f) => [f.field, f.kind])).toEqual([['body.en', 'bypass-protection']]);
  });

  it('does not fire on safe steps or on a safety note that forbids the act', () => {
    const fault = entry(faultCase('ac-ok', { safety: { zh: ['不要拆开外壳'], en: ['never open the casing'] }, ...PROVENANCE }));
    expect(unsafeAdviceRule.check(fault, TODAY)).toEqual([]);
  });
});

describe('safety-note rule', () => {
  it('fires per missing language on a case about gas, naming the topic', () => {
    const none = safetyNoteRule.check(gasCase(), TODAY);
    expect(none.map((f) => f.field)).toEqual(['safety.zh', 'safety.en']);
    expect(none[0]!.kind).toContain('gas');
    const onlyZh = safetyNoteRule.check(gasCase({ zh: ['闻到燃气味请关阀开窗'], en: [] }), TODAY);
    expect(onlyZh.map((f) => f.field)).toEqual(['safety.en']);
  });

  it('does not fire when both languages have a note, or on a case about no hazard', () => {
    expect(safetyNoteRule.check(gasCase({ zh: ['闻到燃气味请关阀开窗'], en: ['If you smell gas, close the valve'] }), TODAY)).toEqual([]);
    const harmless = entry(faultCase('ph-wifi', { category: 'phone', title: { zh: '连不上WiFi', en: 'No Wi-Fi' }, symptoms: { zh: ['连不上'], en: ['cannot join'] }, ...PROVENANCE }));
    expect(safetyNoteRule.check(harmless, TODAY)).toEqual([]);
  });

  it('finds each hazard topic from the title, symptoms or causes in either language', () => {
    const about = (causes: { zh: string[]; en: string[] }) => safetyNoteRule.check(entry(faultCase('x-1', { causes, ...PROVENANCE })), TODAY)[0]?.kind;
    expect(about({ zh: ['插座接触不良'], en: [] })).toBe('electricity');
    expect(about({ zh: [], en: ['heating element failed'] })).toBe('heating-element');
    expect(about({ zh: ['线路冒烟'], en: [] })).toContain('fire');
    expect(about({ zh: [], en: ['water leaking onto the floor'] })).toBe('water-near-power');
    // Words that look alike but are no hazard: a sensor's plug, shock absorbers, a phone's battery voltage.
    expect(about({ zh: ['传感器插头松动'], en: ['worn shock absorbers'] })).toBeUndefined();
    expect(about({ zh: ['电池老化电压不稳'], en: ['sensor open or short circuit'] })).toBeUndefined();
  });
});

describe('provenance rule', () => {
  it('warns when sourceKind or reviewed is missing, and errs on a review date after today', () => {
    const bare = entry(faultCase('ac-bare'));
    expect(provenanceRule.check(bare, TODAY).map((f) => [f.field, f.severity])).toEqual([
      ['sourceKind', 'warning'],
      ['reviewed', 'warning'],
    ]);
    const future = entry(faultCase('ac-future', { sourceKind: 'manufacturer', reviewed: '2027-01-01' }));
    expect(provenanceRule.check(future, TODAY).map((f) => [f.field, f.severity])).toEqual([['reviewed', 'error']]);
  });

  it('does not fire when both are given and the review is not in the future', () => {
    expect(provenanceRule.check(entry(faultCase('ac-ok', { sourceKind: 'third_party', reviewed: '2026-12-05' })), TODAY)).toEqual([]);
  });
});

describe('lintEntries and lintKnowledgeFolder', () => {
  it('counts findings per rule and the denominators behind the rates', () => {
    const report = lintEntries([gasCase(), entry(faultCase('ac-ok', PROVENANCE))], TODAY);
    expect(report.counts['safety-note'].errors).toBe(2);
    expect(report.checked).toMatchObject({ entries: 2, faultCases: 2, hazardCases: 1, hazardCasesWithSafetyNote: 0, entriesWithProvenance: 2, entriesWithoutUnsafeAdvice: 2 });
    expect(report.errors).toBe(2);
  });

  it('reports an entry ingest would reject as a schema error, with its file and line, and lints the rest', () => {
    const good = faultCase('ac-good', PROVENANCE);
    const bad = faultCase('ac-bad', { engineerVisit: 'sometimes' });
    const dir = writeFiles(tempDir(), { 'cases.json': JSON.stringify([good, bad], null, 2) });
    const report = lintKnowledgeFolder(dir, TODAY);
    expect(report.checked.entries).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'schema', severity: 'error', entryId: 'ac-bad', field: '[1].engineerVisit' })]);
    expect(report.findings[0]!.line).toBeGreaterThan(1);
  });
});
