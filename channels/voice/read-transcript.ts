/**
 * One entry for every transcript format: picks the reader (by file extension, content type, a
 * vendor named by the caller, or a look at the text; a JSON export of Alibaba Cloud or Tencent
 * Cloud speech recognition is recognised by its shape), normalises what the recogniser wrote (spoken digits, full-width characters,
 * fillers), fills the header from defaults, and validates the result as a `CallTranscript`.
 * Any problem comes back as a TranscriptError naming the file and line.
 */
import { callTranscriptSchema, type CallTranscript } from '../../bot/calls/call-transcript';
import { normalizeSpokenText } from '../../bot/text/spoken-text';
import { parseCallTime } from './call-header';
import type { RawCall } from './raw-call';
import { readJsonTranscript } from './read-json';
import { looksLikeAliyun, readAliyunTranscript } from './read-aliyun';
import { readPlainText } from './read-plain-text';
import { readSrt } from './read-srt';
import { looksLikeTencent, readTencentTranscript } from './read-tencent';
import { readWebVtt } from './read-webvtt';
import { LineError, TranscriptError } from './transcript-error';
import { DEFAULT_SPEAKER_MAPPING, type SpeakerMapping } from './vendor-speakers';

export type TranscriptFormat = NonNullable<CallTranscript['format']>;

export const TRANSCRIPT_FORMATS = ['json', 'webvtt', 'srt', 'text', 'aliyun', 'tencent'] as const satisfies readonly TranscriptFormat[];

const READERS: Record<TranscriptFormat, (text: string, speakers: SpeakerMapping) => RawCall> = {
  json: readJsonTranscript,
  webvtt: readWebVtt,
  srt: readSrt,
  text: readPlainText,
  aliyun: readAliyunTranscript,
  tencent: readTencentTranscript,
};

/** A format as a person or a header names it (X-Transcript-Format, VOICE_TRANSCRIPT_FORMAT): aliyun/alibaba/阿里云, tencent/腾讯云, vtt... */
export function formatOfName(name: string | undefined): TranscriptFormat | undefined {
  const n = (name ?? '').trim().toLowerCase();
  if (['aliyun', 'alibaba', 'alibaba-cloud', '阿里云'].includes(n)) return 'aliyun';
  if (['tencent', 'tencent-cloud', 'qcloud', '腾讯云'].includes(n)) return 'tencent';
  if (n === 'vtt') return 'webvtt';
  return (TRANSCRIPT_FORMATS as readonly string[]).includes(n) ? (n as TranscriptFormat) : undefined;
}

/** A vendor's export, when a JSON document has its unmistakable shape; otherwise plain JSON. */
function vendorOfJson(text: string): TranscriptFormat {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return 'json'; // the JSON reader reports the syntax error with its line
  }
  if (looksLikeAliyun(root)) return 'aliyun';
  if (looksLikeTencent(root)) return 'tencent';
  return 'json';
}

const BY_EXTENSION: Record<string, TranscriptFormat> = { '.json': 'json', '.vtt': 'webvtt', '.webvtt': 'webvtt', '.srt': 'srt', '.txt': 'text', '.text': 'text' };
export const TRANSCRIPT_EXTENSIONS = Object.keys(BY_EXTENSION);

export function formatOfFile(file: string): TranscriptFormat | undefined {
  const ext = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0];
  return ext ? BY_EXTENSION[ext] : undefined;
}

/** The format a content type names (application/json, text/vtt, application/x-subrip, text/plain). */
export function formatOfContentType(type: string | undefined): TranscriptFormat | undefined {
  const t = (type ?? '').split(';')[0]!.trim().toLowerCase();
  if (t === 'application/json' || t.endsWith('+json')) return 'json';
  if (t === 'text/vtt') return 'webvtt';
  if (t === 'application/x-subrip' || t === 'text/srt' || t === 'application/srt') return 'srt';
  if (t === 'text/plain') return 'text';
  return undefined;
}

/** A guess from the text itself, for bodies sent without a useful content type. */
export function sniffFormat(text: string): TranscriptFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('WEBVTT')) return 'webvtt';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/^\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s+-->/.test(head)) return 'srt';
  return 'text';
}

export interface ReadOptions {
  /** Shown in errors and kept as the transcript's source. */
  file: string;
  format?: TranscriptFormat;
  /** Header fields the transcript itself does not give (a file's name as its call id, a file's time). */
  defaults?: { callId?: string; callerNumber?: string; startedAt?: string };
  /** Offset for call times written without one (default +08:00, China). */
  assumeOffset?: string;
  /** Which vendor channel or speaker number is the agent (VOICE_AGENT_SPEAKER; default 0). */
  speakers?: SpeakerMapping;
}

export function readTranscript(text: string, options: ReadOptions): CallTranscript {
  const { file } = options;
  const guessed = options.format ?? formatOfFile(file) ?? sniffFormat(text);
  if (!text.trim()) throw new TranscriptError(file, 1, 'the transcript is empty');
  const format = guessed === 'json' ? vendorOfJson(text) : guessed;
  let raw: RawCall;
  try {
    raw = READERS[format](text, options.speakers ?? DEFAULT_SPEAKER_MAPPING);
  } catch (error) {
    if (error instanceof LineError) throw new TranscriptError(file, error.line, error.reason);
    throw error;
  }

  let startedAt = raw.startedAt ?? options.defaults?.startedAt;
  if (raw.startedAt) {
    startedAt = parseCallTime(raw.startedAt, options.assumeOffset);
    if (!startedAt) throw new TranscriptError(file, raw.headerLines.startedAt ?? 1, `call start "${raw.startedAt}" is not a time: expected 2026-11-24T09:30:00+08:00 or 2026-11-24 09:30`);
  }
  // Recognised speech is normalised before anything reads it; a turn that was only "嗯" is dropped.
  const turns = raw.turns.map((t) => ({ ...t, text: normalizeSpokenText(t.text) })).filter((t) => t.text);
  const candidate = {
    callId: raw.callId ?? options.defaults?.callId,
    callerNumber: (raw.callerNumber ?? options.defaults?.callerNumber)?.trim() || undefined,
    startedAt,
    source: file,
    format,
    turns,
  };
  if (candidate.callerNumber && !/\d{3}/.test(candidate.callerNumber)) candidate.callerNumber = undefined; // "withheld", "unknown", 未知
  const parsed = callTranscriptSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [field, index] = issue.path;
  const line = field === 'turns' && typeof index === 'number' ? (turns[index]?.line ?? 1) : field === 'turns' ? (turns[0]?.line ?? 1) : (raw.headerLines[field as keyof RawCall['headerLines']] ?? 1);
  const what =
    field === 'callId' && !candidate.callId
      ? 'no call id: add a header line "Call ID: …" (通话编号：…) or "callId" in JSON'
      : field === 'startedAt' && !startedAt
        ? 'no call start time: add "Started: 2026-11-24 09:30" (开始时间：…) or "startedAt" in JSON'
        : `${issue.path.join('.') || 'call'}: ${issue.message}`;
  throw new TranscriptError(file, line, what);
}
