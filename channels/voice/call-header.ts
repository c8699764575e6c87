/**
 * Call header fields written in a transcript's text ("Call ID: C-1001", "主叫号码：138…", "开始时间：
 * 2026-11-24 09:30"), and clock times ("00:01:02.500", "01:02,5") in the forms subtitle formats use.
 */
import type { RawCall } from './raw-call';

const KEYS: Record<keyof RawCall['headerLines'], RegExp> = {
  callId: /^(?:call[\s_\-]?id|call|通话编号|通话id|通话ID|呼叫编号|录音编号|通话流水号)$/i,
  callerNumber: /^(?:caller(?:[\s_\-]?(?:number|id))?|from|ani|主叫|主叫号码|来电号码|客户号码)$/i,
  startedAt: /^(?:started(?:[\s_\-]?at)?|start(?:[\s_\-]?time)?|date|time|通话时间|开始时间|来电时间|呼入时间)$/i,
};

/** "key: value" with a header key, as [field, value]; undefined for any other line. */
export function headerField(line: string): [keyof RawCall['headerLines'], string] | undefined {
  const m = /^\s*([^:：]{1,24}?)\s*[:：]\s*(.+?)\s*$/.exec(line);
  if (!m) return undefined;
  for (const [field, pattern] of Object.entries(KEYS) as [keyof RawCall['headerLines'], RegExp][]) {
    if (pattern.test(m[1]!)) return [field, m[2]!];
  }
  return undefined;
}

export function setHeader(call: RawCall, field: keyof RawCall['headerLines'], value: string, line: number): void {
  call[field] = value;
  call.headerLines[field] = line;
}

/**
 * An ISO time with or without an offset ("2026-11-24T09:30:00+08:00", "2026-11-24 09:30"). Call
 * centres often write local time without an offset; it is read at `assumeOffset` (China: +08:00).
 */
export function parseCallTime(text: string, assumeOffset = '+08:00'): string | undefined {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text.trim());
  if (!m) return undefined;
  const pad = (v: string | undefined) => (v ?? '0').padStart(2, '0');
  const offset = m[8] ? (m[8].toUpperCase() === 'Z' ? 'Z' : m[8].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : assumeOffset;
  const iso = `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${m[5]}:${pad(m[6])}${m[7] ?? ''}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/** "01:02:03.456", "02:03.456", "00:00:01,000" (SRT) as milliseconds; undefined when it is not a time. */
export function parseClock(text: string): number | undefined {
  const m = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!m) return undefined;
  const ms = m[4] ? Number(m[4].padEnd(3, '0')) : 0;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + ms;
}

/** A subtitle timing line: "00:00:01.000 --> 00:00:04.000" plus optional cue settings. */
export function parseTiming(line: string): { startMs: number; endMs: number } | 'bad' | undefined {
  if (!line.includes('-->')) return undefined;
  const m = /^\s*(\S+)\s+-->\s+(\S+)(?:\s+.*)?$/.exec(line);
  const startMs = m && parseClock(m[1]!);
  const endMs = m && parseClock(m[2]!);
  if (startMs == null || endMs == null || endMs < startMs) return 'bad';
  return { startMs, endMs };
}
