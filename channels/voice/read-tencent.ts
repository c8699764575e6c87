/**
 * Tencent Cloud ASR 录音文件识别 results, as DescribeTaskStatus returns them: `{Response: {Data:
 * {TaskId, Status, StatusStr, ResultDetail: [{FinalSentence, StartMs, EndMs, SpeakerId, ...}]}}}`
 * (the `Data` object alone, or a bare `ResultDetail`, are read too). Speaker numbers come from
 * speaker separation (SpeakerDiarization) or, for two-channel audio, the channel. The TaskId
 * becomes the call id when nothing else names the call.
 */
import { parseJsonWithLines } from './json-with-lines';
import type { RawCall } from './raw-call';
import { LineError } from './transcript-error';
import { speakerByVoice, type SpeakerMapping } from './vendor-speakers';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object holding ResultDetail and the path to it, or undefined when this is not a Tencent result. */
function dataOf(root: unknown): { data: Obj; path: string[] } | undefined {
  if (!isObj(root)) return undefined;
  const candidates: [unknown, string[]][] = [
    [isObj(root.Response) ? root.Response.Data : undefined, ['Response', 'Data']],
    [root.Data, ['Data']],
    [root, []],
  ];
  for (const [data, path] of candidates) if (isObj(data) && Array.isArray(data.ResultDetail)) return { data, path };
  return undefined;
}

export function looksLikeTencent(root: unknown): boolean {
  return dataOf(root) !== undefined;
}

export function readTencentTranscript(text: string, mapping: SpeakerMapping): RawCall {
  const doc = parseJsonWithLines(text);
  const found = dataOf(doc.value);
  if (!found) throw new LineError(1, 'not a Tencent Cloud ASR result: expected {"Response": {"Data": {"ResultDetail": [...]}}}');
  const { data, path } = found;
  // Status 2 is success; 3 failed (with ErrorMsg).
  if (data.Status === 3 || data.StatusStr === 'failed') {
    throw new LineError(doc.lineOf([...path, 'Status']), `the recognition failed${typeof data.ErrorMsg === 'string' && data.ErrorMsg ? `: ${data.ErrorMsg}` : ''}`);
  }
  const call: RawCall = { headerLines: {}, turns: [] };
  if (typeof data.TaskId === 'number' || (typeof data.TaskId === 'string' && data.TaskId.trim())) {
    call.callId = `tencent-${String(data.TaskId).trim()}`;
    call.headerLines.callId = doc.lineOf([...path, 'TaskId']);
  }
  (data.ResultDetail as unknown[]).forEach((s, i) => {
    const at = (field?: string) => doc.lineOf([...path, 'ResultDetail', i, ...(field ? [field] : [])]);
    const where = `ResultDetail[${i}]`;
    if (!isObj(s)) throw new LineError(at(), `${where}: expected an object with FinalSentence`);
    if (typeof s.FinalSentence !== 'string') throw new LineError(at(), `${where}: no "FinalSentence"`);
    if (typeof s.SpeakerId !== 'number' && typeof s.SpeakerId !== 'string')
      throw new LineError(at(), `${where}: no SpeakerId to tell agent from customer (switch on speaker separation or two-channel recognition)`);
    const ms = (field: string): number | undefined => {
      const v = s[field];
      if (v === undefined) return undefined;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new LineError(at(field), `${where}.${field}: expected milliseconds`);
      return Math.round(v);
    };
    call.turns.push({ speaker: speakerByVoice(s.SpeakerId, mapping), text: s.FinalSentence, startMs: ms('StartMs'), endMs: ms('EndMs'), line: at('FinalSentence') });
  });
  return call;
}
