/**
 * CSV knowledge files, one entry per row, for teams that keep cases in a spreadsheet.
 * Columns are the schema's fields in snake case; a `_zh`/`_en` suffix fills one language
 * (title_zh, symptoms_en); list cells separate items with "|". Unknown columns are ignored.
 */
import { parse } from 'csv-parse/sync';
import type { FileReadResult, RawEntry } from './raw-entry';

const LIST_FIELDS = new Set(['brands', 'models', 'error_codes', 'parts', 'related', 'symptoms', 'causes', 'steps', 'safety', 'questions']);
const BOOLEAN_FIELDS = new Set(['engineer_visit']);

export function readCsvEntries(text: string): FileReadResult {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, columns: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as never;
  } catch (error) {
    const e = error as Error & { lines?: number };
    return { entries: [], issues: [{ code: 'syntax', line: e.lines, reason: `not valid CSV: ${e.message}` }] };
  }
  const entries: RawEntry[] = [];
  const issues: FileReadResult['issues'] = [];
  const headerFields = rows[0] ? Object.keys(rows[0].record).length : 0;
  for (const { record, info } of rows) {
    const line = info.lines;
    const filled = Object.values(record).filter((v) => v !== undefined).length;
    if (filled !== headerFields) {
      issues.push({ code: 'syntax', line, reason: `row has ${filled} fields, the header has ${headerFields}` });
      continue;
    }
    entries.push({ value: rowToEntry(record), line, fieldName: columnFor });
  }
  return { entries, issues };
}

function rowToEntry(record: Record<string, string>): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(record)) {
    if (cell === undefined || cell === '') continue;
    const lang = /^(.*)_(zh|en)$/.exec(column);
    const base = lang ? lang[1]! : column;
    const value = LIST_FIELDS.has(base) ? splitList(cell) : BOOLEAN_FIELDS.has(base) ? parseBoolean(cell) : cell;
    const key = camel(base);
    if (lang) {
      const holder = (entry[key] ??= {}) as Record<string, unknown>;
      holder[lang[2]!] = value;
    } else entry[key] = value;
  }
  return entry;
}

function splitList(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseBoolean(cell: string): unknown {
  const v = cell.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', '是', '需要'].includes(v)) return true;
  if (['false', 'no', 'n', '0', '否', '不需要'].includes(v)) return false;
  return cell; // left as text so the schema reports it against its column
}

function camel(snake: string): string {
  return snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** "symptoms.zh.2" -> "column symptoms_zh (item 3)". */
function columnFor(path: string): string {
  const parts = path.split('.');
  const snake = parts[0]!.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
  const lang = parts[1] === 'zh' || parts[1] === 'en' ? `_${parts[1]}` : '';
  const item = parts.find((p, i) => i > 0 && /^\d+$/.test(p));
  return `column ${snake}${lang}${item !== undefined ? ` (item ${Number(item) + 1})` : ''}`;
}
