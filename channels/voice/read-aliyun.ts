/**
 * Alibaba Cloud 录音文件识别 (file transcription) results, as GetTaskResult returns them and the
 * callback posts them: `{TaskId, StatusText, Result: {Sentences: [{Text, BeginTime, EndTime,
 * ChannelId, SpeechRate, EmotionValue, SpeakerId?}]}}`, times in milliseconds. A two-channel
 * recording tells the voices apart by ChannelId; a one-channel one with speaker separation by
 * SpeakerId. The TaskId becomes the call id when nothing else names the call.
 */
import { parseJsonWithLines } from './json-with-lines';
import type { RawCall } from './raw-call';
import { LineError } from './transcript-error';
import { speakerByVoice, type SpeakerMapping } from './vendor-speakers';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a parsed JSON document is an Alibaba result (Result.Sentences). */
export function looksLikeAliyun(root: unknown): boolean {
  return isObj(root) && isObj(root.Result) && Array.isArray(root.Result.Sentences);
}

export function readAliyunTranscript(text: string, mapping: SpeakerMapping): RawCall {
  const doc = parseJsonWithLines(text);
  const root = doc.value;
  if (!looksLikeAliyun(root)) throw new LineError(1, 'not an Alibaba Cloud 录音文件识别 result: expected {"Result": {"Sentences": [...]}}');
  const r = root as { TaskId?: unknown; StatusText?: unknown; Result: { Sentences: unknown[] } };
  if (typeof r.StatusText === 'string' && r.StatusText !== 'SUCCESS' && r.StatusText !== 'SUCCESS_WITH_NO_VALID_FRAGMENT') {
    throw new LineError(doc.lineOf(['StatusText']), `the recognition did not succeed (StatusText ${r.StatusText})`);
  }
  const call: RawCall = { headerLines: {}, turns: [] };
  if (typeof r.TaskId === 'string' && r.TaskId.trim()) {
    call.callId = `aliyun-${r.TaskId.trim()}`;
    call.headerLines.callId = doc.lineOf(['TaskId']);
  }
  const sentences = r.Result.Sentences;
  // Speaker separation (SpeakerId) on a one-channel recording; otherwise the channel tells.
  const bySpeaker = sentences.some((s) => isObj(s) && s.SpeakerId !== undefined && s.SpeakerId !== null);
  sentences.forEach((s, i) => {
    const at = (field?: string) => doc.lineOf(['Result', 'Sentences', i, ...(field ? [field] : [])]);
    const where = `Result.Sentences[${i}]`;
    if (!isObj(s)) throw new LineError(at(), `${where}: expected an object with Text`);
    if (typeof s.Text !== 'string') throw new LineError(at(), `${where}: no "Text"`);
    const voice = bySpeaker ? s.SpeakerId : s.ChannelId;
    if (typeof voice !== 'number' && typeof voice !== 'string') throw new LineError(at(), `${where}: no ${bySpeaker ? 'SpeakerId' : 'ChannelId'} to tell agent from customer`);
    const ms = (field: string): number | undefined => {
      const v = s[field];
      if (v === undefined) return undefined;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new LineError(at(field), `${where}.${field}: expected milliseconds`);
      return Math.round(v);
    };
    call.turns.push({ speaker: speakerByVoice(voice, mapping), text: s.Text, startMs: ms('BeginTime'), endMs: ms('EndTime'), line: at('Text') });
  });
  return call;
}
