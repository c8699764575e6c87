/**
 * Markdown knowledge files, for cases written as documents: each entry is a `## id title` heading
 * followed by a fenced ```yaml block with the entry's fields (the same names as JSON). Prose around
 * the blocks is for people and ignored, so a file can explain itself.
 */
import { parse, YAMLParseError } from 'yaml';
import type { FileReadResult, RawEntry } from './raw-entry';

export function readMarkdownEntries(text: string): FileReadResult {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const entries: RawEntry[] = [];
  const issues: FileReadResult['issues'] = [];
  let heading: { text: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^##\s+(.+?)\s*$/.exec(line);
    if (h) {
      heading = { text: h[1]!, line: i + 1 };
      continue;
    }
    if (!/^```\s*ya?ml\s*$/i.test(line)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    if (end >= lines.length) {
      issues.push({ code: 'syntax', line: i + 1, reason: 'yaml block is never closed with ```' });
      break;
    }
    i = end;
    const blockFirstLine = start + 1;
    let value: unknown;
    try {
      value = parse(lines.slice(start, end).join('\n'), { prettyErrors: false });
    } catch (error) {
      const at = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
      issues.push({ code: 'syntax', line: at ? blockFirstLine + at - 1 : blockFirstLine, reason: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      issues.push({ code: 'syntax', line: blockFirstLine, reason: 'yaml block must hold the fields of one entry' });
      continue;
    }
    const fields = value as Record<string, unknown>;
    // The id may live in the heading ("## wh-gas-e1 点火失败") instead of the block.
    const headingId = heading ? /^([A-Za-z0-9][A-Za-z0-9._-]+)/.exec(heading.text)?.[1] : undefined;
    if (fields.id === undefined && headingId) fields.id = headingId;
    entries.push({ value: fields, line: heading?.line ?? blockFirstLine, fieldName: (path) => `field ${path}` });
    heading = undefined;
  }
  return { entries, issues };
}
