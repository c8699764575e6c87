/**
 * JSON transcripts: `{callId, callerNumber, startedAt, turns: [{speaker, text, start, end}]}`, with
 * the field names common ASR and call-centre exports use as aliases (call_id, caller, started_at,
 * segments/utterances, role, transcript/content, begin_time/end_time in ms, start/end in seconds).
 * A bare array of turns is accepted too (the header then comes from the file name or the request).
 */
import { parseJsonWithLines } from './json-with-lines';
import type { RawCall, RawTurn } from './raw-call';
import { speakerOf } from './speaker-labels';
import { LineError } from './transcript-error';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function pick(o: Obj, names: string[]): [string, unknown] | undefined {
  for (const n of names) if (o[n] !== undefined && o[n] !== null) return [n, o[n]];
  return undefined;
}

const HEADER = {
  callId: ['callId', 'call_id', 'callID', 'id', 'callUuid', 'call_uuid'],
  callerNumber: ['callerNumber', 'caller_number', 'caller', 'from', 'ani', 'callerId', 'caller_id'],
  startedAt: ['startedAt', 'started_at', 'startTime', 'start_time', 'start'],
} as const;

export function readJsonTranscript(text: string): RawCall {
  const doc = parseJsonWithLines(text);
  const root = doc.value;
  const call: RawCall = { headerLines: {}, turns: [] };
  let turnsKey: string | number = 'turns';
  let list: unknown;
  if (Array.isArray(root)) {
    list = root;
    turnsKey = '';
  } else if (isObj(root)) {
    for (const field of ['callId', 'callerNumber', 'startedAt'] as const) {
      const found = pick(root, [...HEADER[field]]);
      if (!found) continue;
      const [name, value] = found;
      if (typeof value !== 'string' && typeof value !== 'number') throw new LineError(doc.lineOf([name]), `${name}: expected text`);
      call[field] = String(value);
      call.headerLines[field] = doc.lineOf([name]);
    }
    const found = pick(root, ['turns', 'segments', 'utterances', 'sentences', 'dialogue', 'transcript']);
    if (!found) throw new LineError(1, 'no "turns" list: expected {"turns": [{"speaker": "agent", "text": "..."}]}');
    [turnsKey, list] = found;
  } else {
    throw new LineError(1, 'expected an object with "turns" or an array of turns');
  }
  if (!Array.isArray(list)) throw new LineError(doc.lineOf([turnsKey]), `${turnsKey}: expected a list of turns`);
  const at = (i: number, field?: string) => doc.lineOf([...(turnsKey === '' ? [] : [turnsKey]), i, ...(field ? [field] : [])]);
  list.forEach((item, i) => {
    const where = `${turnsKey || 'turns'}[${i}]`;
    if (!isObj(item)) throw new LineError(at(i), `${where}: expected an object with speaker and text`);
    const speakerField = pick(item, ['speaker', 'role', 'channel', 'speakerRole', 'speaker_role', 'party']);
    const speaker = speakerField && typeof speakerField[1] === 'string' ? speakerOf(speakerField[1]) : undefined;
    if (!speaker) {
      const given = speakerField ? ` "${String(speakerField[1])}"` : '';
      throw new LineError(speakerField ? at(i, speakerField[0]) : at(i), `${where}: speaker${given} is neither agent (客服/坐席/agent) nor customer (客户/用户/customer)`);
    }
    const textField = pick(item, ['text', 'transcript', 'content', 'sentence', 'words']);
    if (!textField || typeof textField[1] !== 'string') throw new LineError(at(i), `${where}: no "text"`);
    const turn: RawTurn = { speaker, text: textField[1], line: at(i, textField[0]) };
    const ms = pick(item, ['startMs', 'start_ms', 'begin_time', 'beginTime']);
    const endMs = pick(item, ['endMs', 'end_ms', 'end_time', 'endTime']);
    const seconds = pick(item, ['start', 'begin', 'startSeconds']);
    const endSeconds = pick(item, ['end', 'endSeconds']);
    const time = (field: [string, unknown] | undefined, scale: number): number | undefined => {
      if (!field) return undefined;
      if (typeof field[1] !== 'number' || !Number.isFinite(field[1]) || field[1] < 0)
        throw new LineError(at(i, field[0]), `${where}.${field[0]}: expected a time as a number (${scale === 1 ? 'milliseconds' : 'seconds'})`);
      return Math.round(field[1] * scale);
    };
    turn.startMs = time(ms, 1) ?? time(seconds, 1000);
    turn.endMs = time(endMs, 1) ?? time(endSeconds, 1000);
    call.turns.push(turn);
  });
  return call;
}
