/**
 * The widget in headless Chromium shows a model's reply as it streams, and then the stored reply:
 * unchanged when the draft was the reply, replaced when a sentence failed the grounding check
 * (what was shown is taken back and the engine's own words take its place). The model is the
 * local OpenAI-protocol server, writing slowly; the server, SQLite and HTTP are real.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { say, startFakeOpenAIServer, type FakeOpenAIServer, type ScriptedToolCall } from '../../testing/fake-openai-server';
import { startWebServer, type WebServer } from './web-client';
import { sqliteOf } from '../../testing/desk';

const CHROMIUM = '/usr/bin/chromium';
const WAIT = { timeout: 20_000 };

let model: FakeOpenAIServer;
let server: WebServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium"`);
  model = await startFakeOpenAIServer({ apiKey: 'sk-test', chunkSize: 4, chunkDelayMs: 30 });
  server = await startWebServer({ LLM_BASE_URL: model.baseUrl, LLM_API_KEY: 'sk-test', LLM_MODEL: 'test-model', LLM_TIMEOUT: '20s', LLM_MAX_RETRIES: '0', LLM_PHRASING: 'true' });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await model?.close();
});
beforeEach(() => model.reset());

const call = (name: string, args: Record<string, unknown>): ScriptedToolCall => ({ name, arguments: args });
const slot = (name: string, value: string, from = value) => call('set_slot', { slot: name, value, from });
const READ_E1 = say.tools(call('start_flow', { flow: 'fault', from: '显示E1' }), slot('category', '空调'), slot('brand', '格力'), slot('errorCode', 'E1', '显示E1'));
const rewording = (edit: (engine: string) => string) =>
  ((request: { body: { messages?: { content?: unknown }[] } }) =>
    say.text(edit(/<engine_reply>\n([\s\S]*?)\n<\/engine_reply>/.exec(String(request.body.messages?.at(-1)?.content ?? ''))?.[1] ?? ''))) as Parameters<FakeOpenAIServer['script']>[0];

interface Seen {
  text: string;
  streaming: boolean;
  replaced: boolean;
}

/** Opens the widget and records every state of its bot bubbles as they change. */
async function openWidget(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('#aftersales-widget .launcher').click();
  await expect.poll(() => page.locator('#asw-panel').isVisible(), WAIT).toBe(true);
  await page.evaluate(() => {
    const root = document.querySelector('#aftersales-widget')!.shadowRoot!;
    const seen: Seen[] = [];
    (window as unknown as { __seen: Seen[] }).__seen = seen;
    new MutationObserver(() => {
      const last = Array.from(root.querySelectorAll('.msg.bot')).at(-1);
      if (!last) return;
      const state = { text: last.querySelector('.bubble')!.textContent ?? '', streaming: last.classList.contains('streaming'), replaced: last.classList.contains('replaced') };
      const prev = seen.at(-1);
      if (!prev || prev.text !== state.text || prev.streaming !== state.streaming || prev.replaced !== state.replaced) seen.push(state);
    }).observe(root.querySelector('.log')!, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return page;
}

/** Sends a message and waits for the stored reply's bubble (it carries the stored id). */
async function ask(page: Page, text: string): Promise<{ seen: Seen[]; final: string; stored: string }> {
  await page.locator('#asw-input').fill(text);
  await page.locator('#asw-input').press('Enter');
  const done = page.locator('#aftersales-widget .msg.bot[data-id]:not(.streaming)');
  await expect.poll(() => done.count(), WAIT).toBe(1);
  const id = Number(await done.getAttribute('data-id'));
  // One bubble: the stored reply took over the draft's, nothing of the draft is left beside it.
  expect(await page.locator('#aftersales-widget .msg.bot').count()).toBe(1);
  const row = await sqliteOf(server.context.assistant.desk).db.get<{ text: string }>('SELECT text FROM messages WHERE id = ?', [id]);
  const seen = await page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
  return { seen, final: (await done.locator('.bubble').textContent()) ?? '', stored: row!.text };
}

describe('the widget shows a streamed reply', () => {
  it('grows the reply as the model writes it, and keeps it when it is the stored reply', async () => {
    model.script(
      READ_E1,
      rewording((engine) => `别着急，${engine}`),
    );
    const page = await openWidget();
    const { seen, final, stored } = await ask(page, '格力空调显示E1');
    const drafts = seen.filter((s) => s.streaming);
    expect(new Set(drafts.map((s) => s.text.length)).size).toBeGreaterThan(3);
    // The draft only ever grew toward the stored reply.
    expect(drafts.every((s) => stored.startsWith(s.text))).toBe(true);
    expect(seen.some((s) => s.replaced)).toBe(false);
    expect(final).toBe(stored);
    expect(stored).toContain('别着急，');
    await page.close();
  });

  it('takes back a draft whose later sentence is not grounded and shows the stored reply in its place', async () => {
    model.script(
      READ_E1,
      rewording((engine) => `别着急，${engine}\n根据一机一号规定，需本人办理。`),
    );
    const page = await openWidget();
    const { seen, final, stored } = await ask(page, '格力空调显示E1');
    const firstDraft = seen.findIndex((s) => s.streaming && s.text.includes('别着急'));
    const replacement = seen.findIndex((s) => s.replaced && s.text === stored);
    expect(firstDraft).toBeGreaterThanOrEqual(0);
    expect(replacement).toBeGreaterThan(firstDraft);
    expect(seen.some((s) => s.text.includes('一机一号'))).toBe(false);
    expect(final).toBe(stored);
    expect(stored).not.toContain('别着急');
    await page.close();
  });
});
