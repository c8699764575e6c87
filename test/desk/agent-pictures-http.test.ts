/**
 * An agent's picture from the built-in desk over real HTTP (the real server, SQLite, the offline
 * bot): the reply form posts it as multipart with the session's CSRF token, it is checked like a
 * customer's photo, stored with the agent's message, queued after the text, and a web visitor
 * fetches it with their own session token only. On the phone, the text goes and the desk is told
 * why the picture cannot.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../testing/desk';
import { startWebServer, WebClient, type WebServer } from '../web/web-client';
import { addAgent, DeskClient, type DeskResponse } from './desk-client';

let server: WebServer;
let seq = 0;
beforeAll(async () => {
  // Customers' photos are kept, so the check that they are never served back is not passed by their absence.
  server = await startWebServer({ UPLOAD_KEEP: 'true' });
  await addAgent(server, 'li');
});
afterAll(async () => {
  await server?.dispose();
});

const png = (colour: string) =>
  sharp({ create: { width: 12, height: 9, channels: 3, background: colour } })
    .png()
    .toBuffer();

/** The reply form with pictures, as desk.js posts it (FormData, the CSRF header, the session cookie). */
async function replyWithPictures(
  client: DeskClient,
  conversationId: number,
  text: string,
  files: { name: string; type: string; data: Buffer }[],
  csrf: string | null = client.csrf!,
): Promise<DeskResponse> {
  const form = new FormData();
  form.append('text', text);
  for (const f of files) form.append('image', new Blob([new Uint8Array(f.data)], { type: f.type }), f.name);
  const headers: Record<string, string> = { Cookie: [...client.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ') };
  if (csrf) headers['X-CSRF-Token'] = csrf;
  const res = await fetch(`${server.url}/desk/api/conversations/${conversationId}/reply`, { method: 'POST', headers, body: form });
  const body = await res.text();
  return { status: res.status, headers: res.headers, text: body, body: JSON.parse(body) };
}

async function loggedIn(): Promise<DeskClient> {
  const client = new DeskClient(server.url);
  expect((await client.login('li')).status).toBe(303);
  return client;
}

const outboxOf = (conversationId: number, destination: string) =>
  sqliteOf(server.context.assistant.desk)
    .db.all<{ kind: string; payload: string; status: string }>('SELECT kind, payload, status FROM outbox WHERE destination = ? ORDER BY id', [destination])
    .then((rows) => rows.filter((r) => (JSON.parse(r.payload) as { conversationId: number }).conversationId === conversationId));

async function until<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('timed out');
}

describe("an agent's picture from the built-in desk", () => {
  it('reaches the web visitor after the text, fetched with their own token only', async () => {
    const visitor = new WebClient(server.url);
    await visitor.startSession();
    // A photo of their own first: the uploads folder is never served back, even to its sender.
    expect((await visitor.upload(await png('#fff'))).status).toBe(200);
    const asked = await visitor.say('我要转人工');
    expect(asked.status).toBe(200);
    const conversationId = (await server.context.assistant.desk.handoffQueue.waiting()).at(-1)!.conversationId;
    const li = await loggedIn();
    const picture = await png('#2a6');

    const res = await replyWithPictures(li, conversationId, '这是我们维修点的位置图', [{ name: 'map.png', type: 'image/png', data: picture }]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });

    // Text first, then the picture, both delivered by the customer:web relay.
    const items = await until(async () => {
      const rows = await outboxOf(conversationId, 'customer:web');
      const agent = rows.filter((r) => r.kind === 'image' || (JSON.parse(r.payload) as { kind: string }).kind === 'agent');
      return agent.length === 2 && agent.every((r) => r.status === 'delivered') ? agent : undefined;
    });
    expect(items.map((r) => r.kind)).toEqual(['message', 'image']);

    // The visitor's history shows the message with its picture, which they fetch with their token.
    const history = (await visitor.history()).body.messages as { id: number; role: string; text: string; attachments: { kind: string; index?: number }[] }[];
    const said = history.find((m) => m.role === 'agent' && m.text === '这是我们维修点的位置图')!;
    expect(said.attachments).toEqual([{ kind: 'image', index: 0 }]);
    const url = `${server.url}/api/web/attachments/${said.id}/0`;
    const mine = await fetch(url, { headers: { Authorization: `Bearer ${visitor.token}` } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/png');
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await mine.arrayBuffer()).equals(picture)).toBe(true);

    // Another visitor, or nobody, cannot open it; nor can the visitor reach what they uploaded themselves this way.
    const stranger = new WebClient(server.url);
    await stranger.startSession();
    expect((await fetch(url, { headers: { Authorization: `Bearer ${stranger.token}` } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
    const ownMessage = history.find((m) => m.role === 'customer' && m.attachments.length === 1)!;
    expect((await fetch(`${server.url}/api/web/attachments/${ownMessage.id}/0`, { headers: { Authorization: `Bearer ${visitor.token}` } })).status).toBe(404);

    // The desk shows the picture with the agent's message, served from the desk's own route.
    const view = (await li.get(`/desk/api/conversations/${conversationId}`)).body as { messages: { id: number; role: string; attachments: { index: number }[] }[] };
    const onDesk = view.messages.find((m) => m.id === said.id)!;
    expect(onDesk.attachments.map((a) => a.index)).toEqual([0]);
    const served = await li.request('GET', `/desk/api/conversations/${conversationId}/attachments/${said.id}/0`);
    expect(served.status).toBe(200);
  });

  it('is refused when it is not a picture, and needs the CSRF token like every change', async () => {
    await server.context.assistant.bot.handle({ channel: 'web', channelMessageId: `pictures-${++seq}`, customerRef: 'pictures-csrf', text: '转人工', receivedAt: server.clock.now().toISOString() });
    const conversationId = (await server.context.assistant.desk.handoffQueue.waiting()).at(-1)!.conversationId;
    const li = await loggedIn();
    const before = await server.context.assistant.desk.conversations.history(conversationId, 100);
    const uploads = () => (fs.existsSync(server.context.config.uploadsDir) ? fs.readdirSync(server.context.config.uploadsDir).length : 0);
    const files = uploads();

    const pdf = await replyWithPictures(li, conversationId, '发票见附件', [{ name: 'invoice.png', type: 'image/png', data: Buffer.from('%PDF-1.4 not a picture') }]);
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.code).toBe('not_an_image');
    const forged = await replyWithPictures(li, conversationId, '看图', [{ name: 'a.png', type: 'image/png', data: await png('#000') }], null);
    expect(forged.status).toBe(403);
    expect(await server.context.assistant.desk.conversations.history(conversationId, 100)).toHaveLength(before.length);
    expect(uploads()).toBe(files);
  });

  it('on the phone: the text goes, the picture does not, and every desk is told why', async () => {
    const call = await server.context.assistant.bot.handle({
      channel: 'voice',
      channelMessageId: `pictures-${++seq}`,
      customerRef: '13800138000',
      // (A fault with the request: the handoff carries a ticket, where the desk's note is written.)
      text: '冰箱不制冷了，我要转人工',
      receivedAt: server.clock.now().toISOString(),
    });
    const li = await loggedIn();
    const res = await replyWithPictures(li, call.conversationId, '师傅明天上午到', [{ name: 'a.png', type: 'image/png', data: await png('#a33') }]);
    expect(res.status).toBe(200);
    expect(res.body.imagesNotSent).toMatch(/^图片未发送：客户通过电话联系.* \/ Image not sent: the customer is on the phone/);

    const toCustomer = await outboxOf(call.conversationId, 'customer:voice');
    expect(toCustomer.map((r) => [r.kind, (JSON.parse(r.payload) as { text?: string }).text])).toContainEqual(['message', '师傅明天上午到']);
    expect(toCustomer.some((r) => r.kind === 'image')).toBe(false);
    const toDesk = await outboxOf(call.conversationId, 'web-desk');
    expect(toDesk.filter((r) => r.kind === 'delivery.failed').map((r) => JSON.parse(r.payload).notice)).toEqual([expect.stringMatching(/^图片未发送：/)]);
    const notes = (await li.get(`/desk/api/conversations/${call.conversationId}`)).body.events.filter((e: { kind: string }) => e.kind === 'note');
    expect(notes.map((n: { text: string }) => n.text)).toContainEqual(expect.stringMatching(/^图片未发送：.*Image not sent/));

    // A picture alone cannot go at all: refused with the same reason, nothing stored as said.
    const alone = await replyWithPictures(li, call.conversationId, '', [{ name: 'a.png', type: 'image/png', data: await png('#a33') }]);
    expect(alone.status).toBe(400);
    expect(alone.body.error).toMatchObject({ code: 'image_not_deliverable', message: expect.stringMatching(/^图片未发送：/) });
  });
});
