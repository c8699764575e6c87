/**
 * `kb lint`: checks a knowledge folder for knowledge that can hurt or mislead a customer. It reads
 * the folder the way ingest does (so an entry ingest would reject is a `schema` finding), then runs
 * each rule on each entry. The rules live one per file under rules/.
 */
import { readKnowledgeFolder, type LoadedEntry } from '../ingest/read-folder';
import { SOURCE_KINDS, type KnowledgeEntry, type SourceKind } from '../case-schema';
import { LINT_RULES, type EntryRule, type LintFinding, type LintRule } from './finding';
import { hazardTopics } from './hazard-topics';
import { provenanceRule } from './rules/provenance-rule';
import { safetyNoteRule } from './rules/safety-note-rule';
import { adviceTexts, unsafeAdviceRule } from './rules/unsafe-advice-rule';

export const ENTRY_RULES: readonly EntryRule[] = [unsafeAdviceRule, safetyNoteRule, provenanceRule];

export interface LintOptions {
  /** Today as YYYY-MM-DD (default: the system date, UTC). */
  today?: string;
}

export interface LintReport {
  dir?: string;
  files: number;
  findings: LintFinding[];
  /** Findings per rule, errors and warnings apart. */
  counts: Record<LintRule, { errors: number; warnings: number }>;
  /** What the rules looked at: the denominators of any rate built on the findings. */
  checked: {
    entries: number;
    faultCases: number;
    /** Fault cases about gas, electricity, heating elements, fire or water near power. */
    hazardCases: number;
    /** Customer-facing texts read for unsafe advice (steps, safety notes, answers, policy bodies). */
    adviceTexts: number;
    /** Entries whose every customer-facing text is free of unsafe advice. */
    entriesWithoutUnsafeAdvice: number;
    hazardCasesWithSafetyNote: number;
    /** Entries with both sourceKind and a valid review date. */
    entriesWithProvenance: number;
    /** Entries per source kind ('missing' when none is given). */
    bySourceKind: Record<SourceKind | 'missing', number>;
    /** Fault cases that explain an error code, and those whose meaning a maker's document backs. */
    errorCodeCases: number;
    errorCodeCasesFromMaker: number;
  };
  errors: number;
  warnings: number;
}

export function lintEntries(entries: (LoadedEntry | KnowledgeEntry)[], options: LintOptions = {}): LintReport {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const findings: LintFinding[] = [];
  const bySourceKind = Object.fromEntries([...SOURCE_KINDS, 'missing'].map((k) => [k, 0])) as LintReport['checked']['bySourceKind'];
  const checked = {
    entries: 0,
    faultCases: 0,
    hazardCases: 0,
    adviceTexts: 0,
    entriesWithoutUnsafeAdvice: 0,
    hazardCasesWithSafetyNote: 0,
    entriesWithProvenance: 0,
    bySourceKind,
    errorCodeCases: 0,
    errorCodeCasesFromMaker: 0,
  };
  for (const item of entries) {
    const loaded = 'entry' in item ? item : undefined;
    const entry = loaded ? loaded.entry : (item as KnowledgeEntry);
    const own: LintFinding[] = [];
    for (const rule of ENTRY_RULES) {
      for (const f of rule.check(entry, { today })) own.push({ rule: rule.rule, entryId: entry.id, file: loaded?.file, line: loaded?.line, ...f });
    }
    findings.push(...own);
    checked.entries++;
    checked.adviceTexts += adviceTexts(entry).length;
    if (!own.some((f) => f.rule === 'unsafe-advice')) checked.entriesWithoutUnsafeAdvice++;
    if (!own.some((f) => f.rule === 'provenance')) checked.entriesWithProvenance++;
    bySourceKind[entry.sourceKind ?? 'missing']++;
    if (entry.kind === 'fault') {
      checked.faultCases++;
      if (entry.errorCodes.length) {
        checked.errorCodeCases++;
        if (entry.sourceKind === 'manufacturer' || entry.sourceKind === 'service_bulletin') checked.errorCodeCasesFromMaker++;
      }
      if (hazardTopics(entry).length) {
        checked.hazardCases++;
        if (!own.some((f) => f.rule === 'safety-note')) checked.hazardCasesWithSafetyNote++;
      }
    }
  }
  return summarise({ files: 0, findings, checked });
}

/** Lints every knowledge file under `dir`; entries ingest would reject are `schema` errors. */
export function lintKnowledgeFolder(dir: string, options: LintOptions = {}): LintReport {
  const read = readKnowledgeFolder(dir);
  const report = lintEntries(read.entries, options);
  const schema: LintFinding[] = read.issues.map((issue) => ({
    rule: 'schema',
    severity: 'error',
    entryId: issue.entryId,
    field: issue.field ?? '(file)',
    text: issue.reason,
    file: issue.file,
    line: issue.line,
    kind: issue.code,
    message: { zh: `无法导入：${issue.reason}`, en: `cannot be ingested: ${issue.reason}` },
  }));
  return summarise({ dir, files: read.files.length, findings: [...schema, ...report.findings], checked: report.checked });
}

function summarise(r: Pick<LintReport, 'dir' | 'files' | 'findings' | 'checked'>): LintReport {
  const counts = Object.fromEntries(LINT_RULES.map((rule) => [rule, { errors: 0, warnings: 0 }])) as LintReport['counts'];
  for (const f of r.findings) counts[f.rule][f.severity === 'error' ? 'errors' : 'warnings']++;
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  return { ...r, counts, errors, warnings: r.findings.length - errors };
}
