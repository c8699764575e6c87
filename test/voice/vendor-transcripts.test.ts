/**
 * Speech-to-text vendors' exports (Alibaba Cloud 录音文件识别, Tencent Cloud ASR), written from each
 * vendor's documented result shape: read by the shared reader, detected by shape where that is
 * unambiguous, named by a header or setting otherwise, with the agent's channel or speaker set by
 * VOICE_AGENT_SPEAKER; then filed through the real webhook and the real CLI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../cli/voice-commands';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import { readTranscript } from '../../channels/voice/read-transcript';
import { TranscriptError } from '../../channels/voice/transcript-error';
import { signVoiceRequest } from '../../channels/voice/webhook-signature';
import { FixedClock } from '../../kernel/clock';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';
import { CALLS } from './support';

const VENDORS = path.join(CALLS, 'vendors');
const ALIYUN = 'aliyun-dual-channel-washer.json';
const TENCENT = 'tencent-speaker-separated-heater.json';
const text = (name: string) => fs.readFileSync(path.join(VENDORS, name), 'utf8');
const NOW = '2026-11-24T04:00:00Z';

describe('vendor transcript readers', () => {
  it('reads an Alibaba Cloud result by its shape: ChannelId 0 is the agent, times in ms, the TaskId names the call', () => {
    const call = readTranscript(text(ALIYUN), { file: ALIYUN, defaults: { startedAt: NOW } });
    expect(call.format).toBe('aliyun');
    expect(call.callId).toBe('aliyun-4b56f0c4b7e611ecbf3a6fb1c8a1d2e9');
    expect(call.turns.map((t) => t.speaker)).toEqual(['agent', 'customer', 'agent', 'customer', 'agent', 'customer', 'agent']);
    expect(call.turns[1]).toMatchObject({ text: expect.stringContaining('E21'), startMs: 3400, endMs: 9800 });
  });

  it('reads a Tencent Cloud DescribeTaskStatus result by its shape: SpeakerId 0 is the agent', () => {
    const call = readTranscript(text(TENCENT), { file: TENCENT, defaults: { startedAt: NOW } });
    expect(call.format).toBe('tencent');
    expect(call.callId).toBe('tencent-5284461093');
    expect(call.turns.map((t) => t.speaker)).toEqual(['agent', 'customer', 'agent', 'customer', 'agent']);
    expect(call.turns[1]).toMatchObject({ text: expect.stringContaining('煤气味'), startMs: 3500, endMs: 10200 });
  });

  it('follows the mapping: with the agent on 1, the roles swap', () => {
    const call = readTranscript(text(TENCENT), { file: TENCENT, defaults: { startedAt: NOW }, speakers: { agent: '1' } });
    expect(call.turns.map((t) => t.speaker)).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
    const ali = readTranscript(text(ALIYUN), { file: ALIYUN, defaults: { startedAt: NOW }, speakers: { agent: '1' } });
    expect(ali.turns[0]!.speaker).toBe('customer');
  });

  it('uses SpeakerId over ChannelId for a one-channel Alibaba recording with speaker separation', () => {
    const doc = JSON.parse(text(ALIYUN));
    doc.Result.Sentences = doc.Result.Sentences.map((s: Record<string, unknown>, i: number) => ({ ...s, ChannelId: 0, SpeakerId: String(i % 2 === 0 ? 2 : 1) }));
    const call = readTranscript(JSON.stringify(doc), { file: 'mono.json', defaults: { startedAt: NOW }, speakers: { agent: '2' } });
    expect(call.turns.slice(0, 2).map((t) => t.speaker)).toEqual(['agent', 'customer']);
  });

  it('names the file and line of a sentence without a speaker, and refuses a failed recognition', () => {
    const broken = text(TENCENT).replace('"SpeakerId": 1, "EmotionalEnergy": 0, "SilenceTime": 400', '"EmotionalEnergy": 0, "SilenceTime": 400');
    const error = (() => {
      try {
        readTranscript(broken, { file: 'calls/t.json', defaults: { startedAt: NOW } });
      } catch (e) {
        return e as TranscriptError;
      }
    })();
    expect(error).toBeInstanceOf(TranscriptError);
    expect(error!.message).toMatch(/^calls\/t\.json:1[0-9]: ResultDetail\[1\]: no SpeakerId/);
    const failed = JSON.stringify({ Response: { Data: { TaskId: 1, Status: 3, StatusStr: 'failed', ErrorMsg: 'audio decode failed', ResultDetail: [] } } });
    expect(() => readTranscript(failed, { file: 'f.json', defaults: { startedAt: NOW } })).toThrow(/audio decode failed/);
    const aliFailed = JSON.stringify({ TaskId: 'x', StatusText: 'FILE_DOWNLOAD_FAILED', Result: { Sentences: [] } });
    expect(() => readTranscript(aliFailed, { file: 'a.json', defaults: { startedAt: NOW } })).toThrow(/FILE_DOWNLOAD_FAILED/);
  });

  it('reads a vendor named by the caller even when the shape is not enough (a bare ResultDetail)', () => {
    const bare = JSON.stringify({ ResultDetail: JSON.parse(text(TENCENT)).Response.Data.ResultDetail });
    expect(readTranscript(bare, { file: 'b.json', format: 'tencent', defaults: { startedAt: NOW, callId: 'b' } }).turns).toHaveLength(5);
  });
});

describe('vendor transcripts through the webhook', () => {
  const SECRET = 'vendor-secret';
  const temp = tempDir('voice-vendor-');
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(loadConfig({ AFTERSALES_DATA_DIR: temp.dir, PORT: '0', VOICE_WEBHOOK_SECRET: SECRET }), { clock: new FixedClock(NOW) });
  });
  afterAll(async () => {
    await server.close();
    temp.cleanup();
  });

  async function post(body: string, headers: Record<string, string> = {}) {
    const timestamp = String(Math.floor(Date.parse(NOW) / 1000));
    const res = await fetch(`${server.url}/voice/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-voice-timestamp': timestamp, 'x-voice-signature': signVoiceRequest(SECRET, timestamp, Buffer.from(body)), ...headers },
      body,
    });
    return { status: res.status, json: (await res.json()) as Record<string, any> };
  }

  it('files an Alibaba export posted as plain JSON, with the customer on their own side', async () => {
    const res = await post(text(ALIYUN));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ callId: 'aliyun-4b56f0c4b7e611ecbf3a6fb1c8a1d2e9', ticket: { action: 'created' } });
    const customer = await server.context.assistant.desk.customers.get(res.json.customerId);
    expect(customer.phone).toBe('13812345678');
  });

  it('files a Tencent export named by X-Transcript-Format, reading the danger on the customer side', async () => {
    const res = await post(text(TENCENT), { 'x-transcript-format': 'tencent' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ callId: 'tencent-5284461093', urgency: 'P1', safety: true });
  });

  it('refuses a format name it does not know', async () => {
    expect(await post(text(TENCENT), { 'x-transcript-format': 'baidu' })).toMatchObject({ status: 400, json: { error: 'unknown_transcript_format' } });
  });
});

describe('vendor transcripts through the CLI', () => {
  it('ingests a folder of Tencent exports with --format and --agent-speaker', async () => {
    const { dir, cleanup } = tempDir('voice-vendor-cli-');
    try {
      const calls = path.join(dir, 'calls');
      fs.mkdirSync(calls);
      // The same call exported with the agent on speaker 1: the mapping makes it read the same.
      const doc = JSON.parse(text(TENCENT));
      for (const s of doc.Response.Data.ResultDetail) s.SpeakerId = s.SpeakerId === 0 ? 1 : 0;
      fs.writeFileSync(path.join(calls, 'heater.json'), JSON.stringify(doc, null, 1));
      const env = { AFTERSALES_DATA_DIR: path.join(dir, 'data'), AFTERSALES_FIXED_TIME: '2026-11-24T12:00:00+08:00' };
      const run = await runCli(['voice', 'ingest', calls, '--json', '--format', 'tencent', '--agent-speaker', '1'], env);
      expect(run.stderr).not.toMatch(/rejected/);
      expect(run.code).toBe(0);
      const report = run.json<IngestReport>();
      expect(report).toMatchObject({ filed: 1, failed: 0, safety: 1 });
      expect(report.calls[0]).toMatchObject({ callId: 'tencent-5284461093', urgency: 'P1' });
    } finally {
      cleanup();
    }
  }, 60_000);
});
