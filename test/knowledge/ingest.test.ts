import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../knowledge/case-schema';
import { readKnowledgeFolder } from '../../knowledge/ingest/read-folder';
import { SAMPLE_KNOWLEDGE_DIR } from '../../knowledge/knowledge-base';
import { faultCase, tempDir, writeFiles } from './helpers';

describe('ingest from a folder', () => {
  it('reads JSON with a broken entry: reports file, line, field and reason, loads the rest', () => {
    const good = faultCase('ac-good');
    const bad = faultCase('ac-bad', { engineerVisit: 'sometimes' });
    const dir = writeFiles(tempDir(), { 'cases.json': JSON.stringify([good, bad], null, 2) });
    const result = readKnowledgeFolder(dir);
    expect(result.entries.map((e) => e.entry.id)).toEqual(['ac-good']);
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0]!;
    expect(issue.file).toBe(path.join(dir, 'cases.json'));
    expect(issue.entryId).toBe('ac-bad');
    expect(issue.field).toBe('[1].engineerVisit');
    expect(issue.line).toBe(
      JSON.stringify([good, bad], null, 2)
        .split('\n')
        .findIndex((l) => l.includes('"ac-bad"')),
    );
    expect(issue.reason).toMatch(/true or false/);
  });

  it('reports a JSON syntax error with its line and keeps other files', () => {
    const dir = writeFiles(tempDir(), { 'a.json': '[\n  {"id": "x",\n  oops\n]', 'b.json': JSON.stringify([faultCase('ac-b')]) });
    const result = readKnowledgeFolder(dir);
    expect(result.entries.map((e) => e.entry.id)).toEqual(['ac-b']);
    expect(result.issues[0]).toMatchObject({ file: path.join(dir, 'a.json'), code: 'syntax', line: 3 });
  });

  it('reads CSV rows with list cells and names the column of a bad cell', () => {
    const csv = [
      'id,category,brands,error_codes,title_zh,title_en,symptoms_zh,symptoms_en,steps_zh,steps_en,engineer_visit,source',
      "wm-ok,washing_machine,Haier | 小天鹅,E1 | E10,不进水,No water,洗衣机不进水 | 显示E1,washer won't fill,开水龙头,Open the tap,no,test",
      "wm-bad,washing_machine,,,排水,Drain,不排水,won't drain,清理过滤器,Clean filter,perhaps,test",
      'wm-short,washing_machine,only three',
    ].join('\n');
    const dir = writeFiles(tempDir(), { 'washers.csv': csv });
    const result = readKnowledgeFolder(dir);
    expect(result.entries).toHaveLength(1);
    const entry = result.entries[0]!.entry;
    expect(entry.brands).toEqual(['Haier', 'Little Swan']); // aliases become canonical names
    expect(entry.kind === 'fault' && entry.errorCodes).toEqual(['E1', 'E10']);
    expect(result.entries[0]!.line).toBe(2);
    const bad = result.issues.find((i) => i.entryId === 'wm-bad')!;
    expect(bad).toMatchObject({ line: 3, field: 'column engineer_visit' });
    expect(result.issues.find((i) => i.line === 4)!.reason).toMatch(/fields/);
  });

  it('reads Markdown cases from yaml blocks under headings, id from the heading, bad yaml with its line', () => {
    const md = [
      '# Heaters',
      'Some prose for people.',
      '',
      '## wh-one 热水器不热',
      '```yaml',
      'category: water_heater',
      'title: {zh: 热水器不热, en: No hot water}',
      'symptoms: {zh: [热水器不热], en: [no hot water]}',
      'steps: {zh: [检查电源], en: [check power]}',
      'engineerVisit: false',
      'source: test',
      '```',
      '',
      '## wh-two',
      '```yaml',
      'category: [unclosed',
      '```',
    ].join('\n');
    const dir = writeFiles(tempDir(), { 'heaters.md': md });
    const result = readKnowledgeFolder(dir);
    expect(result.entries.map((e) => [e.entry.id, e.line])).toEqual([['wh-one', 4]]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'syntax', file: path.join(dir, 'heaters.md') });
    expect(result.issues[0]!.line).toBeGreaterThanOrEqual(16);
  });

  it('reports a duplicate id naming both files and keeps the first', () => {
    const dir = writeFiles(tempDir(), {
      'a.json': JSON.stringify([faultCase('ac-dup')]),
      'sub/b.json': JSON.stringify([faultCase('ac-dup', { title: { zh: '另一个', en: 'another' } })]),
    });
    const result = readKnowledgeFolder(dir);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]!.file).toBe(path.join(dir, 'a.json'));
    const issue = result.issues[0]!;
    expect(issue.code).toBe('duplicate_id');
    expect(issue.reason).toContain(path.join(dir, 'a.json'));
    expect(issue.reason).toContain(path.join(dir, 'sub', 'b.json'));
  });

  it('ships a sample knowledge base of 150+ fault cases across 7+ categories in JSON, CSV and Markdown, all valid', () => {
    const result = readKnowledgeFolder(SAMPLE_KNOWLEDGE_DIR);
    expect(result.issues).toEqual([]);
    const faults = result.entries.filter((e) => e.entry.kind === 'fault');
    expect(faults.length).toBeGreaterThanOrEqual(150);
    expect(new Set(faults.map((e) => e.entry.category)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(result.files.map((f) => path.extname(f)))).toEqual(new Set(['.json', '.csv', '.md']));
    expect(result.entries.some((e) => e.entry.kind === 'policy')).toBe(true);
    expect(result.entries.some((e) => e.entry.kind === 'qa')).toBe(true);
    for (const e of faults) {
      if (e.entry.kind !== 'fault') continue;
      expect(e.entry.symptoms.zh.length * e.entry.symptoms.en.length, e.entry.id).toBeGreaterThan(0);
      expect(CATEGORIES).toContain(e.entry.category);
    }
  });

  it('reads sourceKind and reviewed from JSON, CSV and Markdown alike, and still ingests files without them', () => {
    const csv = [
      'id,category,title_zh,title_en,symptoms_zh,symptoms_en,steps_zh,steps_en,engineer_visit,source,source_kind,reviewed',
      "wm-csv,washing_machine,不排水,No drain,不排水,won't drain,清理过滤器,Clean the filter,no,Team practice,own_practice,2026-11-30",
    ].join('\n');
    const md = [
      '## wh-md 热水器不热',
      '```yaml',
      'category: water_heater',
      'title: {zh: 热水器不热, en: No hot water}',
      'symptoms: {zh: [热水器不热], en: [no hot water]}',
      'steps: {zh: [检查电源], en: [check power]}',
      'engineerVisit: false',
      'source: Maker manual p. 12',
      'sourceKind: manufacturer',
      'reviewed: 2026-11-30',
      '```',
    ].join('\n');
    const dir = writeFiles(tempDir(), {
      'a.json': JSON.stringify([faultCase('ac-json', { sourceKind: 'third_party', reviewed: '2026-11-30' }), faultCase('ac-legacy')]),
      'b.csv': csv,
      'c.md': md,
    });
    const result = readKnowledgeFolder(dir);
    expect(result.issues).toEqual([]);
    const got = Object.fromEntries(result.entries.map((e) => [e.entry.id, [e.entry.sourceKind, e.entry.reviewed]]));
    expect(got).toEqual({
      'ac-json': ['third_party', '2026-11-30'],
      'ac-legacy': [undefined, undefined],
      'wm-csv': ['own_practice', '2026-11-30'],
      'wh-md': ['manufacturer', '2026-11-30'],
    });
  });

  it('rejects an unknown source kind and an impossible review date, naming the field', () => {
    const dir = writeFiles(tempDir(), {
      'a.json': JSON.stringify([faultCase('ac-kind', { sourceKind: 'manual' }), faultCase('ac-date', { reviewed: '2026-02-30' }), faultCase('ac-format', { reviewed: '5/12/2026' })]),
    });
    const result = readKnowledgeFolder(dir);
    expect(result.entries).toEqual([]);
    expect(result.issues.map((i) => [i.entryId, i.field])).toEqual([
      ['ac-kind', '[0].sourceKind'],
      ['ac-date', '[1].reviewed'],
      ['ac-format', '[2].reviewed'],
    ]);
    expect(result.issues[0]!.reason).toMatch(/own_practice/);
    expect(result.issues[1]!.reason).toMatch(/calendar/);
  });
});
