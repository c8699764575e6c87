/**
 * Reads every knowledge file under a folder (JSON, CSV, Markdown; subfolders too), validates each
 * entry on its own so one broken entry never stops the rest, and reports every problem with file,
 * line, field and reason. Two entries with one id are reported naming both places.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { NotFoundError } from '../../kernel/errors';
import { listFiles } from '../../kernel/list-files';
import { describeIssues, parseEntry, type KnowledgeEntry } from '../case-schema';
import { canonicalBrand } from '../../kernel/lexicon/brands';
import { readCsvEntries } from './read-csv';
import { readJsonEntries } from './read-json';
import { readMarkdownEntries } from './read-markdown';
import { lineAt, type FileReadResult, type IngestIssue } from './raw-entry';
import { screenEntry } from './screen-entry';

export interface LoadedEntry {
  entry: KnowledgeEntry;
  /** The file it came from, as a path under the folder that was read. */
  file: string;
  line?: number;
  /** Hash of the validated content: re-ingest re-embeds only entries whose hash changed. */
  hash: string;
}

export interface FolderReadResult {
  entries: LoadedEntry[];
  issues: IngestIssue[];
  files: string[];
}

const READERS: Record<string, (text: string) => FileReadResult> = {
  '.json': readJsonEntries,
  '.csv': readCsvEntries,
  '.md': readMarkdownEntries,
  '.markdown': readMarkdownEntries,
};

export const KNOWLEDGE_FILE_TYPES = Object.keys(READERS);

export function listKnowledgeFiles(dir: string): string[] {
  return listFiles(
    dir,
    (name) => KNOWLEDGE_FILE_TYPES.includes(path.extname(name).toLowerCase()),
    () => new NotFoundError('kb_dir_missing', `Knowledge folder not found: ${dir}`),
  );
}

export interface ReadOptions {
  /** Hosts knowledge text may link to (LLM_ALLOWED_LINK_HOSTS); any other link refuses its entry. */
  allowedLinkHosts?: readonly string[];
}

export function readKnowledgeFolder(dir: string, onFile?: (file: string, done: number, total: number) => void, options: ReadOptions = {}): FolderReadResult {
  const files = listKnowledgeFiles(dir);
  const entries: LoadedEntry[] = [];
  const issues: IngestIssue[] = [];
  const seen = new Map<string, LoadedEntry>();
  files.forEach((file, index) => {
    const result = readKnowledgeFile(file, options);
    issues.push(...result.issues);
    for (const loaded of result.entries) {
      const first = seen.get(loaded.entry.id);
      if (first) {
        issues.push(duplicateIssue(loaded, first));
        continue;
      }
      seen.set(loaded.entry.id, loaded);
      entries.push(loaded);
    }
    onFile?.(file, index + 1, files.length);
  });
  return { entries, issues, files };
}

export function readKnowledgeFile(file: string, options: ReadOptions = {}): { entries: LoadedEntry[]; issues: IngestIssue[] } {
  const reader = READERS[path.extname(file).toLowerCase()];
  if (!reader) return { entries: [], issues: [{ file, code: 'unsupported_file', reason: `not a knowledge file type (${KNOWLEDGE_FILE_TYPES.join(', ')})` }] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { entries: [], issues: [{ file, code: 'unreadable', reason: (error as Error).message }] };
  }
  const raw = reader(text);
  const issues: IngestIssue[] = raw.issues.map((i) => ({ file, ...i }));
  const entries: LoadedEntry[] = [];
  for (const item of raw.entries) {
    const parsed = parseEntry(item.value);
    const rawId = (item.value as { id?: unknown } | null)?.id;
    const entryId = typeof rawId === 'string' ? rawId : undefined;
    if (!parsed.success) {
      for (const problem of describeIssues(parsed.error)) {
        issues.push({ file, line: item.line, entryId, field: item.fieldName ? item.fieldName(problem.field) : problem.field, code: 'invalid_entry', reason: problem.reason });
      }
      continue;
    }
    const entry = canonicalise(parsed.data);
    // Refused, not loaded: knowledge is quoted to customers word for word (issue 18 #4).
    const refused = screenEntry(entry, options);
    if (refused.length) {
      for (const finding of refused) {
        issues.push({
          file,
          line: lineOfText(text, finding.text, item.line) ?? item.line,
          entryId: entry.id,
          field: item.fieldName ? item.fieldName(finding.field) : finding.field,
          code: 'refused_content',
          reason: `refused: ${finding.reason.en} ("${finding.match}") / 已拒收：${finding.reason.zh}`,
        });
      }
      continue;
    }
    entries.push({ entry, file, line: item.line, hash: contentHash(entry) });
  }
  return { entries, issues };
}

/** The line where `needle` (or, JSON-escaped, its start) is written, searching from the entry's own line. */
function lineOfText(text: string, needle: string, fromLine = 1): number | undefined {
  let offset = 0;
  for (let line = 1; line < fromLine && offset >= 0; line++) offset = text.indexOf('\n', offset) + 1;
  const probe = needle.slice(0, 24);
  for (const form of [probe, JSON.stringify(probe).slice(1, -1)]) {
    const at = text.indexOf(form, Math.max(0, offset));
    if (at >= 0) return lineAt(text, at);
  }
  return undefined;
}

export function duplicateIssue(second: LoadedEntry, first: { file: string; line?: number }): IngestIssue {
  const where = (f: { file: string; line?: number }) => `${f.file}${f.line ? `:${f.line}` : ''}`;
  return {
    file: second.file,
    line: second.line,
    entryId: second.entry.id,
    code: 'duplicate_id',
    reason: `duplicate id "${second.entry.id}": defined in ${where(first)} and again in ${where(second)}; the second is skipped`,
  };
}

function canonicalise(entry: KnowledgeEntry): KnowledgeEntry {
  const unique = (list: string[]) => [...new Set(list)];
  const out = { ...entry, brands: unique(entry.brands.map(canonicalBrand)), models: unique(entry.models) };
  if (out.kind === 'fault') out.errorCodes = unique(out.errorCodes);
  return out;
}

export function contentHash(entry: KnowledgeEntry): string {
  return createHash('sha256').update(stableJson(entry)).digest('hex').slice(0, 32);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
