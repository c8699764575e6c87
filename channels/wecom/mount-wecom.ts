/**
 * Mounts 微信客服 (WeCom) on the shared express app when WECOM_CORP_ID is set: GET and POST
 * /wecom/callback (URL check and encrypted events), the relay that sends replies, agent answers and
 * surveys for `customer:wecom` with kf/send_msg, and, when WECOM_HANDOFF says so, the desk that
 * hands WeCom conversations to WeCom's own people.
 */
import express from 'express';
import { type InboundHandler } from '../../bot/channel';
import { customerDestination } from '../../bot/customer-deliveries';
import { announceImageGivenUp, deliverCustomerItem, type PictureGivenUp } from '../../bot/customer-item-delivery';
import { OutboxRelay } from '../../bot/outbox-relay';
import type { Clock } from '../../kernel/clock';
import type { Outbox } from '../../tickets/outbox';
import { WecomApi } from './wecom-api';
import { WecomChannel } from './wecom-channel';
import { WecomCrypto } from './wecom-crypto';
import { WECOM_DESK, WecomHandoff, type WecomHandoffTarget } from './wecom-handoff';
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
}

/** What the channel needs from the server (by shape: channels never import the app). */
export interface WecomHost {
  app: express.Express;
  assistant: {
    bot: { handle: InboundHandler };
    desk: { outbox: Outbox; wecom: WecomState; conversations: { get(id: number): Promise<{ channel: string; customerRef: string }> } };
    clock: Clock;
    /** Told when an agent's picture is given up, so the desks say why. */
    handoffs?: PictureGivenUp;
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
    onError,
  });
  const relay = new OutboxRelay({
    destination,
    outbox: assistant.desk.outbox,
    clock: assistant.clock,
    deliver: deliverCustomerItem(channel),
    onGivenUp: announceImageGivenUp(assistant.handoffs),
    onError: (error, item) => onError(error, { where: `${destination} relay`, outboxId: item?.id }),
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
