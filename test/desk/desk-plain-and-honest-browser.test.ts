/**
 * What agents see on the built-in desk, in headless Chromium (Debian's chromium driven by
 * playwright-core) against the real server, in Chinese and in English (issue 17):
 * - plain words in the desk's own language: agents by name (never "web-desk:li"), case titles
 *   without their ids, the receipt card without field codes or settings, refusals in one language;
 * - a name the customer typed is masked like the phone until "show personal data";
 * - the opening of personal data shows in the ticket history at once, without a reload;
 * - a receipt photo deleted after reading is said to be gone and never requested;
 * - buttons that tell the truth: another agent's chat offers no reply, resolve or hand back and says
 *   who holds it; a manager's take-over shows the new holder to both; a re-claim does not greet the
 *   customer again; a chat ended with its ticket open says so, offers no second "resolve", and the
 *   ticket is found again under "my open tickets".
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../web/web-client';
import { addAgent, PASSWORD } from './desk-client';

const CHROMIUM = '/usr/bin/chromium';
const WAIT = { timeout: 15_000 };

let server: WebServer;
let browser: Browser;
let seq = 0;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  server = await startWebServer();
  await addAgent(server, 'li');
  await addAgent(server, 'emma');
  await addAgent(server, 'wang', 'manager');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const say = (ref: string, text: string, photo?: string) =>
  server.context.assistant.bot.handle({
    channel: 'web',
    channelMessageId: `plain-${++seq}`,
    customerRef: ref,
    text,
    ...(photo ? { attachments: [{ kind: 'image' as const, ref: photo, mimeType: 'image/png' }] } : {}),
    receivedAt: server.clock.now().toISOString(),
  });

/** A receipt photo sent into the uploads folder; read, then deleted (UPLOAD_KEEP is false by default). */
function receiptPhoto(fixture: string): string {
  const { uploadsDir } = server.context.config;
  fs.mkdirSync(uploadsDir, { recursive: true });
  const photo = path.join(uploadsDir, `plain-${++seq}.png`);
  fs.copyFileSync(path.resolve(import.meta.dirname, '../fixtures/receipts', fixture), photo);
  return photo;
}

/** A logged-in desk page; `requests` collects every attachment URL the page asks for. */
async function desk(name: string, lang: 'zh' | 'en'): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-GB', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/attachments/')) requests.push(r.url());
  });
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${server.url}/desk/login?lang=${lang}`);
  await page.locator('input[name=name]').fill(name);
  await page.locator('input[name=password]').fill(PASSWORD);
  await page.locator('button[type=submit]').click();
  await expect.poll(() => page.locator('.topbar .who').textContent(), WAIT).toContain(name);
  return { page, requests };
}

const text = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).join('\n');

/** How often the customer was told a person joined. */
async function joinNotices(conversationId: number): Promise<number> {
  const history = await server.context.assistant.desk.conversations.history(conversationId, 200);
  return history.filter((m) => m.direction === 'out' && m.author.startsWith('agent:') && m.meta.kind === 'notice').length;
}

interface Case {
  lang: 'zh' | 'en';
  ref: string;
  fault: string;
  receipt: string;
  /** The customer asks for a person and gives a name and a phone. */
  asks: string;
  name: RegExp;
  reply: string;
  /** What must never show on this desk (internal ids, codes, the other language). */
  foreign: RegExp;
  words: { mine: string; heldBy: RegExp; endedOpen: string; myOpen: string; takenByWang: string; reveal: RegExp; photoGone: RegExp };
  second: { ref: string; lines: string[] };
}

const CASES: Case[] = [
  {
    lang: 'zh',
    ref: 'plain-zh',
    fault: '美的冰箱冷藏室不制冷了',
    receipt: 'zh-rotated-fridge.png',
    asks: '帮我转人工，我是周琳，电话13912345678',
    name: /周琳/,
    reply: '您好，我是客服小李，明天上午安排师傅上门检查冰箱可以吗？',
    foreign: /web-desk|currency|UPLOAD_KEEP|\([a-z]+-[a-z0-9-]+\)|opened personal data|released to the queue|[A-Za-z]{4,} \/ /,
    words: {
      mine: '我在处理',
      heldBy: /该对话由 li 处理/,
      endedOpen: '对话已结束，工单仍打开',
      myOpen: '我的未关闭工单',
      takenByWang: 'wang 处理中',
      reveal: /查看了个人信息/,
      photoGone: /照片按设置未保存/,
    },
    second: { ref: 'plain-zh-2', lines: ['海尔洗衣机不脱水，一直响', '我要人工客服'] },
  },
  {
    lang: 'en',
    ref: 'plain-en',
    fault: 'My Bosch dishwasher shows E24 and will not drain',
    receipt: 'en-exif-rotated-fridge.jpg',
    asks: "Please get me a person, I'm Priya Natarajan, my mobile is 07700 900456",
    name: /Priya|Natarajan/,
    reply: 'Hello, this is Li from after-sales. Could an engineer come tomorrow morning to look at it?',
    foreign: /web-desk|UPLOAD_KEEP|\([a-z]+-[a-z0-9-]+\)|[\u4e00-\u9fff]/,
    words: {
      mine: 'Yours',
      heldBy: /li holds this conversation/,
      endedOpen: 'Chat ended, ticket still open',
      myOpen: 'My open tickets',
      takenByWang: 'With wang',
      reveal: /opened personal data/,
      photoGone: /The photo was not kept/,
    },
    second: { ref: 'plain-en-2', lines: ['The washing machine will not spin and bangs loudly', 'I want to talk to a human'] },
  },
];

describe('the desk in plain words, with honest buttons and masked names', { shuffle: false }, () => {
  for (const c of CASES) {
    it(`${c.lang}: words, masking, live history, the deleted photo and the buttons`, { timeout: 150_000 }, async () => {
      await say(c.ref, c.fault);
      await say(c.ref, '', receiptPhoto(c.receipt));
      const handed = await say(c.ref, c.asks);
      const conversationId = handed.conversationId;
      const number = handed.ticket!.number;
      // A repair to be visited: ending the chat leaves the ticket open (tickets/pending-work.ts).
      expect((await server.context.assistant.desk.tickets.get(number)).type).toBe('repair_request');
      await server.context.assistant.desk.tickets.update(number, { address: c.lang === 'zh' ? '上海市浦东新区世纪大道100号' : '8 Mill Lane, York YO1 7HH' }, 'test');

      const li = await desk('li', c.lang);
      const item = li.page.locator('.queue-item', { hasText: number });
      await expect.poll(() => item.count(), WAIT).toBe(1);
      // The name the customer typed is masked in the preview, like the phone beside it.
      expect(await item.textContent()).not.toMatch(c.name);
      expect(await item.textContent()).not.toMatch(/13912345678|900456/);
      await item.click();
      await expect.poll(() => li.page.locator('#detail h2').textContent(), WAIT).toContain(number);
      expect(await text(li.page, '#log')).not.toMatch(c.name);
      // The receipt photo was deleted after reading: said in words, and never asked for.
      expect(await text(li.page, '#detail')).toMatch(c.words.photoGone);
      expect(li.requests).toEqual([]);

      await li.page.locator('#claim').click();
      await expect.poll(() => li.page.locator('#detail .holder').textContent(), WAIT).toBe(c.words.mine);
      // Release and claim again: the customer was greeted once, and is not greeted again.
      await li.page.locator('#release').click();
      await expect.poll(() => li.page.locator('#claim').count(), WAIT).toBe(1);
      await li.page.locator('#claim').click();
      await expect.poll(() => li.page.locator('#detail .holder').textContent(), WAIT).toBe(c.words.mine);
      expect(await joinNotices(conversationId)).toBe(1);

      // Showing personal data: the name appears, and the opening is in the history at once.
      await li.page.locator('#reveal').click();
      await expect.poll(() => text(li.page, '#log'), WAIT).toMatch(c.name);
      await expect.poll(() => text(li.page, '.events'), WAIT).toMatch(c.words.reveal);
      await li.page.locator('#reveal').click();

      // Another agent sees who holds it, and no reply box or buttons that would only fail.
      const emma = await desk('emma', c.lang);
      await emma.page.locator('.queue-item', { hasText: number }).click();
      await expect.poll(() => emma.page.locator('#held-by').textContent(), WAIT).toMatch(c.words.heldBy);
      for (const id of ['#reply-form', '#resolve', '#hand-back', '#release']) expect(await emma.page.locator(id).count()).toBe(0);

      await li.page.locator('#reply-text').fill(c.reply);
      await li.page.locator('#reply-form button[type=submit]').click();
      await expect.poll(() => li.page.locator('#log .msg.agent .bubble').allTextContents(), WAIT).toContain(c.reply);

      // Everything on this desk is in its own language, with no ids or codes.
      const shown = await text(li.page, '#detail .grid');
      expect(shown).not.toMatch(c.foreign);
      expect(await text(li.page, '.events')).not.toMatch(c.foreign);
      expect(await text(li.page, '#log .who')).not.toMatch(/web-desk/);

      // Ending the chat with the visit still to come: the header says so, no second "resolve".
      await li.page.locator('#resolve').click();
      await li.page.locator('#resolve-keep-open').click();
      await expect.poll(() => li.page.locator('#detail .holder').textContent(), WAIT).toBe(c.words.endedOpen);
      expect(await li.page.locator('#resolve').count()).toBe(0);
      expect(await li.page.locator('#close-ticket').count()).toBe(1);
      // Out of the queue, the ticket is found again in the agent's own list.
      await expect.poll(() => li.page.locator('#queue .queue-item', { hasText: number }).count(), WAIT).toBe(0);
      await expect.poll(() => li.page.locator('#mine-section h3').textContent(), WAIT).toContain(c.words.myOpen);
      expect(await li.page.locator('#mine .mine-item', { hasText: number }).count()).toBe(1);

      // A manager takes over another chat li holds: both desks show wang as the holder.
      const [first, ...rest] = c.second.lines;
      await say(c.second.ref, first!);
      let second = await say(c.second.ref, rest[0]!);
      for (const line of rest.slice(1)) second = await say(c.second.ref, line);
      const secondItem = li.page.locator('#queue .queue-item', { hasText: second.ticket ? second.ticket.number : `#${second.conversationId}` });
      await expect.poll(() => secondItem.count(), WAIT).toBe(1);
      await secondItem.click();
      await li.page.locator('#claim').click();
      await expect.poll(() => li.page.locator('#detail .holder').textContent(), WAIT).toBe(c.words.mine);
      const wang = await desk('wang', c.lang);
      await wang.page.locator(`.queue-item[data-conversation="${second.conversationId}"]`).click();
      expect(await wang.page.locator('#reply-form').count()).toBe(0);
      await wang.page.locator('#take-over').click();
      await expect.poll(() => wang.page.locator('#detail .holder').textContent(), WAIT).toBe(c.words.mine);
      await expect.poll(() => li.page.locator('#detail .holder').textContent(), WAIT).toBe(c.words.takenByWang);
      expect(await li.page.locator('#reply-form').count()).toBe(0);
      expect(await joinNotices(second.conversationId)).toBe(1);

      for (const p of [li.page, emma.page, wang.page]) await p.context().close();
    });
  }
});
