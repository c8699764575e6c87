/**
 * Personal data never reaches a model request. The labelled corpus (test/fixtures/personal-data,
 * zh and en: phones in every written and spoken form, landlines, Chinese and English addresses,
 * names, WeChat and QQ accounts, e-mails spelled out, ID and card numbers) is said by customers to
 * the whole assistant with the after-sales LLM brain, rewording on and remote embeddings, against
 * the local OpenAI-protocol servers; every chat-completions and embeddings request body those
 * servers received is then searched for every secret. The detector's false positives are
 * measured on the labelled negative set (fault descriptions, model numbers, error codes, dates,
 * prices) and must stay at zero.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalData } from '../../bot/redaction';
import { normaliseText } from '../../kernel/text/normal-form';
import { say, startFakeOpenAIServer, type FakeOpenAIServer, type RecordedRequest } from '../../testing/fake-openai-server';
import { openWorld, type World } from '../../testing/world';
import { startEmbeddingsServer, type FakeEmbeddingsServer } from '../knowledge/openai-embeddings-server';
import { leakedSecrets, stringsOf, type LabelledForm } from '../../evals/security/payload-leaks';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/personal-data');
const readJsonLines = <T>(file: string): T[] =>
  fs
    .readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const POSITIVES = readJsonLines<LabelledForm>('positives.jsonl');
const NEGATIVES = readJsonLines<{ id: string; lang: string; text: string }>('negatives.jsonl');
/** Messages per conversation: later ones carry the earlier ones in their history. */
const PER_CONVERSATION = 4;

/** The customer's message as the model was given it. */
function customerMessage(request: RecordedRequest): string {
  const text = stringsOf(request.body.messages ?? []);
  return /<customer_message>\n([\s\S]*?)\n<\/customer_message>/.exec(text)?.[1]?.trim() ?? 'message';
}

/**
 * A model that reads every message as a repair request and quotes it back as the symptom, and
 * rewords replies as they are: enough to drive the engine through its forms (history, the
 * rewording call) with the customer's words going around.
 */
let readings = 0;
function playModel(request: RecordedRequest) {
  if (request.body.tools?.length) {
    const words = customerMessage(request).slice(0, 200);
    // Fault questions search the knowledge base (the embeddings path); repairs go through the form.
    const flow = ++readings % 2 ? 'fault' : 'repair';
    return say.tools({ name: 'start_flow', arguments: { flow, from: words } }, { name: 'set_slot', arguments: { slot: 'symptom', value: words, from: words } });
  }
  return say.text(/<engine_reply>\n([\s\S]*?)\n<\/engine_reply>/.exec(stringsOf(request.body.messages ?? []))?.[1] ?? 'OK');
}

describe('the personal-data corpus', () => {
  it('holds at least 100 labelled forms in both languages and every kind', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(POSITIVES.map((p) => p.lang))).toEqual(new Set(['zh', 'en']));
    expect(new Set(POSITIVES.map((p) => p.kind))).toEqual(new Set(['PHONE', 'ADDRESS', 'NAME', 'CHAT_ID', 'EMAIL', 'ID', 'CARD', 'MIXED']));
    for (const p of POSITIVES) expect(p.secrets.length, p.id).toBeGreaterThan(0);
  });

  it('the leak check finds each secret in its own unmasked text (so a pass below means something)', () => {
    for (const p of POSITIVES) expect(leakedSecrets(p, p.text).length, p.id).toBeGreaterThan(0);
  });
});

describe('no personal data in any model request', () => {
  let chat: FakeOpenAIServer;
  let embeddings: FakeEmbeddingsServer;
  let world: World;
  beforeAll(async () => {
    chat = await startFakeOpenAIServer({ apiKey: 'sk-test', respond: playModel });
    embeddings = await startEmbeddingsServer();
    world = await openWorld({
      LLM_BASE_URL: chat.baseUrl,
      LLM_API_KEY: 'sk-test',
      LLM_MODEL: 'test-model',
      LLM_TIMEOUT: '5s',
      LLM_MAX_RETRIES: '0',
      LLM_PHRASING: 'true',
      EMBEDDINGS: 'openai',
      EMBEDDINGS_BASE_URL: embeddings.baseUrl,
    });
  }, 120_000);
  afterAll(async () => {
    await world?.close();
    await chat?.close();
    await embeddings?.close();
  });

  it('sends none of the corpus to chat completions or embeddings, across whole conversations', async () => {
    chat.reset();
    embeddings.requests.length = 0;
    for (let start = 0; start < POSITIVES.length; start += PER_CONVERSATION) {
      const customer = world.customer(`pii-corpus-${start}`);
      for (const form of POSITIVES.slice(start, start + PER_CONVERSATION)) await customer.say(form.text);
    }
    // The messages did reach the model: one reading call per message at least, with placeholders.
    expect(chat.requests.length).toBeGreaterThanOrEqual(POSITIVES.length);
    const chatPayloads = chat.requests.map((r) => stringsOf(r.body));
    expect(chatPayloads.join('\n')).toMatch(/\[PHONE_1\]|\[PHONE\]/);
    expect(chatPayloads.join('\n')).toMatch(/\[NAME_1\]|\[NAME\]/);
    const embeddingPayloads = embeddings.requests.map((r) => stringsOf(r.body.input));
    // Queries were embedded remotely during the conversations (the shipped entries were before).
    expect(embeddingPayloads.length, 'no query reached the embeddings endpoint').toBeGreaterThan(0);

    const leaks = POSITIVES.flatMap((form) => [...chatPayloads, ...embeddingPayloads].flatMap((payload) => leakedSecrets(form, payload).map((secret) => `${form.id} ${form.kind}: ${secret}`)));
    expect([...new Set(leaks)]).toEqual([]);
  }, 180_000);
});

describe('what the detector leaves alone', () => {
  it('masks nothing in the labelled negative set (faults, model numbers, error codes, dates, prices)', () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(100);
    const flagged = NEGATIVES.filter((n) => findPersonalData(normaliseText(n.text, { spokenDigits: true })).length > 0).map((n) => n.id);
    expect(flagged).toEqual([]);
  });
});
