/**
 * Mounts the official-account callback on the shared express app (when WECHAT_OA_TOKEN is set):
 * GET and POST /wechat/official, and the relay that sends queued answers, agent replies and
 * surveys for `customer:wechat_oa` through the customer-service message API.
 */
import express from 'express';
import { customerDestination } from '../../bot/channel';
import { outboundMessageSchema } from '../../bot/messages';
import { OutboxRelay } from '../../bot/outbox-relay';
import { WechatOfficialChannel } from './official-account-channel';
import { WechatApi } from './wechat-api';
import type { WechatHttpHost } from './wechat-host';

export const OFFICIAL_ACCOUNT_PATH = '/wechat/official';

export async function mountWechatOfficial(host: WechatHttpHost): Promise<WechatOfficialChannel | undefined> {
  const settings = host.config.wechat.officialAccount;
  if (!settings.token) return undefined;
  const { assistant } = host;
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
    replies: {
      sentInline: async (key) => void (await assistant.desk.outbox.markDeliveredByKey(key, 'passive', assistant.clock.now())),
      holdAgain: (key, ms) => {
        const now = assistant.clock.now();
        return assistant.desk.outbox.holdByKey(key, new Date(now.getTime() + ms), now);
      },
      leaveToRelay: async (key) => {
        await assistant.desk.outbox.releaseByKey(key, assistant.clock.now());
        relay.nudge();
      },
    },
    onError,
  });
  const relay = new OutboxRelay({
    destination,
    outbox: assistant.desk.outbox,
    clock: assistant.clock,
    deliver: async (item) => (await channel.send(outboundMessageSchema.parse(item.payload))).externalRef,
    onError: (error, item) => onError(error, { where: `${destination} relay`, outboxId: item?.id }),
  });
  await channel.start((message) => assistant.bot.handle(message));
  // WeChat posts XML as text/xml; only this route parses it, with a small limit.
  host.app.get(OFFICIAL_ACCOUNT_PATH, channel.verify);
  host.app.post(OFFICIAL_ACCOUNT_PATH, express.text({ type: () => true, limit: '256kb' }), channel.receive);
  host.relays.push(relay);
  host.onClose.push(() => channel.stop());
  return channel;
}
