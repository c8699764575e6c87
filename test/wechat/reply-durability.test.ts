/**
 * An official-account reply is committed with its outbox item before it is sent, so a process
 * killed between the commit and the send loses nothing: the relay of the next process sends it
 * through the customer-service API once WeChat can no longer be waiting for it, and WeChat's
 * retry of the same MsgId gets it as the passive answer, never both. Real child processes with the
 * real server and SQLite file, SIGKILL, and WeChat's API played by a local fake over HTTP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signatureOf } from '../../channels/wechat/oa-signature';
import { SqliteDatabase } from '../../storage/sqlite/database';
import { tempDir } from '../../testing/temp-dir';
import { startFakeWechatApi } from '../../testing/fake-wechat-api';

const SERVER = path.join(import.meta.dirname, 'fixtures', 'oa-server.ts');

interface Child {
  process: ChildProcess;
  url: string;
  /** Resolves with the conversation id of the next turn committed (die-after-commit mode). */
  nextCommit(): Promise<number>;
}

function startChild(args: string[]): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const commits: number[] = [];
    const waiting: ((id: number) => void)[] = [];
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => signal !== 'SIGKILL' && reject(new Error(`server exited ${code}: ${err}`)));
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      for (;;) {
        const at = out.indexOf('\n');
        if (at < 0) break;
        const line = out.slice(0, at);
        out = out.slice(at + 1);
        const ready = /^READY (\S+)$/.exec(line);
        if (ready) resolve({ process: child, url: ready[1]!, nextCommit: () => new Promise((r) => (commits.length ? r(commits.shift()!) : waiting.push(r))) });
        const committed = /^COMMITTED (\d+)$/.exec(line);
        if (committed) {
          if (waiting.length) waiting.shift()!(Number(committed[1]));
          else commits.push(Number(committed[1]));
        }
      }
    });
  });
}

function kill(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.once('close', () => resolve());
    child.process.kill('SIGKILL');
  });
}

function callback(url: string, openId: string, msgId: number, content: string): Promise<{ status: number; text: string }> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = `n${Math.random().toString(36).slice(2)}`;
  const query = new URLSearchParams({ signature: signatureOf('oa-callback-token', timestamp, nonce), timestamp, nonce, openid: openId });
  const body = `<xml><ToUserName><![CDATA[gh_aftersales]]></ToUserName><FromUserName><![CDATA[${openId}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`;
  return fetch(`${url}/wechat/official?${query}`, { method: 'POST', body, headers: { 'content-type': 'text/xml' } }).then(async (res) => ({ status: res.status, text: await res.text() }));
}

const contentOf = (xml: string) => /<Content><!\[CDATA\[([\s\S]*)\]\]><\/Content>/.exec(xml)?.[1];

describe('official-account replies across a SIGKILL between commit and send', () => {
  const temp = tempDir('oa-durable-');
  const running: Child[] = [];
  afterAll(async () => {
    for (const child of running) if (child.process.exitCode === null && child.process.signalCode === null) await kill(child);
    temp.cleanup();
  });

  it('sends each committed reply exactly once: passively to a retry inside WeChat’s wait, otherwise through the API', async () => {
    const fake = await startFakeWechatApi();
    try {
      const args = [temp.dir, fake.url, fake.appId, fake.appSecret];
      // The next process is up before the first dies, so a retry can reach it within WeChat's five seconds.
      const next = await startChild([...args, 'normal']);
      running.push(next);
      const dying = await startChild([...args, 'die-after-commit']);
      running.push(dying);
      // Three customers write; the replies are committed, then the process dies before any is sent.
      const asked = [
        ['o-alice', 9_100_000_001, '我家格力空调显示E1，不制冷'],
        ['o-bob', 9_100_000_002, '洗衣机不排水怎么办'],
        ['o-carol', 9_100_000_003, '冰箱不制冷了'],
      ] as const;
      const unanswered = [];
      for (const [openId, msgId, text] of asked) {
        fake.customerWrote(openId); // WeChat's 48-hour window opens (the fake refuses sends without it: 45015)
        unanswered.push(callback(dying.url, openId, msgId, text).catch(() => undefined));
        await dying.nextCommit();
      }
      await kill(dying);
      expect(await Promise.all(unanswered)).toEqual([undefined, undefined, undefined]); // WeChat got no answer

      const db = await SqliteDatabase.open(path.join(temp.dir, 'aftersales.db'));
      const items = () =>
        db.all<{ dedup_key: string; status: string; external_ref: string | null; payload: string }>(
          `SELECT dedup_key, status, external_ref, payload FROM outbox WHERE dedup_key LIKE 'reply:wechat_oa:%' ORDER BY id`,
        );
      try {
        const committed = await items();
        expect(committed.map((i) => [i.dedup_key, i.status])).toEqual(asked.map(([, msgId]) => [`reply:wechat_oa:${msgId}`, 'pending']));
        expect(fake.sent).toEqual([]);
        const replyTo = (i: number) => (JSON.parse(committed[i]!.payload) as { text: string }).text;

        // WeChat retries Alice's MsgId at once: the core knows her reply was never sent, so it is the passive answer.
        const alice = await callback(next.url, ...asked[0]);
        expect(alice.status).toBe(200);
        expect(contentOf(alice.text)).toBe(replyTo(0));
        expect(contentOf(alice.text)).toMatch(/E1/);
        // Bob's and Carol's MsgIds are not retried in time: the relay sends their replies through the
        // API once the hold (all of WeChat's tries, 15 s) is over.
        await fake.waitForSent(2);
        // Carol's retry comes after the hold: the relay has sent her reply, so the retry gets "success", not a second copy.
        const carol = await callback(next.url, ...asked[2]);
        expect(carol).toEqual({ status: 200, text: 'success' });
        await new Promise((r) => setTimeout(r, 500));
        expect(fake.sent.map((m) => [m.touser, m.content]).sort()).toEqual([
          ['o-bob', replyTo(1)],
          ['o-carol', replyTo(2)],
        ]);
        const settled = await items();
        expect(settled.map((i) => [i.status, i.external_ref])).toEqual([
          ['delivered', 'passive'],
          ['delivered', null],
          ['delivered', null],
        ]);
      } finally {
        await db.close();
      }
    } finally {
      await fake.close();
    }
  }, 90_000);
});
