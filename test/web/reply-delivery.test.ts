/**
 * The web chat's replies go the one delivery path: committed with an outbox item, given in the
 * HTTP answer and on the event stream, and only then confirmed; a reply a dead process never
 * confirmed is given to the retry of its message. Real server, SQLite and HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebClient, newClientId, startWebServer, type WebServer } from './web-client';
import { sqliteOf } from '../../testing/desk';

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer();
});
afterAll(() => server?.dispose());

const itemOf = async (clientMessageId: string) =>
  sqliteOf(server.context.assistant.desk).db.all<{ status: string; external_ref: string | null; payload: string }>(`SELECT status, external_ref, payload FROM outbox WHERE dedup_key LIKE ?`, [
    `reply:web:%:${clientMessageId}`,
  ]);

async function settled(clientMessageId: string) {
  for (let i = 0; i < 100; i++) {
    const [item] = await itemOf(clientMessageId);
    if (item?.status !== 'pending') return item;
    await new Promise((r) => setTimeout(r, 20));
  }
  return (await itemOf(clientMessageId))[0];
}

describe('web chat replies through the outbox', () => {
  it('commits each reply with its outbox item and confirms it once the answer and the stream have it', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const stream = await client.openStream();
    await stream.next((e) => e.event === 'ready');
    const id = newClientId();
    const res = await client.say('洗衣机不排水怎么办', id);
    expect(res.status).toBe(200);
    const reply = await stream.next((e) => e.event === 'message' && e.data.role === 'bot');
    const [item] = await itemOf(id);
    expect(item).toBeDefined();
    expect(JSON.parse(item!.payload).text).toBe(res.body.replies[0].text);
    expect(reply.data.text).toBe(res.body.replies[0].text);
    expect(await settled(id)).toMatchObject({ status: 'delivered', external_ref: 'inline' });
    stream.close();
  });

  it('gives a retry the reply that was committed but never confirmed, and confirms it then', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const id = newClientId();
    const first = await client.say('冰箱不制冷了', id);
    expect(await settled(id)).toMatchObject({ status: 'delivered' });
    // As a process that died between commit and answer leaves it: the item still pending.
    await sqliteOf(server.context.assistant.desk).db.run(`UPDATE outbox SET status = 'pending', external_ref = NULL WHERE dedup_key LIKE ?`, [`reply:web:%:${id}`]);
    const retry = await client.say('冰箱不制冷了', id);
    expect(retry.body.duplicate).toBe(true);
    expect(retry.body.replies.map((r: { text: string }) => r.text)).toEqual(first.body.replies.map((r: { text: string }) => r.text));
    expect(await settled(id)).toMatchObject({ status: 'delivered', external_ref: 'inline' });
  });
});
