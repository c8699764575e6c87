/** The call-centre webhook over real HTTP on 127.0.0.1, with real signatures and a real SQLite desk. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import { signVoiceRequest } from '../../channels/voice/webhook-signature';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { TRANSCRIPTS } from './support';

const SECRET = 'test-voice-secret';
const NOW = '2026-11-24T04:00:00Z';
const nowSeconds = Math.floor(Date.parse(NOW) / 1000);
const body = (name: string) => fs.readFileSync(path.join(TRANSCRIPTS, name));

async function post(server: RunningServer, payload: Buffer | string, options: { type?: string; secret?: string; timestamp?: number; signature?: string | null } = {}) {
  const timestamp = String(options.timestamp ?? nowSeconds);
  const headers: Record<string, string> = { 'content-type': options.type ?? 'application/json' };
  if (options.signature !== null) {
    headers['x-voice-timestamp'] = timestamp;
    headers['x-voice-signature'] = options.signature ?? signVoiceRequest(options.secret ?? SECRET, timestamp, payload);
  }
  const res = await fetch(`${server.url}/voice/calls`, { method: 'POST', headers, body: typeof payload === 'string' ? payload : new Uint8Array(payload) });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

describe('voice webhook', () => {
  let server: RunningServer;
  let cleanup: () => void;
  beforeAll(async () => {
    const t = tempDir('voice-webhook-');
    cleanup = t.cleanup;
    server = await startServer(loadConfig({ AFTERSALES_DATA_DIR: t.dir, PORT: '0', VOICE_WEBHOOK_SECRET: SECRET }), { clock: new FixedClock(NOW) });
  });
  afterAll(async () => {
    await server.close();
    cleanup();
  });

  it('refuses a request with no signature, a wrong one, or a stale one, and files nothing', async () => {
    const payload = body('zh-polite-ac-e1.json');
    const filed = (await server.context.assistant.desk.tickets.list()).length;
    expect(await post(server, payload, { signature: null })).toMatchObject({ status: 401, json: { error: 'signature_missing' } });
    expect(await post(server, payload, { secret: 'not-the-secret' })).toMatchObject({ status: 401, json: { error: 'signature_invalid' } });
    expect(await post(server, payload, { signature: 'v1=00' })).toMatchObject({ status: 401, json: { error: 'signature_invalid' } });
    expect(await post(server, payload, { timestamp: nowSeconds - 600 })).toMatchObject({ status: 401, json: { error: 'signature_stale' } });
    // A valid signature for another body does not carry over.
    const other = signVoiceRequest(SECRET, nowSeconds, body('en-json-tv.json'));
    expect(await post(server, payload, { signature: other })).toMatchObject({ status: 401, json: { error: 'signature_invalid' } });
    expect(await server.context.assistant.desk.tickets.list()).toHaveLength(filed);
  });

  it('files a posted call once: the second post is recognised and changes nothing', async () => {
    const payload = body('zh-polite-ac-e1.json');
    const { tickets, calls } = server.context.assistant.desk;
    // Counted around the second post: other tests file calls of their own, in shuffled order.
    const voiceTickets = async () => (await tickets.list()).filter((t) => t.channel === 'voice').length;
    const first = await post(server, payload);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ callId: 'ZH-20261124-0001', duplicate: false, urgency: 'P2', ticket: { action: 'created', priority: 'P2' }, quality: { failed: [] } });
    const filed = await voiceTickets();
    const second = await post(server, payload, { timestamp: nowSeconds + 30 });
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ duplicate: true, ticket: { number: first.json.ticket.number } });
    expect(await voiceTickets()).toBe(filed);
    expect((await tickets.events(first.json.ticket.number)).filter((e) => e.kind === 'note')).toHaveLength(1);
    expect(await calls.forTicket(first.json.ticket.number)).toHaveLength(1);
  });

  it('accepts WebVTT, SRT and plain text by content type', async () => {
    const vtt = await post(server, body('en-angry-shock.vtt'), { type: 'text/vtt' });
    expect(vtt).toMatchObject({ status: 201, json: { urgency: 'P1', safety: true } });
    expect((await post(server, body('zh-gas-safety.srt'), { type: 'application/x-subrip' })).json).toMatchObject({ callId: 'ZH-20261124-0003', safety: true });
    expect((await post(server, body('zh-a-c-consult.txt'), { type: 'text/plain; charset=utf-8' })).json).toMatchObject({ callId: 'ZH-20261124-0007', quality: { failed: ['next_step'] } });
  });

  it('answers a malformed transcript with 400 and its line, a changed call with 409, a wrong type with 415', async () => {
    expect(await post(server, body('malformed/broken.json'))).toMatchObject({ status: 400, json: { error: 'invalid_transcript', line: 6 } });
    expect(await post(server, body('malformed/bad-timing.vtt'), { type: 'text/vtt' })).toMatchObject({ status: 400, json: { line: 8 } });
    // A call of its own (another id and caller), filed and then posted again changed.
    const own = { ...JSON.parse(body('zh-polite-ac-e1.json').toString('utf8')), callId: 'ZH-20261124-0409', callerNumber: '13900000409' };
    const original = JSON.stringify(own);
    expect(await post(server, original)).toMatchObject({ status: 201, json: { callId: 'ZH-20261124-0409' } });
    expect(original).toContain('不制热');
    expect(await post(server, original.replace('不制热', '不制冷'))).toMatchObject({ status: 409, json: { error: 'call_conflict' } });
    expect(await post(server, '<call/>', { type: 'application/xml' })).toMatchObject({ status: 415 });
    expect(await post(server, '客户：'.padEnd(2_200_000, '啊'), { type: 'text/plain' })).toMatchObject({ status: 413, json: { error: 'transcript_too_large' } });
  });
});

describe('voice webhook without a secret', () => {
  it('is disabled with a clear 503 and files nothing', async () => {
    const { dir, cleanup } = tempDir('voice-webhook-off-');
    const server = await startServer(loadConfig({ AFTERSALES_DATA_DIR: dir, PORT: '0' }), { clock: new FixedClock(NOW) });
    try {
      const res = await post(server, body('zh-polite-ac-e1.json'), { secret: 'anything' });
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ error: 'voice_webhook_disabled', message: expect.stringContaining('VOICE_WEBHOOK_SECRET') });
      expect(await server.context.assistant.desk.tickets.list()).toHaveLength(0);
    } finally {
      await server.close();
      cleanup();
    }
  });
});
