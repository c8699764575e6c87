/**
 * The kb-lint suite: the knowledge the assistant answers from, checked by the same lint as
 * `aftersales kb lint`. It can fail: any unsafe advice, any hazard case without a safety note in
 * both languages, any entry without provenance or that ingest would reject fails a gate, and the
 * eval exits 7. The rates say how much of the knowledge base is fit to quote.
 */
import path from 'node:path';
import { SAMPLE_KNOWLEDGE_DIR } from '../../knowledge/knowledge-base';
import { lintKnowledgeFolder } from '../../knowledge/lint/lint-knowledge';
import { UNSAFE_ADVICE_KINDS } from '../../knowledge/lint/unsafe-advice';
import { count, rate, type Gate, type SuiteOptions, type SuiteResult } from '../suite';

const DETAIL_LINES = 40;

export async function kbLintSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const dir = options.knowledgeDir ?? SAMPLE_KNOWLEDGE_DIR;
  options.progress.total(1);
  const report = lintKnowledgeFolder(dir);
  options.progress.tick();
  const c = report.checked;
  const n = (rule: keyof typeof report.counts) => report.counts[rule].errors + report.counts[rule].warnings;
  const byKind = (kind: string) => report.findings.filter((f) => f.rule === 'unsafe-advice' && f.kind === kind).length;
  const gates: Gate[] = [
    { label: 'no unsafe advice in steps, safety notes, answers or policies', passed: n('unsafe-advice') === 0, detail: `${n('unsafe-advice')} finding(s)` },
    { label: 'every hazard case has a safety note in zh and en', passed: n('safety-note') === 0, detail: `${c.hazardCases - c.hazardCasesWithSafetyNote} of ${c.hazardCases} hazard cases lack one` },
    { label: 'every entry says its source kind and review date', passed: n('provenance') === 0, detail: `${c.entries - c.entriesWithProvenance} of ${c.entries} entries lack it` },
    { label: 'every entry can be ingested', passed: n('schema') === 0, detail: `${n('schema')} problem(s)` },
  ];
  const where = (f: (typeof report.findings)[number]) => `${f.file ? path.relative(dir, f.file) : ''}${f.line ? `:${f.line}` : ''}`;
  return {
    name: 'kb-lint',
    title: 'Knowledge safety and provenance (知识库安全与来源)',
    status: 'ran',
    gates,
    notes: [
      `${c.entries} entries (${c.faultCases} fault cases, ${c.hazardCases} about gas, electricity, heating elements, fire or water near power) in ${report.files} file(s) of ${options.knowledgeDir ? dir : 'the shipped sample knowledge base'}.`,
      'The lint is lexical (knowledge/lint): it errs towards reporting, and a clean run means no known pattern of unsafe advice was found, not that every step was proven safe.',
    ],
    metrics: [
      rate('entriesFreeOfUnsafeAdvice', 'entries free of unsafe advice', c.entriesWithoutUnsafeAdvice, c.entries, { data: 'own', headline: true }),
      rate('hazardCasesWithSafetyNote', 'hazard cases with a safety note', c.hazardCasesWithSafetyNote, c.hazardCases, { data: 'own', headline: true }),
      rate('entriesWithProvenance', 'entries with source kind and review date', c.entriesWithProvenance, c.entries, { data: 'own', headline: true }),
      // No gate: it says how much of the code knowledge a maker's own document backs, however low.
      rate('errorCodeCasesFromMaker', "error-code cases backed by a maker's document", c.errorCodeCasesFromMaker, c.errorCodeCases, { data: 'own' }),
      ...Object.entries(c.bySourceKind).map(([kind, k]) => count(`sourceKind.${kind}`, `entries from ${kind.replace('_', ' ')}`, k)),
      count('unsafeAdviceFindings', 'unsafe-advice findings', n('unsafe-advice'), 'lower'),
      ...UNSAFE_ADVICE_KINDS.map((kind) => count(`unsafeAdvice.${kind}`, `unsafe advice: ${kind}`, byKind(kind), 'lower')),
      count('safetyNoteFindings', 'missing safety notes (per language)', n('safety-note'), 'lower'),
      count('provenanceFindings', 'provenance findings', n('provenance'), 'lower'),
      count('schemaFindings', 'entries ingest would reject', n('schema'), 'lower'),
    ],
    details: report.findings
      .filter((f) => f.severity === 'error')
      .concat(report.findings.filter((f) => f.severity === 'warning'))
      .slice(0, DETAIL_LINES)
      .map((f) => `${f.severity} ${f.rule} ${f.entryId ?? ''} ${f.field} ${where(f)}: ${f.message.en}`),
    ms: performance.now() - started,
  };
}
