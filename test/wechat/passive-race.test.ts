/**
 * A verified official account gives each reply exactly once: passively (in the HTTP answer to one
 * of WeChat's three tries) or through the customer-service API by the relay, never both; and a
 * message sent in pieces never sends a piece twice when it is retried. The
 * interleavings are forced: the turn's commit waits on a gate the test opens, WeChat's tries give
 * up (the client aborts) before the answer is ready, and the fixed clock moves the relay's view of
 * time. Real server, bot and SQLite desk over HTTP on 127.0.0.1, signed callbacks, and WeChat's API
 * played by the local fake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../testing/desk';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import { signatureOf } from '../../channels/wechat/oa-signature';
import { FixedClock } from '../../kernel/clock';
import { startFakeWechatApi, type FakeWechatApi } from '../../testing/fake-wechat-api';
import { tempDir } from '../../testing/temp-dir';

const TOKEN = 'oa-race-token';
const DEST = 'customer:wechat_oa';
let msgId = 8_400_000_000_000_000;

interface World {
  fake: FakeWechatApi;
  server: RunningServer;
  clock: FixedClock;
  /** Commits of turns wait until the test opens the gate. */
  gate(): { open(): void };
  commits: number;
}

async function world(dir: string, window: string): Promise<World> {
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  const fake = await startFakeWechatApi({ verified: true, now: () => clock.now().getTime() });
  const server = await startServer(
    loadConfig({
      AFTERSALES_DATA_DIR: dir,
      PORT: '0',
      WECHAT_OA_TOKEN: TOKEN,
      WECHAT_OA_APP_ID: fake.appId,
      WECHAT_OA_APP_SECRET: fake.appSecret,
      WECHAT_API_BASE_URL: fake.url,
      WECHAT_ACCOUNT_KIND: 'verified',
      WECHAT_OA_REPLY_WINDOW: window,
    }),
    { clock },
  );
  const w: World = { fake, server, clock, commits: 0, gate: () => ({ open: () => undefined }) };
  let closed: Promise<void> = Promise.resolve();
  w.gate = () => {
    let open!: () => void;
    closed = new Promise<void>((resolve) => (open = resolve));
    return { open };
  };
  const store = server.context.assistant.desk.conversations;
  const commit = store.commitTurn.bind(store);
  store.commitTurn = async (conversationId, outcome) => {
    await closed;
    const stored = await commit(conversationId, outcome);
    w.commits++;
    return stored;
  };
  return w;
}

/** One of WeChat's tries: the answer's text, or undefined when WeChat gave up first (`timeoutMs`). */
async function wechatTries(w: World, body: string, timeoutMs: number): Promise<string | undefined> {
  const timestamp = String(Math.floor(w.clock.now().getTime() / 1000));
  const nonce = `n${Math.random().toString(36).slice(2)}`;
  const query = new URLSearchParams({ signature: signatureOf(TOKEN, timestamp, nonce), timestamp, nonce });
  try {
    const res = await fetch(`${w.server.url}/wechat/official?${query}`, { method: 'POST', body, signal: AbortSignal.timeout(timeoutMs) });
    return await res.text();
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') throw error;
    return undefined;
  }
}

function text(w: World, openId: string, content: string, id: number): string {
  w.fake.customerWrote(openId);
  const at = Math.floor(w.clock.now().getTime() / 1000);
  return `<xml><ToUserName><![CDATA[gh_race]]></ToUserName><FromUserName><![CDATA[${openId}]]></FromUserName><CreateTime>${at}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${id}</MsgId></xml>`;
}

const contentOf = (reply: string | undefined) => (reply ? /<Content><!\[CDATA\[([\s\S]*)\]\]><\/Content>/.exec(reply)?.[1] : undefined);
const relayOf = (w: World) => w.server.context.relays.find((r) => r.destination === DEST)!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function storedReply(w: World, id: number): Promise<string> {
  const rows = await sqliteOf(w.server.context.assistant.desk).db.all<{ text: string }>(
    `SELECT r.text FROM messages r JOIN messages m ON r.reply_to = m.id WHERE m.channel = 'wechat_oa' AND m.channel_message_id = ?`,
    [String(id)],
  );
  return rows[0]!.text;
}

async function replyItem(w: World, id: number) {
  return (
    await sqliteOf(w.server.context.assistant.desk).db.all<{ status: string; external_ref: string | null }>(`SELECT status, external_ref FROM outbox WHERE dedup_key = ?`, [`reply:wechat_oa:${id}`])
  )[0];
}

/** How often the customer saw the reply: the answers that reached WeChat, plus the API's sends. */
function timesSeen(w: World, openId: string, reply: string, answers: (string | undefined)[]): number {
  return answers.filter((a) => contentOf(a) === reply).length + w.fake.sent.filter((s) => s.touser === openId && s.content === reply).length;
}

describe('verified account: one reply, one path, whatever the tries do', () => {
  const temp = tempDir('wechat-oa-race-');
  let w: World;

  beforeAll(async () => {
    w = await world(temp.dir, '4s');
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  it('a reply ready only after two tries gave up is given to the third, and the relay (past the first hold) does not send it too', async () => {
    const id = ++msgId;
    const body = text(w, 'o-race-a', '格力空调显示E1，不制冷', id);
    const gate = w.gate();
    const before = w.commits;
    // Tries 1 and 2: WeChat stops waiting before the answer is ready.
    const answers = [await wechatTries(w, body, 300), await wechatTries(w, body, 300)];
    expect(answers).toEqual([undefined, undefined]);
    gate.open();
    await expect.poll(() => w.commits).toBe(before + 1);
    await sleep(200); // the answer is written into the closed connections
    // Ten seconds on, as WeChat's third try comes: past a hold of one try's wait, within three.
    w.clock.advance(10_000);
    await relayOf(w).drain();
    answers.push(await wechatTries(w, body, 4000));
    const reply = await storedReply(w, id);
    expect(contentOf(answers[2])).toBe(reply);
    await expect.poll(async () => (await replyItem(w, id))?.status).toBe('delivered');
    w.clock.advance(60_000);
    await relayOf(w).drain();
    expect(timesSeen(w, 'o-race-a', reply, answers)).toBe(1);
  }, 30_000);

  it('a reply no try could carry goes once through the API after the last try', async () => {
    const id = ++msgId;
    const body = text(w, 'o-race-b', '美的洗衣机显示E4，不排水', id);
    const gate = w.gate();
    const before = w.commits;
    const answers = [await wechatTries(w, body, 300), await wechatTries(w, body, 300), await wechatTries(w, body, 300)];
    gate.open();
    await expect.poll(() => w.commits).toBe(before + 1);
    await sleep(200);
    w.clock.advance(16_000);
    await relayOf(w).drain();
    const reply = await storedReply(w, id);
    expect(timesSeen(w, 'o-race-b', reply, answers)).toBe(1);
    expect(await replyItem(w, id)).toEqual({ status: 'delivered', external_ref: null });
  }, 30_000);
});

describe('verified account: a message in pieces, refused halfway, sends only the rest later', () => {
  const temp = tempDir('wechat-oa-parts-');
  let w: World;

  beforeAll(async () => {
    w = await world(temp.dir, '4s');
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  it("parks an agent's long message at its second piece (45047, the sixth message) and sends only that piece when the customer writes", async () => {
    await wechatTries(w, text(w, 'o-parts', '空调E1，师傅什么时候来？', ++msgId), 4000);
    const conversationId = (await sqliteOf(w.server.context.assistant.desk).db.all<{ id: number }>(`SELECT id FROM conversations WHERE customer_ref = 'o-parts'`))[0]!.id;
    const queue = (message: string) =>
      w.server.context.assistant.desk.outbox.enqueue({ destination: DEST, kind: 'message', payload: { channel: 'wechat_oa', customerRef: 'o-parts', conversationId, kind: 'agent', text: message } });
    for (let i = 1; i <= 4; i++) await queue(`师傅第${i}条。`);
    const long = Array.from({ length: 60 }, (_, i) => `第${i + 1}步：请按说明书检查这一项，确认无误后再继续下一步。`).join('');
    const id = (await queue(long))!;
    await relayOf(w).drain();
    const row = async () =>
      (
        await sqliteOf(w.server.context.assistant.desk).db.all<{ status: string; waits_for: string | null; sent_parts: string | null }>(
          'SELECT status, waits_for, sent_parts FROM outbox WHERE id = ?',
          [id],
        )
      )[0]!;
    expect(await row()).toEqual({ status: 'dead', waits_for: 'customer', sent_parts: '["text:0"]' });
    const pieces = () => w.fake.sent.filter((s) => s.touser === 'o-parts' && !s.content.startsWith('师傅')).map((s) => s.content);
    expect(pieces()).toHaveLength(1);
    // She writes again: the rest goes, and the first piece is not sent a second time.
    await wechatTries(w, text(w, 'o-parts', '好的', ++msgId), 4000);
    await relayOf(w).drain();
    await expect.poll(async () => (await row()).status).toBe('delivered');
    expect(pieces().length).toBeGreaterThan(1);
    expect(pieces().join('').replace(/\s/g, '')).toBe(long.replace(/\s/g, ''));
  }, 30_000);
});

describe('verified account, short reply window: a slow reply goes by the relay alone', () => {
  const temp = tempDir('wechat-oa-race-slow-');
  let w: World;

  beforeAll(async () => {
    w = await world(temp.dir, '0.3s');
  });
  afterAll(async () => {
    await w?.server.close();
    await w?.fake.close();
    temp.cleanup();
  });

  it('answers "success" once the window passed, sends the reply through the API once, and a later try gets "success"', async () => {
    const id = ++msgId;
    const body = text(w, 'o-race-c', '海尔冰箱不制冷了', id);
    const gate = w.gate();
    const before = w.commits;
    const answers = [await wechatTries(w, body, 4000)];
    expect(answers[0]).toBe('success');
    gate.open();
    await expect.poll(() => w.commits).toBe(before + 1);
    const reply = await storedReply(w, id);
    await expect
      .poll(async () => {
        await relayOf(w).drain();
        return w.fake.sent.filter((s) => s.touser === 'o-race-c').length;
      })
      .toBe(1);
    answers.push(await wechatTries(w, body, 4000));
    expect(answers[1]).toBe('success');
    await relayOf(w).drain();
    expect(timesSeen(w, 'o-race-c', reply, answers)).toBe(1);
  }, 30_000);
});
