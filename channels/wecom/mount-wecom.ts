/**
 * Mounts 微信客服 (WeCom) on the shared express app when WECOM_CORP_ID is set: GET and POST
 * /wecom/callback (URL check and encrypted events), the relay that sends replies, agent answers and
 * surveys for `customer:wecom` with kf/send_msg, and, when WECOM_HANDOFF says so, the desk that
 * hands WeCom conversations to WeCom's own people.
 */
import express from 'express';
import { type InboundHandler } from '../../bot/channel';
import { customerDestination } from '../../bot/customer-deliveries';
import { announceImageGivenUp, deliverCustomerItem, waitingItemSummary, type PictureGivenUp } from '../../bot/customer-item-delivery';
import { OutboxRelay } from '../../bot/outbox-relay';
import type { Clock } from '../../kernel/clock';
import { PHRASES, type Lang } from '../../bot/phrases';
import type { NewOutboxItem, Outbox, OutboxItem } from '../../tickets/outbox';
import { WecomApi } from './wecom-api';
import { WecomChannel } from './wecom-channel';
import { WecomCrypto } from './wecom-crypto';
import { WECOM_DESK, WecomHandoff, type WecomHandoffTarget } from './wecom-handoff';
import { parkedNotice, waitReason, waitsForCustomer } from './wecom-refusals';
import type { WecomState } from './wecom-state';

export const WECOM_CALLBACK_PATH = '/wecom/callback';

export interface WecomSettings {
  corpId?: string;
  secret?: string;
  token?: string;
  encodingAesKey?: string;
  /** The 微信客服 accounts (open_kfid) answered here; pulled at start. Empty: whichever account calls. */
  openKfIds: string[];
  apiBaseUrl: string;
  /** Where handed-off WeCom conversations go inside WeCom (kf/service_state/trans); absent: nowhere but our desks. */
  handoff?: WecomHandoffTarget;
  /** The enter_session welcome (WECOM_WELCOME): absent when off; a text left out is the bot's own greeting. */
  welcome?: { zh?: string; en?: string };
}

/** What the channel needs from the server (by shape: channels never import the app). */
export interface WecomHost {
  app: express.Express;
  assistant: {
    bot: { handle: InboundHandler };
    desk: {
      outbox: Outbox;
      wecom: WecomState;
      conversations: {
        get(id: number): Promise<{ channel: string; customerRef: string; state: { language?: Lang } }>;
        activeFor(channel: 'wecom', customerRef: string, since: Date): Promise<{ id: number }[]>;
      };
      unitOfWork<T>(work: () => Promise<T>): Promise<T>;
    };
    clock: Clock;
    /** Told when an agent's picture is given up, so the desks say why. */
    handoffs?: PictureGivenUp;
    /** The desks in use: a delivery parked for a customer is announced to each (the `Handoff` port's items). */
    routes: { items(kind: 'delivery.parked', payload: object, dedupKey?: string): NewOutboxItem[] };
  };
  config: { uploadsDir: string; uploads: { maxBytes: number }; wecom: WecomSettings };
  relays: OutboxRelay[];
  onClose: (() => Promise<void>)[];
}

export async function mountWecom(host: WecomHost): Promise<WecomChannel | undefined> {
  const settings = host.config.wecom;
  // loadConfig refuses a corp id without the secret, token and key.
  if (!settings.corpId) return undefined;
  const { assistant } = host;
  const onError = (error: unknown, context: Record<string, unknown>) => console.error('wecom:', context, error);
  const api = new WecomApi({ baseUrl: settings.apiBaseUrl, corpId: settings.corpId, secret: settings.secret ?? '', clock: assistant.clock });
  const destination = customerDestination('wecom');
  const channel: WecomChannel = new WecomChannel({
    crypto: new WecomCrypto(settings.token ?? '', settings.encodingAesKey ?? '', settings.corpId),
    api,
    state: assistant.desk.wecom,
    clock: assistant.clock,
    uploadsDir: host.config.uploadsDir,
    maxImageBytes: host.config.uploads.maxBytes,
    openKfIds: settings.openKfIds,
    queue: async (reply, key) => {
      await assistant.desk.outbox.enqueue({ destination, kind: 'message', payload: reply, dedupKey: `wecom:${key}` });
      relay.nudge();
    },
    welcome: settings.welcome && { zh: settings.welcome.zh ?? PHRASES.disclosure.zh, en: settings.welcome.en ?? PHRASES.disclosure.en },
    customerLanguage: async (customerRef) => {
      // Their latest conversation here, if any; a first-time customer gets the default (Chinese).
      const latest = (await assistant.desk.conversations.activeFor('wecom', customerRef, new Date(0))).at(-1);
      return latest ? (await assistant.desk.conversations.get(latest.id)).state.language : undefined;
    },
    customerWrote: async (customerRef) => {
      if ((await assistant.desk.outbox.revive(destination, customerRef, assistant.clock.now())) > 0) relay.nudge();
    },
    onError,
  });
  /** The desks hear of a parked message people wrote, with why it waits (the channel's own notices are not news). */
  const announce = async (item: OutboxItem, error: unknown) => {
    // An agent's picture waits like their text: the agent hears of it by the same notice.
    const message = waitingItemSummary(item);
    const reason = waitReason(error);
    if (!message || message.kind === 'notice' || !reason) return;
    const payload = { conversationId: message.conversationId, messageKind: message.kind, excerpt: message.excerpt, notice: parkedNotice(reason) };
    await assistant.desk.unitOfWork(async () => {
      // WeCom's own people see the chat in WeCom: only our desks need telling.
      for (const desk of assistant.routes.items('delivery.parked', payload, `delivery.parked:${item.id}`)) if (desk.destination !== WECOM_DESK) await assistant.desk.outbox.enqueue(desk);
    });
  };
  const relay = new OutboxRelay({
    destination,
    outbox: assistant.desk.outbox,
    clock: assistant.clock,
    deliver: deliverCustomerItem(channel),
    onGivenUp: announceImageGivenUp(assistant.handoffs),
    // Refusals only the customer can lift (wecom-refusals.ts): parked for them, the desks told why.
    waitsForCustomer,
    onParked: (item, error) => announce(item, error),
    onError: (error, item) => {
      // An account WeCom no longer knows (95000/95004) waits for the customer too, but is the operator's to fix.
      if (!waitsForCustomer(error) || waitReason(error) === 'account') onError(error, { where: `${destination} relay`, outboxId: item?.id });
    },
  });
  host.relays.push(relay);
  if (settings.handoff) {
    const handoff = new WecomHandoff({ api, state: assistant.desk.wecom, target: settings.handoff, conversation: (id) => assistant.desk.conversations.get(id) });
    host.relays.push(
      new OutboxRelay({
        destination: WECOM_DESK,
        outbox: assistant.desk.outbox,
        clock: assistant.clock,
        deliver: (item) => handoff.deliver(item),
        onError: (error, item) => onError(error, { where: `${WECOM_DESK} relay`, outboxId: item?.id }),
      }),
    );
  }
  await channel.start((message) => assistant.bot.handle(message));
  // The envelope is a small XML document; only this route parses it.
  host.app.get(WECOM_CALLBACK_PATH, channel.verify);
  host.app.post(WECOM_CALLBACK_PATH, express.text({ type: () => true, limit: '64kb' }), channel.receive);
  host.onClose.push(() => channel.stop());
  return channel;
}
