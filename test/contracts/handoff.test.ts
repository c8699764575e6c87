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
import { addAgent, DeskClient } from '../desk/desk-client';
import { startWebServer } from '../web/web-client';
import { describeHandoffContract } from './handoff.contract';

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
