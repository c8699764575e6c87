/**
 * Who the personal account answers and how it keeps them, on wechaty-puppet-mock: customers keyed
 * on their WeChat id or on a remark the bot set, so a re-login (new puppet ids, as wechat4u gives)
 * keeps their conversation; official accounts and WeChat's system contacts never answered;
 * friend requests accepted by policy. The mock stands in for WeChat; where real WeChat keeps
 * state the mock does not (remarks, friend requests), the test gives the mock that state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { openAssistant, type Assistant } from '../../app/assistant';
import { loadConfig } from '../../app/config';
import { startWechaty, type StartedWechaty } from '../../channels/wechat/start-wechaty';
import type { HandledOutcome } from '../../channels/wechat/wechaty-channel';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { sqliteOf } from '../../testing/desk';

type MockContact = ReturnType<mock.Mocker['createContact']>;

describe('wechaty customers, contacts and friend requests', () => {
  const temp = tempDir('wechaty-contacts-');
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  const outcomes = new Map<string, HandledOutcome>();
  const log: string[] = [];
  const accepted: string[] = [];
  let assistant: Assistant;
  let started: StartedWechaty;
  let mocker: mock.Mocker;
  let puppet: PuppetMock;
  let self: MockContact;
  /** Friend requests the fake WeChat holds: id -> who asked, with what greeting. */
  const requests = new Map<string, { contactId: string; hello: string }>();
  let rememberRemarks = false;

  beforeAll(async () => {
    const config = loadConfig({ AFTERSALES_DATA_DIR: temp.dir, WECHAT_MIN_SEND_INTERVAL: '1s', WECHAT_FRIEND_REQUESTS: 'keyword:售后,格力' });
    assistant = await openAssistant(config, { clock });
    mocker = new mock.Mocker();
    puppet = new PuppetMock({ mocker });
    // WeChat keeps a remark the account sets on a contact (the mock drops it unless told to keep it).
    const mockAlias = puppet.contactAlias.bind(puppet);
    puppet.contactAlias = (async (id: string, alias?: string | null) => {
      if (alias === undefined || !rememberRemarks) return mockAlias(id, alias as string);
      const payload = mocker.cacheContactPayload.get(id);
      if (payload) mocker.cacheContactPayload.set(id, { ...payload, alias: alias ?? undefined });
    }) as typeof puppet.contactAlias;
    puppet.friendshipRawPayload = (async (id: string) => ({ id, ...requests.get(id), type: types.Friendship.Receive, timestamp: Math.floor(clock.now().getTime() / 1000) })) as never;
    puppet.friendshipAccept = async (id: string) => void accepted.push(id);
    started = (await startWechaty(
      { assistant, config, relays: [], onClose: [] },
      {
        puppet,
        sleep: async (ms) => clock.advance(ms),
        onHandled: (id, outcome) => outcomes.set(id, outcome),
        onLog: (line) => log.push(line),
      },
    ))!;
    self = mocker.createContact({ name: '售后助手' });
    mocker.login(self);
    puppet.emit('ready', { data: 'mock' });
    await started.wechaty.ready();
  });
  afterAll(async () => {
    await started?.channel.stop();
    await assistant?.close();
    temp.cleanup();
  });

  const lastId = (from: MockContact) => [...mocker.cacheMessagePayload.entries()].filter(([, p]) => p.talkerId === from.id).at(-1)![0];
  async function said(from: MockContact, text: string): Promise<HandledOutcome> {
    from.say(text).to(self);
    const id = lastId(from);
    for (let i = 0; i < 500 && !outcomes.has(id); i++) await new Promise((r) => setTimeout(r, 10));
    return outcomes.get(id)!;
  }
  const refs = async () => (await sqliteOf(assistant.desk).db.all<{ customer_ref: string }>(`SELECT customer_ref FROM conversations WHERE channel = 'wechat' ORDER BY id`)).map((r) => r.customer_ref);
  /** The conversations a test opened: the ones other tests opened before it (shuffled) are left out. */
  const refsSince = async (earlier: string[]) => (await refs()).slice(earlier.length);

  it("never answers official accounts or WeChat's system contacts", async () => {
    const official = mocker.createContact({ name: '某某服务号', type: types.Contact.Official });
    const fileHelper = mocker.createContact({ id: 'filehelper', name: '文件传输助手' });
    const earlier = await refs();
    expect(await said(official, '空调显示E1')).toBe('ignored_official');
    expect(await said(fileHelper, '空调显示E1')).toBe('ignored_official');
    expect(await refsSince(earlier)).toEqual([]);
  });

  it('keys a customer on their WeChat id, so a re-login with new puppet ids keeps them', async () => {
    const earlier = await refs();
    const before = mocker.createContact({ name: '李雷', weixin: 'lilei_1988' });
    expect(await said(before, '格力空调显示E1')).toBe('answered');
    // After a re-login wechat4u-style puppets give the same person a new id.
    const after = mocker.createContact({ name: '李雷', weixin: 'lilei_1988' });
    expect(after.id).not.toBe(before.id);
    expect(await said(after, '还是不行')).toBe('answered');
    expect(await refsSince(earlier)).toEqual(['wx:lilei_1988']);
    // An agent's reply finds them by that key.
    await started.channel.send({ channel: 'wechat', customerRef: 'wx:lilei_1988', kind: 'agent', text: '您好，我是客服', conversationId: 1 } as never);
    const sent = [...mocker.cacheMessagePayload.values()].filter((p) => p.talkerId === self.id && p.text === '您好，我是客服');
    expect(sent).toHaveLength(1);
    expect([before.id, after.id]).toContain((sent[0] as { listenerId?: string }).listenerId);
  });

  it('without a WeChat id, sets a remark of its own once and keys on it across re-logins', async () => {
    rememberRemarks = true;
    const first = mocker.createContact({ name: '韩梅梅' });
    expect(await said(first, '洗衣机不排水')).toBe('answered');
    const [ref] = (await refs()).filter((r) => r.startsWith('alias:'));
    expect(ref).toMatch(/^alias:售后-[0-9A-Z]{8}$/);
    const remark = ref!.slice('alias:'.length);
    // Re-login: a new id, and the remark WeChat kept.
    const again = mocker.createContact({ name: '韩梅梅', alias: remark });
    expect(await said(again, '还是不排水')).toBe('answered');
    expect((await refs()).filter((r) => r.startsWith('alias:'))).toEqual([ref]);
    // A remark the account owner typed is theirs: never overwritten, never a key.
    const owners = mocker.createContact({ name: '王阿姨', alias: '楼下王阿姨' });
    expect(await said(owners, '冰箱不制冷')).toBe('answered');
    expect((await refs()).at(-1)).toBe(`id:${owners.id}`);
    rememberRemarks = false;
  });

  it('falls back to the puppet id, and says so, when no remark can be kept', async () => {
    const plain = mocker.createContact({ name: 'Lucy' });
    expect(await said(plain, 'my fridge is not cooling')).toBe('answered');
    expect((await refs()).at(-1)).toBe(`id:${plain.id}`);
    expect(log.some((l) => /no stable key/.test(l))).toBe(true);
  });

  it('accepts friend requests whose greeting names a keyword, and leaves the others', async () => {
    const asker = mocker.createContact({ name: 'Customer' });
    requests.set('fr-1', { contactId: asker.id, hello: '你好，我是买格力空调的' });
    requests.set('fr-2', { contactId: asker.id, hello: '加个好友，低价代购' });
    puppet.emit('friendship', { friendshipId: 'fr-1' });
    puppet.emit('friendship', { friendshipId: 'fr-2' });
    for (let i = 0; i < 300 && log.filter((l) => /Friend request/.test(l)).length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(accepted).toEqual(['fr-1']);
    expect(log.filter((l) => /Friend request/.test(l))).toEqual(expect.arrayContaining([expect.stringMatching(/accepted/), expect.stringMatching(/left for a person/)]));
  });
});
