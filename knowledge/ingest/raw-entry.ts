/** What a file reader hands back: unvalidated entries with where they came from, and what it could not read. */
export interface RawEntry {
  value: unknown;
  /** 1-based line where the entry starts in its file. */
  line?: number;
  /** Maps a schema field path ("symptoms.zh") to how the author wrote it ("column symptoms_zh"). */
  fieldName?: (path: string) => string;
}

export interface IngestIssue {
  file: string;
  line?: number;
  field?: string;
  entryId?: string;
  code: 'unreadable' | 'syntax' | 'invalid_entry' | 'duplicate_id' | 'unsupported_file' | 'refused_content';
  reason: string;
}

export interface FileReadResult {
  entries: RawEntry[];
  issues: Omit<IngestIssue, 'file'>[];
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
