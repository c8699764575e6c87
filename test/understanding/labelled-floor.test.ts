/**
 * Floors on the team's labelled set (evals/understanding/labelled.jsonl), set a little below what
 * the rules measured when they were committed (intent 92.8%, urgency 90.4%), so a change that
 * makes understanding worse fails here. Raise them when the rules get better; never lower them
 * to make a change pass.
 */
import { describe, expect, it } from 'vitest';
import { evaluateLabelledSet, loadLabelledSet } from '../../evals/understanding/labelled-set';

const report = evaluateLabelledSet();

describe('labelled understanding set', () => {
  it('is big and covers every intent, tier and language', () => {
    const rows = loadLabelledSet();
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((r) => r.intent)).size).toBe(8);
    expect(new Set(rows.map((r) => r.urgency))).toEqual(new Set(['P1', 'P2', 'P3', 'P4']));
    expect(rows.filter((r) => r.lang === 'zh').length).toBeGreaterThan(120);
    expect(rows.filter((r) => r.lang === 'en').length).toBeGreaterThan(120);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
  it('intent accuracy and macro-F1 stay above their floors', () => {
    expect(report.intent.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.intent.macroF1).toBeGreaterThanOrEqual(0.88);
  });
  it('urgency accuracy and macro-F1 stay above their floors', () => {
    expect(report.urgency.accuracy).toBeGreaterThanOrEqual(0.87);
    expect(report.urgency.macroF1).toBeGreaterThanOrEqual(0.86);
  });
  it('misses almost no P1 message', () => {
    expect(report.safety.p1Recall).toBeGreaterThanOrEqual(0.93);
  });
  it('gets the labelled slots right', () => {
    const correct = report.slots.reduce((a, s) => a + s.correct, 0);
    const total = report.slots.reduce((a, s) => a + s.total, 0);
    expect(correct / total).toBeGreaterThanOrEqual(0.97);
  });
});
