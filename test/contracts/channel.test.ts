/**
 * The Channel contract against each customer-facing adapter, each mounted the way app/server.ts
 * mounts it (on an express app over real HTTP on 127.0.0.1) with the real bot on a SQLite desk:
 * the web chat (browser requests and its event stream), the WeChat official account (signed XML
 * callbacks, the fake WeChat API), WeCom 微信客服 (encrypted callbacks, the fake WeCom API) and a
 * personal WeChat account through wechaty on wechaty-puppet-mock. Voice transcripts and Slack are
 * listed with the reason they are not channels of this port.
 */
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { signatureOf } from '../../channels/wechat/oa-signature';
import { mountWechatOfficial } from '../../channels/wechat/mount-wechat-official';
import { startWechaty } from '../../channels/wechat/start-wechaty';
import { mountWebChat } from '../../channels/web/mount-web-chat';
import { mountWecom } from '../../channels/wecom/mount-wecom';
import { FixedClock } from '../../kernel/clock';
import { startFakeWechatApi } from '../../testing/fake-wechat-api';
import { startFakeWecomApi } from '../../testing/fake-wecom-api';
import { EventStream, WebClient, newClientId } from '../web/web-client';
import { describeChannelContract, CHANNEL_PROMISES, type ChannelPromise } from './channel.contract';
import { until, world } from './channel-world';

describeChannelContract('web chat', {
  async open() {
    const w = await world({ WEB_IP_RATE_LIMIT_PER_MINUTE: '100000', WEB_RATE_LIMIT_PER_MINUTE: '1000' });
    const channel = await mountWebChat(w.context);
    const url = await w.listen();
    /** Each visitor: a browser session and its open event stream, by the ref the channel files it under. */
    const visitors = new Map<string, { client: WebClient; stream: EventStream }>();
    let pending: { client: WebClient; stream: EventStream } | undefined;
    const texts = (stream: EventStream) =>
      stream
        .messages()
        .filter((m: { direction?: string }) => m.direction === 'out')
        .map((m: { text: string }) => m.text);
    return {
      channel,
      inbound: w.inbound,
      async newCustomer() {
        const client = new WebClient(url);
        const token = await client.startSession();
        // The session's random reference (never its token) is what the channel files the visitor under.
        const { session } = channel.sessions.use(token);
        if (!session) throw new Error('the new web session is unknown to the channel');
        pending = { client, stream: await client.openStream() };
        visitors.set(session.ref, pending);
        return session.ref;
      },
      async customerWrites(ref, text) {
        const visitor = visitors.get(ref)!;
        const clientMessageId = newClientId();
        const post = async () => {
          const res = await visitor.client.say(text, clientMessageId);
          if (res.status !== 200) throw new Error(`web turn answered ${res.status}: ${JSON.stringify(res.body)}`);
        };
        await post();
        return { again: post };
      },
      async received(ref) {
        const visitor = visitors.get(ref)!;
        // The stream is pushed what is stored: wait (bounded) until it shows as many answers as the stored conversation holds.
        const stored = (await visitor.client.history()).body.messages.filter((m: { direction: string }) => m.direction === 'out').length;
        await until('the event stream to catch up', () => texts(visitor.stream).length >= stored, 5_000).catch(() => undefined);
        return texts(visitor.stream);
      },
      conversationOf: (ref) => w.conversationOf('web', ref),
      async beforeSend(message) {
        const { conversations } = w.assistant.desk;
        await conversations.commitTurn(message.conversationId, { reply: message, author: 'agent:contract', state: (await conversations.get(message.conversationId)).state });
      },
      async malformed() {
        // Tests run in random order: this one may come before any customer was made.
        if (!pending) await (this as { newCustomer(): Promise<string> }).newCustomer();
        const visitor = pending!;
        const res = await visitor.client.request('POST', '/api/web/messages', { raw: '{"clientMessageId": 12, "text": ', headers: { 'Content-Type': 'application/json' } });
        return { refused: res.status >= 400 && res.status < 500, said: JSON.stringify(res.body) };
      },
      async close() {
        for (const v of visitors.values()) v.stream.close();
        await w.close();
      },
    };
  },
  cannot: {
    failureKinds: 'nothing stands between the stored message and the visitor that could refuse it: a visitor who is offline reads it from history on their next connection',
  },
});

describeChannelContract('WeChat official account', {
  async open() {
    const TOKEN = 'oa-contract-token';
    const fake = await startFakeWechatApi();
    const w = await world({
      WECHAT_OA_TOKEN: TOKEN,
      WECHAT_OA_APP_ID: fake.appId,
      WECHAT_OA_APP_SECRET: fake.appSecret,
      WECHAT_API_BASE_URL: fake.url,
      WECHAT_OA_REPLY_WINDOW: '4s',
    });
    const channel = (await mountWechatOfficial(w.context))!;
    const url = `${await w.listen()}/wechat/official`;
    const signed = () => {
      const timestamp = String(Math.floor(w.clock.now().getTime() / 1000));
      const nonce = `n${Math.random().toString(36).slice(2)}`;
      return new URLSearchParams({ signature: signatureOf(TOKEN, timestamp, nonce), timestamp, nonce, openid: 'ignored' });
    };
    const post = async (body: string) => {
      const res = await fetch(`${url}?${signed()}`, { method: 'POST', body, headers: { 'content-type': 'text/xml' } });
      return { status: res.status, text: await res.text() };
    };
    /** What WeChat showed each customer from passive answers: one per message id (WeChat shows the answer to the try it got). */
    const passive = new Map<string, Map<string, string>>();
    let msgId = 7_100_000_000_000_000;
    let customers = 0;
    return {
      channel,
      inbound: w.inbound,
      newCustomer: async () => `oContract${process.pid}x${++customers}`,
      async customerWrites(ref, text) {
        const id = String(++msgId);
        const xml = `<xml><ToUserName><![CDATA[gh_contract]]></ToUserName><FromUserName><![CDATA[${ref}]]></FromUserName><CreateTime>${Math.floor(w.clock.now().getTime() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${id}</MsgId></xml>`;
        const deliver = async () => {
          fake.customerWrote(ref);
          const res = await post(xml);
          if (res.status !== 200) throw new Error(`callback answered ${res.status}: ${res.text}`);
          const content = /<Content><!\[CDATA\[([\s\S]*)\]\]><\/Content>/.exec(res.text)?.[1];
          if (content) passive.set(ref, (passive.get(ref) ?? new Map()).set(id, content));
        };
        await deliver();
        return { again: deliver };
      },
      async received(ref) {
        return [...(passive.get(ref)?.values() ?? []), ...fake.sent.filter((m) => m.touser === ref && m.msgtype === 'text').map((m) => m.content)];
      },
      conversationOf: (ref) => w.conversationOf('wechat_oa', ref),
      async malformed() {
        const res = await post('<xml><FromUserName><![CDATA[oBroken]]></FromUserName><MsgType>');
        return { refused: res.status >= 400 && res.status < 500, said: res.text };
      },
      // 45015: the customer has not written in 48 hours (only they can lift it); -1: WeChat is busy.
      failNext: (kind) => fake.refuseNext(kind === 'permanent' ? 45015 : -1),
      async close() {
        await w.close();
        await fake.close();
      },
    };
  },
});

describeChannelContract('WeCom 微信客服', {
  async open() {
    const KF = 'wkContract01';
    const clock = new FixedClock('2026-11-24T02:00:00Z');
    const fake = await startFakeWecomApi({ openKfIds: [KF], now: () => clock.now() });
    const w = await world(
      {
        ...fake.settings(KF),
      },
      clock,
    );
    const channel = (await mountWecom(w.context))!;
    const callback = `${await w.listen()}/wecom/callback`;
    const texts = (ref: string) => fake.sent.filter((m) => m.touser === ref && m.msgtype === 'text').map((m) => m.text ?? '');
    let customers = 0;
    return {
      channel,
      inbound: w.inbound,
      newCustomer: async () => `wmContract${process.pid}x${++customers}`,
      async customerWrites(ref, text) {
        const answered = texts(ref).length;
        fake.customerWrites(KF, ref, text);
        const status = await fake.notify(callback, KF);
        if (status !== 200) throw new Error(`callback answered ${status}`);
        // WeCom is pulled after the nudge and answered through the outbox relay: wait for the answer.
        await until('the answer to reach WeCom', () => texts(ref).length > answered);
        return {
          again: async () => {
            throw new Error('WeCom is pulled with a cursor: it has no redelivery of its own to play');
          },
        };
      },
      received: async (ref) => texts(ref),
      conversationOf: (ref) => w.conversationOf('wecom', ref),
      async malformed() {
        const { query } = fake.urlCheck();
        query.set('msg_signature', 'f'.repeat(40));
        const res = await fetch(`${callback}?${query}`, { method: 'POST', body: '<xml><Encrypt>not-ours</Encrypt></xml>', headers: { 'content-type': 'text/xml' } });
        return { refused: res.status >= 400 && res.status < 500, said: await res.text() };
      },
      // 95016: WeCom will not let this session be messaged (only the customer writing lifts it); -1: WeCom is busy.
      failNext: (kind) => fake.refuseNext('text', kind === 'permanent' ? 95016 : -1),
      async close() {
        await w.close();
        await fake.close();
      },
    };
  },
  cannot: {
    redelivery: 'WeCom is pulled (kf/sync_msg) with a cursor the desk keeps, so a message is read once; a pull replayed after a restart is tested in test/wecom/wecom-restart.test.ts',
  },
});

type MockContact = ReturnType<mock.Mocker['createContact']>;

describeChannelContract('personal WeChat (wechaty on wechaty-puppet-mock)', {
  async open() {
    const w = await world({ WECHAT_MIN_SEND_INTERVAL: '2s', WECHAT_RATE_LIMIT_PER_MINUTE: '60' });
    const mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    const outcomes = new Map<string, string>();
    const errors: unknown[] = [];
    const started = (await startWechaty(w.context, {
      puppet,
      // The pacer "waits" by moving the clock: nothing waits for real.
      sleep: async (ms) => void w.clock.advance(ms),
      onHandled: (id, outcome) => void outcomes.set(id, outcome),
      onError: (error) => void errors.push(error),
      onLog: () => undefined,
    }))!;
    const self = mocker.createContact({ name: '售后助手' });
    mocker.login(self);
    puppet.emit('ready', { data: 'mock' });
    await started.wechaty.ready();
    const contacts = new Map<string, { contact: MockContact; got: string[] }>();
    let customers = 0;
    const lastIdFrom = (contact: MockContact) =>
      [...mocker.cacheMessagePayload.entries()]
        .filter(([, p]) => p.talkerId === contact.id)
        .map(([id]) => id)
        .at(-1)!;
    return {
      channel: started.channel,
      inbound: w.inbound,
      async newCustomer() {
        const weixin = `wxid_contract_${process.pid}_${++customers}`;
        const contact = mocker.createContact({ name: `客户${customers}`, weixin });
        const got: string[] = [];
        contact.on('message', (m: { payload: { talkerId?: string; text?: string } }) => {
          if (m.payload.talkerId === self.id) got.push(m.payload.text ?? '');
        });
        // The channel files a contact under the WeChat id the puppet gives.
        contacts.set(`wx:${weixin}`, { contact, got });
        return `wx:${weixin}`;
      },
      async customerWrites(ref, text) {
        const { contact } = contacts.get(ref)!;
        contact.say(text).to(self);
        const id = lastIdFrom(contact);
        await until(`message ${id} handled`, () => outcomes.has(id));
        return {
          // The puppet hands the very same message over again (a replay after a reconnect).
          again: async () => {
            outcomes.delete(id);
            puppet.emit('message', { messageId: id });
            await until(`message ${id} handled again`, () => outcomes.has(id));
          },
        };
      },
      received: async (ref) => [...contacts.get(ref)!.got],
      conversationOf: (ref) => w.conversationOf('wechat', ref),
      async malformed() {
        return { refused: false, said: '' };
      },
      failNext(kind) {
        if (kind === 'permanent') {
          // The contact is gone from the account's contacts (deleted us): only they can lift it.
          const search = puppet.contactSearch.bind(puppet);
          puppet.contactSearch = async () => {
            puppet.contactSearch = search;
            return [];
          };
        } else {
          const sendText = puppet.messageSendText.bind(puppet);
          puppet.messageSendText = async () => {
            puppet.messageSendText = sendText;
            throw new Error('puppet gateway dropped the call');
          };
        }
      },
      async close() {
        await started.channel.stop().catch(() => undefined);
        await w.close();
      },
    };
  },
  cannot: {
    refusesMalformed: 'the puppet hands the channel only messages it has already loaded and typed; there is no raw platform input the channel could be given malformed',
  },
});

/** Named so the contract's reach is plain: these carry customers' words but are not `Channel`s. */
const notChannels: Record<string, string> = {
  'voice transcripts':
    'calls are ingested after they end (aftersales voice ingest, the transcript webhook); nothing is ever sent back on the phone line, so there is no Channel to start, send on or fail',
  Slack: 'Slack is where people take conversations over (the Handoff port, test/contracts/handoff.test.ts); no customer writes to the bot through it',
};
for (const [name, reason] of Object.entries(notChannels)) {
  describeChannelContract(name, {
    open: () => Promise.reject(new Error(`${name} has no Channel`)),
    cannot: Object.fromEntries(CHANNEL_PROMISES.map((p: ChannelPromise) => [p, reason])),
  });
}
