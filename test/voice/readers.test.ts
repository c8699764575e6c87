import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTranscriptFiles, readTranscriptFile } from '../../channels/voice/read-folder';
import { readTranscript } from '../../channels/voice/read-transcript';
import { TranscriptError } from '../../channels/voice/transcript-error';
import { tempDir } from '../../testing/temp-dir';
import { TRANSCRIPTS, truth } from './support';

const read = (name: string) => readTranscriptFile(path.join(TRANSCRIPTS, name));

function failure(run: () => unknown): TranscriptError {
  try {
    run();
  } catch (error) {
    if (error instanceof TranscriptError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptError');
}

describe('transcript readers', () => {
  it('reads JSON with speaker turns and times in seconds', () => {
    const call = read('zh-polite-ac-e1.json');
    expect(call).toMatchObject({ callId: 'ZH-20261124-0001', callerNumber: '13812345678', startedAt: '2026-11-24T09:30:00+08:00', format: 'json' });
    expect(call.turns).toHaveLength(11);
    expect(call.turns[0]).toMatchObject({ speaker: 'agent', startMs: 0, endMs: 5200, line: 6 });
    expect(call.turns[1]).toMatchObject({ speaker: 'customer', startMs: 5600, endMs: 11000, line: 7 });
    expect(call.turns[1]!.text).toContain('显示E1');
  });

  it('reads JSON in an ASR export shape (call_id, segments, role, begin_time in ms)', () => {
    const call = read('en-json-tv.json');
    expect(call).toMatchObject({ callId: 'EN-20261124-0009', callerNumber: '+86 159 0000 4444', startedAt: '2026-11-24T17:45:00+08:00' });
    expect(call.turns.map((t) => t.speaker)).toEqual(['agent', 'customer', 'agent', 'customer', 'agent', 'customer', 'agent']);
    expect(call.turns[1]).toMatchObject({ startMs: 4500, endMs: 12000, line: 7 });
  });

  it('reads WebVTT with voice tags, a NOTE header and a withheld caller', () => {
    const call = read('zh-angry-washer-poor-agent.vtt');
    expect(call).toMatchObject({ callId: 'ZH-20261124-0002', startedAt: '2026-11-24T10:05:00+08:00', format: 'webvtt' });
    expect(call.callerNumber).toBeUndefined();
    expect(call.turns[0]).toMatchObject({ speaker: 'agent', text: '喂,什么事?', startMs: 0, endMs: 2000, line: 9 });
    // The phone read out in groups of spoken digits arrives as one number.
    expect(call.turns[5]!.text).toContain('13912345678');
  });

  it('reads WebVTT with speaker labels in the text and times without hours', () => {
    const call = read('en-angry-shock.vtt');
    expect(call).toMatchObject({ callId: 'EN-20261124-0005', callerNumber: '13600003333' });
    expect(call.turns[0]).toMatchObject({ speaker: 'agent', text: 'Yeah, what is it?', startMs: 0, endMs: 2000, line: 9 });
    expect(call.turns[1]).toMatchObject({ speaker: 'customer', startMs: 2300, line: 12 });
  });

  it('reads SRT with a header before the first cue', () => {
    const call = read('zh-gas-safety.srt');
    expect(call).toMatchObject({ callId: 'ZH-20261124-0003', callerNumber: '137 0000 1111', format: 'srt' });
    expect(call.turns[0]).toMatchObject({ speaker: 'agent', startMs: 0, endMs: 4500, line: 7 });
    expect(call.turns.at(-1)).toMatchObject({ speaker: 'agent', line: 31 });
  });

  it('reads SRT without a header: the call id is the file name', () => {
    const call = read('en-asr-um.srt');
    expect(call.callId).toBe('en-asr-um');
    expect(call.turns[1]!.text).toBe("hi, my Huawei Mate 60 won't charge, it's been like three days.");
    expect(call.turns[3]!.text).toContain('13800138000');
  });

  it('reads plain text with Agent:/Customer: labels and header lines', () => {
    const call = read('en-polite-fridge.txt');
    expect(call).toMatchObject({ callId: 'EN-20261124-0004', callerNumber: '+86 135 0000 2222', startedAt: '2026-11-24T10:15:00+08:00', format: 'text' });
    expect(call.turns).toHaveLength(11);
    expect(call.turns[0]).toMatchObject({ speaker: 'agent', line: 5 });
    expect(call.turns[1]).toMatchObject({ speaker: 'customer', line: 6 });
  });

  it('reads A:/C: labels', () => {
    const call = read('zh-a-c-consult.txt');
    expect(call.turns.map((t) => t.speaker).slice(0, 3)).toEqual(['agent', 'customer', 'agent']);
    expect(call.callerNumber).toBe('021-62345678');
  });

  it('normalises an ASR export: fillers, misheard 幺, spoken digits, full-width model, spoken error code, times', () => {
    const call = read('zh-asr-errors.txt');
    expect(call.startedAt).toBe('2026-11-24T15:40:00+08:00');
    const [, problem, , model, , phone] = call.turns;
    expect(problem).toMatchObject({ speaker: 'customer', text: '我家美的洗衣机,洗到一半就停了,显示E4。', startMs: 4000, endMs: 11000, line: 6 });
    // The unlabelled line below a turn continues it.
    expect(model!.text).toBe('型号是XQB80-Z3569,就是波轮的那个。');
    expect(phone!.text).toBe('我电话是 18612345678');
    expect(call.turns.every((t) => !/[嗯呃]/.test(t.text))).toBe(true);
  });

  it('reads a posted body by its declared format, with defaults for what it lacks', () => {
    const call = readTranscript('客服：您好\n客户：冰箱不制冷', { file: 'body', format: 'text', defaults: { callId: 'X-1', startedAt: '2026-11-24T01:00:00Z' } });
    expect(call).toMatchObject({ callId: 'X-1', startedAt: '2026-11-24T01:00:00Z', turns: [{ speaker: 'agent' }, { speaker: 'customer', line: 2 }] });
  });

  it.each(truth.malformed)('reports $file at line $line', ({ file, line, reason }) => {
    const error = failure(() => readTranscriptFile(path.join(TRANSCRIPTS, file), { shownAs: file }));
    expect(error.code).toBe('invalid_transcript');
    expect(error.line).toBe(line);
    expect(error.message).toContain(`${file}:${line}: `);
    expect(error.reason).toContain(reason);
  });

  it('refuses empty files, non-UTF-8 files and a missing call id clearly', () => {
    const { dir, cleanup } = tempDir('voice-read-');
    try {
      fs.writeFileSync(path.join(dir, 'empty.txt'), '  \n');
      fs.writeFileSync(path.join(dir, 'gbk.txt'), Buffer.from([0xbf, 0xcd, 0xb7, 0xfe, 0x3a, 0x0a]));
      expect(failure(() => readTranscriptFile(path.join(dir, 'empty.txt'))).reason).toMatch(/empty/);
      expect(failure(() => readTranscriptFile(path.join(dir, 'gbk.txt'))).reason).toMatch(/not UTF-8/);
    } finally {
      cleanup();
    }
    expect(failure(() => readTranscript('客服：您好\n客户：你好', { file: 'body', defaults: { startedAt: '2026-11-24T01:00:00Z' } })).reason).toMatch(/no call id/);
  });

  it('reads a whole folder: the malformed files fail with file:line and every other file loads', () => {
    const results = listTranscriptFiles(TRANSCRIPTS).map((file) => {
      try {
        return { file: path.relative(TRANSCRIPTS, file), call: readTranscriptFile(file) };
      } catch (error) {
        if (!(error instanceof TranscriptError)) throw error;
        return { file: path.relative(TRANSCRIPTS, file), error: `${path.relative(TRANSCRIPTS, error.file)}:${error.line}` };
      }
    });
    expect(
      results
        .filter((r) => r.call)
        .map((r) => r.file)
        .sort(),
    ).toEqual(truth.calls.map((c) => c.file).sort());
    expect(
      results
        .filter((r) => r.error)
        .map((r) => r.error)
        .sort(),
    ).toEqual(truth.malformed.map((m) => `${m.file}:${m.line}`).sort());
  });
});
