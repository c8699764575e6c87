/**
 * The Handoff contract against each desk: the built-in desk (/desk over real HTTP, an agent
 * logged in with a password and CSRF token), Slack (the real Bolt receiver over HTTP with signed
 * requests, the fake Slack Web API) and WeCom's own people (WecomHandoff against the fake WeCom API).
 * Customers are real web-chat turns through the real bot on a SQLite desk.
 */
import { WEB_DESK, WebDeskHandoff } from '../../agent-desk/web-desk-handoff';
import { customerDestination } from '../../bot/customer-deliveries';
import type { OutboundMessage } from '../../bot/messages';
import type { Desk } from '../../storage/desk';
import { sqliteOf } from '../../testing/desk';
import { fail } from '../../testing/fake-slack-api';
import { CHANNEL, openSlackWorld } from '../../testing/slack-world';
import type { OutboxItem } from '../../tickets/outbox';
import { mountWecom } from '../../channels/wecom/mount-wecom';
import { WecomApi } from '../../channels/wecom/wecom-api';
import { WECOM_DESK, WecomHandoff } from '../../channels/wecom/wecom-handoff';
import { FixedClock } from '../../kernel/clock';
import { startFakeWecomApi } from '../../testing/fake-wecom-api';
import { addAgent, DeskClient } from '../desk/desk-client';
import { startWebServer } from '../web/web-client';
import { describeHandoffContract } from './handoff.contract';
import { until, world } from './channel-world';

/** What was queued for a web customer in one conversation, oldest first (read from the table: a running relay may have sent it). */
async function toWebCustomer(desk: Desk, conversationId: number): Promise<OutboundMessage[]> {
  const rows = await sqliteOf(desk).db.all<{ payload: string }>('SELECT payload FROM outbox WHERE destination = ? ORDER BY id', [customerDestination('web')]);
  return rows.map((r) => JSON.parse(r.payload) as OutboundMessage).filter((m) => m.conversationId === conversationId);
}

async function queuedFor(desk: Desk, destination: string, now: Date, conversationId: number): Promise<OutboxItem[]> {
  return (await desk.outbox.due(destination, now, 500)).filter((i) => (i.payload as { conversationId?: number }).conversationId === conversationId);
}

let seq = 0;

describeHandoffContract('the built-in desk', {
  async open() {
    const server = await startWebServer();
    const { assistant } = server.context;
    // Drained by the contract, so what is queued can be seen before it is delivered.
    const relay = server.context.relays.find((r) => r.destination === WEB_DESK)!;
    await relay.stop();
    await addAgent(server, 'contract');
    const agent = new DeskClient(server.url);
    if ((await agent.login('contract')).status !== 303) throw new Error('the contract agent could not log in to the desk');
    // The same desk the composition root gives that relay (mount-agent-desk.ts), to call directly.
    const handoff = new WebDeskHandoff(assistant.deskLive);
    const must = async (call: Promise<{ status: number; text: string }>) => {
      const res = await call;
      if (res.status !== 200) throw new Error(`desk answered ${res.status}: ${res.text}`);
    };
    const base = (id: number) => `/desk/api/conversations/${id}`;
    return {
      handoff,
      desks: assistant.routes.desks,
      customer: (ref, text) => assistant.bot.handle({ channel: 'web', channelMessageId: `handoff-contract-${++seq}`, customerRef: ref, text, receivedAt: server.clock.now().toISOString() }),
      drain: async () => void (await relay.drain()),
      async deskSees(id) {
        const view = await agent.get(`${base(id)}?reveal=1`);
        if (view.status !== 200) throw new Error(`desk answered ${view.status}: ${view.text}`);
        return view.text;
      },
      take: (id) => must(agent.post(`${base(id)}/claim`)),
      reply: (id, text) => must(agent.post(`${base(id)}/reply`, { text })),
      handBack: (id) => must(agent.post(`${base(id)}/return`)),
      mode: async (id) => (await assistant.desk.conversations.get(id)).state.mode,
      toCustomer: (id) => toWebCustomer(assistant.desk, id),
      queued: (id) => queuedFor(assistant.desk, WEB_DESK, server.clock.now(), id),
      close: () => server.dispose(),
    };
  },
  cannot: {
    failureKinds: 'it has no transport to refuse: the desk pages read the conversations from the database, and delivering an item only wakes the open pages',
  },
});

describeHandoffContract('Slack', {
  async open() {
    const world = await openSlackWorld();
    const { assistant, slack } = world;
    const seen = async (id: number) => {
      const ts = await world.threadOf(id);
      const post = slack.posts(CHANNEL).find((p) => p.ts === ts);
      return JSON.stringify([post?.text, post?.blocks, ...slack.replies(ts).map((m) => [m.text, m.blocks])]);
    };
    const must = async (call: Promise<{ status: number; text: string }>) => {
      const res = await call;
      if (res.status !== 200) throw new Error(`Slack receiver answered ${res.status}: ${res.text}`);
    };
    return {
      handoff: world.desk.handoff,
      desks: assistant.routes.desks,
      customer: (ref, text) => world.customer(text, ref),
      drain: async () => void (await world.drain()),
      deskSees: seen,
      take: (id) => must(world.click('takeOver', id)),
      reply: async (id, text) => must(world.agentSays(text, await world.threadOf(id))),
      handBack: (id) => must(world.click('returnToBot', id)),
      mode: async (id) => (await assistant.desk.conversations.get(id)).state.mode,
      toCustomer: (id) => toWebCustomer(assistant.desk, id),
      queued: (id) => queuedFor(assistant.desk, world.desk.handoff.name, world.clock.now(), id),
      failNext: (kind) => slack.failNext(kind === 'permanent' ? fail.error('channel_not_found') : fail.http(503)),
      close: () => world.close(),
    };
  },
});

describeHandoffContract("WeCom's own people (微信客服 servicers)", {
  async open() {
    const KF = 'wkHandoffContract';
    const SERVICER = 'zhangsan';
    const clock = new FixedClock('2026-11-24T02:00:00Z');
    const fake = await startFakeWecomApi({ openKfIds: [KF], now: () => clock.now() });
    const w = await world(
      {
        ...fake.settings(KF),
        WECOM_HANDOFF: 'servicer',
        WECOM_SERVICER_USERID: SERVICER,
      },
      clock,
    );
    await mountWecom(w.context);
    const callback = `${await w.listen()}/wecom/callback`;
    // Drained by the contract, so what is queued can be seen before it is delivered.
    const relay = w.context.relays.find((r) => r.destination === WECOM_DESK)!;
    await relay.stop();
    const settings = w.config.wecom;
    // The same desk mount-wecom.ts gives that relay, to call directly.
    const handoff = new WecomHandoff({
      api: new WecomApi({ baseUrl: settings.apiBaseUrl, corpId: settings.corpId!, secret: settings.secret ?? '', clock }),
      state: w.assistant.desk.wecom,
      target: settings.handoff!,
      conversation: (id) => w.assistant.desk.conversations.get(id),
    });
    const { assistant } = w;
    return {
      handoff,
      desks: assistant.routes.desks,
      // The customer writes in WeChat to the 微信客服 account; WeCom is nudged and pulled, as in production.
      async customer(ref, text) {
        const msgid = fake.customerWrites(KF, ref, text);
        if ((await fake.notify(callback, KF)) !== 200) throw new Error('WeCom callback refused the nudge');
        return until(`the turn of ${msgid}`, () => w.turns.get(msgid));
      },
      drain: async () => void (await relay.drain()),
      // What WeCom's servicer is given: the conversation moved to them (the WeCom app shows them the chat itself).
      async deskSees(id) {
        const { customerRef } = await assistant.desk.conversations.get(id);
        return JSON.stringify(fake.transfers.filter((t) => t.external_userid === customerRef));
      },
      take: async () => {
        throw new Error('WeCom servicers take conversations in the WeCom app');
      },
      reply: async () => {
        throw new Error('WeCom servicers answer in the WeCom app');
      },
      handBack: async () => {
        throw new Error('WeCom servicers end sessions in the WeCom app');
      },
      mode: async (id) => (await assistant.desk.conversations.get(id)).state.mode,
      toCustomer: async () => [],
      queued: (id) => queuedFor(assistant.desk, WECOM_DESK, clock.now(), id),
      // 95013: the session is closed on WeCom's side (only the customer writing reopens it); -1: WeCom is busy.
      failNext: (kind) => fake.refuseNext('service_state', kind === 'permanent' ? 95013 : -1),
      async close() {
        await w.close();
        await fake.close();
      },
    };
  },
  cannot: {
    handsOff:
      "WeCom's transfer (kf/service_state/trans) carries no reason or summary: the servicer is handed the customer's WeCom session and reads the chat there, so only the move to them can be checked (test/wecom/wecom-channel.test.ts)",
    relaysCustomer: "the customer's later messages reach the servicer inside WeCom itself; this desk relays nothing (customer.message passes by)",
    agentReplies: "servicers answer in the WeCom app, straight to the customer's WeChat; their answers never pass through this product",
    handsBack: 'a servicer ends the session in the WeCom app; nothing comes back to this product to hand the conversation to the bot',
  },
});
