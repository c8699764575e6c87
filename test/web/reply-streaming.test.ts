/**
 * A model's reply reaches the web chat's event stream as the model writes it: the rewording call
 * (LLM_PHRASING) streams slowly from the local OpenAI-protocol server, and its checked sentences
 * arrive as `delta` events before the model has finished. A sentence that fails the grounding
 * check is never shown; what was shown is taken back, and a `replace` with the stored reply (the
 * engine's own words) ends the draft. Real server, SQLite and HTTP.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { say, startFakeOpenAIServer, type FakeOpenAIServer, type ScriptedToolCall } from '../../testing/fake-openai-server';
import { WebClient, newClientId, startWebServer, type SseEvent, type WebServer } from './web-client';

/** A slow model: a few characters every 30 ms. */
const TOKEN_MS = 30;

let model: FakeOpenAIServer;
let server: WebServer;
beforeAll(async () => {
  model = await startFakeOpenAIServer({ apiKey: 'sk-test', chunkSize: 4, chunkDelayMs: TOKEN_MS });
  server = await startWebServer({ LLM_BASE_URL: model.baseUrl, LLM_API_KEY: 'sk-test', LLM_MODEL: 'test-model', LLM_TIMEOUT: '20s', LLM_MAX_RETRIES: '0', LLM_PHRASING: 'true' });
});
afterAll(async () => {
  await server?.dispose();
  await model?.close();
});
beforeEach(() => model.reset());

const call = (name: string, args: Record<string, unknown>): ScriptedToolCall => ({ name, arguments: args });
const slot = (name: string, value: string, from = value) => call('set_slot', { slot: name, value, from });
const READ_E1 = say.tools(call('start_flow', { flow: 'fault', from: '显示E1' }), slot('category', '空调'), slot('brand', '格力'), slot('errorCode', 'E1', '显示E1'));
const engineReplyOf = (request: { body: { messages?: { content?: unknown }[] } }) =>
  /<engine_reply>\n([\s\S]*?)\n<\/engine_reply>/.exec(String(request.body.messages?.at(-1)?.content ?? ''))?.[1] ?? '';
/** The phrasing model says the engine reply with `edit` applied. */
const rewording = (edit: (engine: string) => string) => ((request: Parameters<typeof engineReplyOf>[0]) => say.text(edit(engineReplyOf(request)))) as Parameters<FakeOpenAIServer['script']>[0];

/** A visitor with an open stream asks about an E1 code; returns the events of the turn and the HTTP answer. */
async function askE1(): Promise<{ events: SseEvent[]; reply: { text: string }; draftKey: string; message: SseEvent }> {
  const client = new WebClient(server.url);
  await client.startSession();
  const stream = await client.openStream();
  await stream.next((e) => e.event === 'ready');
  const id = newClientId();
  const res = await client.say('格力空调显示E1', id);
  expect(res.status).toBe(200);
  const message = await stream.next((e) => e.event === 'message' && e.data.role === 'bot');
  stream.close();
  return { events: stream.events.filter((e) => e.data?.draft === id), reply: res.body.replies[0], draftKey: id, message };
}

describe('a model-worded reply streamed to the web chat', () => {
  it('sends checked sentences as the model writes them; together they are the stored reply', async () => {
    model.script(
      READ_E1,
      rewording((engine) => `别着急，${engine}`),
    );
    const { events, reply, message } = await askE1();
    const rewordingCall = model.requests[1]!;
    expect(rewordingCall.stream).toBe(true);
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.length).toBeGreaterThan(1);
    // The first words reached the visitor while the model was still writing.
    expect(deltas[0]!.at).toBeLessThan(rewordingCall.endedAt!);
    expect(rewordingCall.endedAt! - deltas[0]!.at).toBeGreaterThan(5 * TOKEN_MS);
    expect(deltas.map((d) => d.data.text).join('')).toBe(reply.text);
    expect(reply.text).toContain('别着急，');
    expect(message.data.text).toBe(reply.text);
    expect(events.filter((e) => e.event === 'replace')).toEqual([]);
    // The stored message closes the draft and is the last of its events.
    expect(events.at(-1)).toBe(message);
  });

  it('shows nothing of a rewording whose first sentence is not grounded, and ends with the engine reply', async () => {
    model.script(
      READ_E1,
      rewording((engine) => `根据一机一号规定，需本人办理。${engine}`),
    );
    const { events, reply, message } = await askE1();
    const engine = engineReplyOf(model.requests[1]!);
    expect(events.filter((e) => e.event === 'delta')).toEqual([]);
    const replaced = events.filter((e) => e.event === 'replace');
    expect(replaced.map((e) => e.data.text)).toEqual([reply.text]);
    expect(reply.text).toContain(engine);
    expect(reply.text).not.toContain('一机一号');
    expect(events.indexOf(replaced[0]!)).toBeLessThan(events.indexOf(message));
  });

  it('takes back checked sentences when a later one is not grounded, and replaces them with the stored reply', async () => {
    model.script(
      READ_E1,
      rewording((engine) => `别着急，${engine}\n根据一机一号规定，需本人办理。`),
    );
    const { events, reply, message } = await askE1();
    const engine = engineReplyOf(model.requests[1]!);
    const shown = events.filter((e) => e.event === 'delta').map((e) => e.data.text as string);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.join('')).not.toContain('一机一号');
    const replaced = events.filter((e) => e.event === 'replace').map((e) => e.data.text);
    // Taken back when the bad sentence came, then the stored reply: the engine's words.
    expect(replaced).toEqual(['', reply.text]);
    expect(reply.text).toContain(engine);
    expect(reply.text).not.toContain('别着急');
    expect(events.at(-1)).toBe(message);
    expect(message.data.text).toBe(reply.text);
  });

  it('takes back a whole rewording the phrasing check refuses (it dropped the error code), though each sentence passed', async () => {
    model.script(
      READ_E1,
      rewording((engine) => `别着急，${engine.replaceAll('E1', '')}`),
    );
    const { events, reply, message } = await askE1();
    const shown = events.filter((e) => e.event === 'delta').map((e) => e.data.text as string);
    expect(shown.join('')).toContain('别着急');
    expect(events.filter((e) => e.event === 'replace').map((e) => e.data.text)).toEqual(['', reply.text]);
    expect(reply.text).toContain(engineReplyOf(model.requests[1]!));
    expect(reply.text).toContain('E1');
    expect(events.at(-1)).toBe(message);
  });
});
