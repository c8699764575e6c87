/**
 * JSON knowledge files: an array of entries, or `{ "entries": [...] }`. JSON.parse gives no line
 * numbers per element, so a light scan finds where each element starts; authors then get
 * "line 212" instead of "element 37".
 */
import { lineAt, type FileReadResult } from './raw-entry';

export function readJsonEntries(text: string): FileReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    return { entries: [], issues: [{ code: 'syntax', line: position ? lineAt(text, Number(position)) : undefined, reason: `not valid JSON: ${message}` }] };
  }
  let list: unknown[];
  let scanFrom = 0;
  if (Array.isArray(parsed)) list = parsed;
  else if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { entries?: unknown }).entries)) {
    list = (parsed as { entries: unknown[] }).entries;
    scanFrom = text.indexOf('"entries"');
  } else {
    return { entries: [], issues: [{ code: 'syntax', line: 1, reason: 'expected an array of entries or {"entries": [...]}' }] };
  }
  const starts = elementStarts(text, text.indexOf('[', scanFrom));
  return {
    entries: list.map((value, i) => ({ value, line: starts[i] !== undefined ? lineAt(text, starts[i]) : undefined, fieldName: (path) => `[${i}].${path}` })),
    issues: [],
  };
}

/** Offsets of the elements of the array opening at `open`, skipping strings and nested brackets. */
function elementStarts(text: string, open: number): number[] {
  const starts: number[] = [];
  if (open < 0) return starts;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (expectElement && depth === 1 && !/\s/.test(ch) && ch !== ']') {
      starts.push(i);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) break;
    } else if (ch === ',' && depth === 1) expectElement = true;
  }
  return starts;
}
