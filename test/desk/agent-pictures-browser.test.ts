/**
 * An agent's picture in headless Chromium (Debian's chromium driven by playwright-core) against
 * the real server: the agent picks a picture on the desk's reply form, the desk shows it with
 * their message, and the customer's widget shows it under the agent's text, fetched with the
 * session's token. Screenshots go to test-results/screenshots/pictures-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../web/web-client';
import { addAgent, PASSWORD } from './desk-client';

const CHROMIUM = '/usr/bin/chromium';
const WAIT = { timeout: 15_000 };
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startWebServer();
  await addAgent(server, 'li');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/** Width the browser decoded an image at (0 until it loaded a real picture). */
const decodedWidth = (page: Page, selector: string) => page.locator(selector).evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => (i.complete ? i.naturalWidth : 0)));

describe("an agent's picture in the browser", () => {
  it('is picked on the desk, shown with the agent message there, and shown to the customer in the widget', { timeout: 90_000 }, async () => {
    const agent = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const customer = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    agent.setDefaultTimeout(20_000);
    customer.setDefaultTimeout(20_000);

    const desk = await agent.newPage();
    await desk.goto(`${server.url}/desk/login`);
    await desk.locator('input[name=name]').fill('li');
    await desk.locator('input[name=password]').fill(PASSWORD);
    await desk.locator('button[type=submit]').click();
    await expect.poll(() => desk.locator('.topbar .who').textContent(), WAIT).toContain('li');

    const widget = await customer.newPage();
    await widget.goto(`${server.url}/`);
    await widget.locator('#aftersales-widget .launcher').click();
    await widget.locator('#asw-input').fill('转人工');
    await widget.locator('#asw-input').press('Enter');
    await expect.poll(() => desk.locator('.queue-item').count(), WAIT).toBe(1);
    await desk.locator('.queue-item').click();
    await desk.locator('#claim').click();
    await expect.poll(() => desk.locator('#detail .holder').textContent(), WAIT).toBe('我在处理');

    const picture = await sharp({ create: { width: 160, height: 90, channels: 3, background: '#1f7a4d' } })
      .png()
      .toBuffer();
    await desk.locator('#reply-text').fill('这是滤网的位置，请按图拆下清洗。');
    await desk.locator('#reply-images').setInputFiles({ name: 'filter.png', mimeType: 'image/png', buffer: picture });
    await desk.locator('#reply-form button[type=submit]').click();

    // The desk shows the picture with the agent's message, decoded at its real size.
    await expect.poll(() => decodedWidth(desk, '#log .msg.agent img.thumb'), WAIT).toEqual([160]);
    expect(await desk.locator('#reply-images').evaluate((input) => (input as HTMLInputElement).files?.length)).toBe(0);
    await desk.screenshot({ path: path.join(SHOTS, 'pictures-01-desk.png') });

    // The customer sees the text, then the picture under it.
    const agentMessage = widget.locator('#aftersales-widget .msg.agent', { hasText: '这是滤网的位置' });
    await expect.poll(() => agentMessage.count(), WAIT).toBe(1);
    await expect.poll(() => decodedWidth(widget, '#aftersales-widget .msg.agent .pictures img'), WAIT).toEqual([160]);
    await widget.screenshot({ path: path.join(SHOTS, 'pictures-02-widget.png') });
    await agent.close();
    await customer.close();
  });
});
