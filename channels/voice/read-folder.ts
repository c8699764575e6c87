/**
 * Transcript files in a folder (subfolders too), in a stable order. A file without a call id in its
 * header is filed under its name (c-1001.vtt is call c-1001) and, without a start time, under the
 * file's modification time, so call-centre exports that carry neither still load.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CallTranscript } from '../../bot/calls/call-transcript';
import { NotFoundError } from '../../kernel/errors';
import { listFiles } from '../../kernel/list-files';
import { formatOfFile, readTranscript, type TranscriptFormat } from './read-transcript';
import { TranscriptError } from './transcript-error';
import type { SpeakerMapping } from './vendor-speakers';

/** Largest transcript file read (a two-hour call is well under 1 MB of text). */
export const MAX_TRANSCRIPT_BYTES = 4 * 1024 * 1024;

export function listTranscriptFiles(dir: string): string[] {
  return listFiles(
    dir,
    (name) => Boolean(formatOfFile(name)),
    () => new NotFoundError('calls_dir_missing', `Transcript folder not found / 找不到通话记录文件夹: ${dir}`),
  );
}

export function readTranscriptFile(file: string, options: { assumeOffset?: string; shownAs?: string; format?: TranscriptFormat; speakers?: SpeakerMapping } = {}): CallTranscript {
  const shown = options.shownAs ?? file;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (cause) {
    throw new TranscriptError(shown, 1, `cannot read the file (${(cause as Error).message})`);
  }
  if (stat.size > MAX_TRANSCRIPT_BYTES) throw new TranscriptError(shown, 1, `the file is larger than ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB`);
  const bytes = fs.readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TranscriptError(shown, 1, 'the file is not UTF-8 text (GBK exports need converting: iconv -f GBK -t UTF-8)');
  }
  return readTranscript(text, {
    file: shown,
    assumeOffset: options.assumeOffset,
    format: options.format,
    speakers: options.speakers,
    defaults: { callId: path.basename(file).replace(/\.[^.]+$/, ''), startedAt: stat.mtime.toISOString() },
  });
}
