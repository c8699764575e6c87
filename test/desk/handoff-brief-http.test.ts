/**
 * What the agent reads first at the desk (issue 17, playtest round 22 kind 2): the handoff's
 * summary and its ticket say what the problem is from the whole conversation, not from the words
 * that asked for a person: the product and brand named earlier, the fault, what was tried, the
 * complaint, what the customer wants; never a sentence cut in the middle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../web/web-client';
import { addAgent, DeskClient } from './desk-client';

let server: WebServer;
let seq = 0;
beforeAll(async () => {
  server = await startWebServer({});
  await addAgent(server, 'he');
});
afterAll(async () => {
  await server?.dispose();
});

const say = (ref: string, text: string) =>
  server.context.assistant.bot.handle({ channel: 'web', channelMessageId: `brief-http-${++seq}`, customerRef: ref, text, receivedAt: server.clock.now().toISOString() });

async function desk(): Promise<DeskClient> {
  const client = new DeskClient(server.url);
  expect((await client.login('he')).status).toBe(303);
  return client;
}

/** The conversation as the agent opens it, and its ticket when it has one. */
async function opened(conversationId: number) {
  const view = (await (await desk()).get(`/desk/api/conversations/${conversationId}`)).body;
  const number = (await server.context.assistant.desk.conversations.get(conversationId)).state.ticketNumber;
  const ticket = number ? await server.context.assistant.desk.tickets.get(number) : undefined;
  return { summary: String(view.request?.summary ?? ''), ticket };
}

describe('the handoff summary says who, what and why from the whole conversation', () => {
  it('zh: a complaint about a visit nobody came to, then a bare request for a person', async () => {
    const ref = 'brief-zh-complaint';
    await say(ref, '太气人了！海信电视开机就黑屏，上礼拜约了工程师上门，等了一整天都没人来');
    await say(ref, '别再问这问那了');
    const last = await say(ref, '给我转人工');
    expect(last.mode).toBe('handoff_requested');
    const { summary, ticket } = await opened(last.conversationId);
    expect(summary).toContain('海信电视');
    expect(summary).toContain('黑屏');
    expect(summary).toContain('没人来');
    expect(summary).not.toContain('转人工');
    expect(summary).not.toContain('客户要求人工处理');
    expect(ticket).toBeDefined();
    expect(ticket).toMatchObject({ category: 'tv', brand: 'Hisense' });
    expect(ticket!.symptom).toContain('黑屏');
  });

  it('en: the fault and what was tried told before asking for a person', async () => {
    const ref = 'brief-en-tried';
    await say(ref, 'My Siemens dishwasher stopped draining, there is dirty water left at the bottom after every cycle.');
    await say(ref, 'I already cleaned the filter and checked the hose.');
    const last = await say(ref, 'Please just put me through to a human being.');
    expect(last.mode).toBe('handoff_requested');
    const { summary, ticket } = await opened(last.conversationId);
    expect(summary).toMatch(/Siemens dishwasher/);
    expect(summary).toMatch(/draining/);
    expect(summary).toMatch(/cleaned the filter/);
    expect(summary).not.toMatch(/human being/);
    expect(ticket).toBeDefined();
    expect(ticket).toMatchObject({ category: 'dishwasher', brand: 'Siemens' });
    expect(ticket!.symptom).toMatch(/draining/);
  });

  it('zh and en: a question tacked on never leaves the fault cut in the middle, and talk about the bot is no fault', async () => {
    const zh = await say('brief-zh-cut', '阳台上的燃气热水器一打开就有股臭鸡蛋味，我们该咋办');
    expect((await opened(zh.conversationId)).summary).toMatch(/臭鸡蛋味$/);
    const bot = await say('brief-zh-bot', '不要自动回复，我的美的冰箱冷冻室结了厚厚的冰，给我找个人工客服');
    const said = (await opened(bot.conversationId)).summary;
    expect(said).toContain('结了厚厚的冰');
    expect(said).not.toContain('自动回复');
    const en = await say('brief-en-bot', 'No more robots please. My LG washer is leaking from the door, need a human');
    const told = (await opened(en.conversationId)).summary;
    expect(told).toMatch(/leaking from the door/);
    expect(told).not.toMatch(/robot/i);
  });
});

describe('the English desk shows the product in English (kind 6)', () => {
  it('zh and en customers: the queue and the conversation carry the product in both languages, the page picks its own', async () => {
    const zh = await say('brief-product-zh', '格力空调外机噪音特别大，给我转人工');
    const en = await say('brief-product-en', 'My Haier fridge is not cooling at all, put me through to an agent');
    const client = await desk();
    const items = (await client.get('/desk/api/queue')).body.items as { conversationId: number; ticket?: { productWords?: { zh: string; en: string } } }[];
    const words = (id: number) => items.find((i) => i.conversationId === id)?.ticket?.productWords;
    expect(words(zh.conversationId)).toEqual({ zh: expect.stringContaining('空调'), en: expect.stringMatching(/^Gree air conditioner/i) });
    expect(words(en.conversationId)).toEqual({ zh: expect.stringContaining('冰箱'), en: expect.stringMatching(/^Haier (?:fridge|refrigerator)/i) });
    const view = (await client.get(`/desk/api/conversations/${en.conversationId}`)).body;
    expect(view.ticket.productWords.en).not.toMatch(/[\u4e00-\u9fff]/);
    // The page shows the product in its own language.
    const script = (await client.get('/desk/assets/desk.js')).text;
    expect(script).toMatch(/productWords\[data\.lang\]/);
  });
});
