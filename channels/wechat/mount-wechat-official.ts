/**
 * Mounts the official-account callback on the shared express app (when WECHAT_OA_TOKEN is set):
 * GET and POST /wechat/official, and the relay that sends queued answers, agent replies and
 * surveys for `customer:wechat_oa` through the customer-service message API. Deliveries WeChat
 * refuses until the customer writes again (45015, 45047, or 48001 on an unverified account) are
 * parked for that customer alone, announced to the desks, and sent when the customer writes.
 * The bot's replies are committed with their outbox item (held for a passive answer); the channel
 * marks one delivered when it went out passively, releases it to this relay, or keeps it owed.
 */
import express from 'express';
import { customerDestination } from '../../bot/customer-deliveries';
import { announceImageGivenUp, deliverCustomerItem, waitingItemSummary } from '../../bot/customer-item-delivery';
import { OutboxRelay } from '../../bot/outbox-relay';
import { PHRASES } from '../../bot/phrases';
import type { OutboxItem } from '../../tickets/outbox';
import { OaCrypto } from './oa-crypto';
import { WechatOfficialChannel } from './official-account-channel';
import { officialAccountHealthProbe } from './official-account-health';
import { OwedReplies } from './passive-answer';
import { waitsForCustomer, WechatApi } from './wechat-api';
import type { WechatHttpHost } from './wechat-host';

export const OFFICIAL_ACCOUNT_PATH = '/wechat/official';

export async function mountWechatOfficial(host: WechatHttpHost): Promise<WechatOfficialChannel | undefined> {
  const settings = host.config.wechat.officialAccount;
  if (!settings.token) return undefined;
  const { assistant } = host;
  const { outbox } = assistant.desk;
  const onError = (error: unknown, context: Record<string, unknown>) => console.error('wechat_oa:', context, error);
  // loadConfig refuses a token without the app id and secret.
  const api = new WechatApi({ baseUrl: settings.apiBaseUrl, appId: settings.appId ?? '', appSecret: settings.appSecret ?? '', clock: assistant.clock });
  const destination = customerDestination('wechat_oa');
  const channel: WechatOfficialChannel = new WechatOfficialChannel({
    token: settings.token,
    api,
    clock: assistant.clock,
    uploadsDir: host.config.uploadsDir,
    maxImageBytes: host.config.uploads.maxBytes,
    replyWindowMs: settings.replyWindowMs,
    accountKind: settings.accountKind,
    crypto: settings.aesKey ? new OaCrypto(settings.token, settings.aesKey, settings.appId ?? '') : undefined,
    queue: async (reply, key) => {
      await outbox.enqueue({ destination, kind: 'message', payload: reply, dedupKey: `wechat_oa:${key}` });
      relay.nudge();
    },
    replies: {
      // The pieces of a long reply that did not fit the passive answer go in its place, to the relay.
      sentInline: async (key, rest) => {
        const queued = await assistant.desk.unitOfWork(async () => {
          if (!(await outbox.markDeliveredByKey(key, 'passive', assistant.clock.now()))) return 0;
          for (const [i, piece] of rest.entries()) await outbox.enqueue({ destination, kind: 'message', payload: piece, dedupKey: `${key}:${i + 1}` });
          return rest.length;
        });
        if (queued) relay.nudge();
      },
      holdAgain: (key, ms) => {
        const now = assistant.clock.now();
        return outbox.holdByKey(key, new Date(now.getTime() + ms), now);
      },
      leaveToRelay: async (key) => {
        await outbox.releaseByKey(key, assistant.clock.now());
        relay.nudge();
      },
      owe: (key) => outbox.parkByKey(key, 'wechat_api_48001: owed until the customer writes (unverified account)'),
    },
    owed: new OwedReplies({ outbox, destination, transaction: (work) => assistant.desk.unitOfWork(work), now: () => assistant.clock.now() }),
    customerWrote: async (customerRef) => {
      if ((await outbox.revive(destination, customerRef, assistant.clock.now())) > 0) relay.nudge();
    },
    onError,
  });
  /** The desks hear of a parked message that people wrote (an unverified account's late bot answers are expected, not news). */
  const announce = async (item: OutboxItem) => {
    // An agent's picture waits like their text: the agent hears of it by the same notice.
    const message = waitingItemSummary(item);
    if (!message || message.kind === 'notice') return;
    if (message.kind === 'reply' && settings.accountKind === 'unverified') return;
    const notice = `${PHRASES.deliveryParked.zh}\n${PHRASES.deliveryParked.en}`;
    const payload = { conversationId: message.conversationId, messageKind: message.kind, excerpt: message.excerpt, notice };
    await assistant.desk.unitOfWork(async () => {
      for (const desk of assistant.routes.items('delivery.parked', payload, `delivery.parked:${item.id}`)) await outbox.enqueue(desk);
    });
  };
  const relay = new OutboxRelay({
    destination,
    outbox,
    clock: assistant.clock,
    deliver: deliverCustomerItem(channel),
    onGivenUp: announceImageGivenUp(assistant.handoffs),
    waitsForCustomer,
    onParked: (item) => announce(item),
    onError: (error, item) => {
      if (!waitsForCustomer(error)) onError(error, { where: `${destination} relay`, outboxId: item?.id });
    },
  });
  await channel.start((message) => assistant.bot.handle(message));
  // WeChat posts XML as text/xml; only this route parses it, with a small limit.
  host.app.get(OFFICIAL_ACCOUNT_PATH, channel.verify);
  host.app.post(OFFICIAL_ACCOUNT_PATH, express.text({ type: () => true, limit: '256kb' }), channel.receive);
  host.relays.push(relay);
  host.health?.register('wechat_oa', officialAccountHealthProbe(api, assistant.clock));
  host.onClose.push(() => channel.stop());
  return channel;
}
