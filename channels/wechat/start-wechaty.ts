/**
 * Starts the personal-account channel when a puppet is configured: loads the puppet, builds the
 * Wechaty instance, starts `WechatyChannel` on the bot, and adds the relay that delivers agent
 * replies and surveys queued for `customer:wechat`.
 */
import type { WechatyInterface } from 'wechaty/impls';
import { customerDestination } from '../../bot/customer-deliveries';
import { announceImageGivenUp, deliverCustomerItem } from '../../bot/customer-item-delivery';
import { OutboxRelay } from '../../bot/outbox-relay';
import { loadPuppet, type LoadedPuppet } from './puppet-loader';
import type { WechatHost } from './wechat-host';
import { WechatyLoginWatch } from './wechaty-login';
import type { WechatyChannel, WechatyChannelOptions } from './wechaty-channel';

export interface StartedWechaty {
  channel: WechatyChannel;
  wechaty: WechatyInterface;
  relay: OutboxRelay;
  login: WechatyLoginWatch;
}

export interface StartWechatyOptions {
  /** A ready-made puppet (tests pass wechaty-puppet-mock with its mocker). */
  puppet?: LoadedPuppet;
  sleep?: (ms: number) => Promise<void>;
  onScan?: (qrcode: string, status: number) => void;
  /** Login, logout and the QR link to scan (default: the console, which is the process log). */
  onLog?: (line: string) => void;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
  onHandled?: WechatyChannelOptions['onHandled'];
}

/** Returns undefined when WECHATY_PUPPET=none. */
export async function startWechaty(host: WechatHost, options: StartWechatyOptions = {}): Promise<StartedWechaty | undefined> {
  const settings = host.config.wechat;
  if (settings.puppet === 'none' && !options.puppet) return undefined;
  const puppet = options.puppet ?? (await loadPuppet({ puppet: settings.puppet, token: settings.puppetToken, service: settings.puppetService }));
  // Loaded only when a puppet is configured: importing wechaty costs about a second.
  const [{ WechatyBuilder }, { WechatyChannel }] = await Promise.all([import('wechaty'), import('./wechaty-channel')]);
  const wechaty = WechatyBuilder.build({ name: settings.name, puppet: puppet as never });
  const { assistant } = host;
  const log = options.onLog ?? ((line: string) => console.log(line));
  const onError = options.onError ?? ((error: unknown, context: Record<string, unknown>) => console.error('wechat:', context, error));
  const channel = new WechatyChannel({
    wechaty,
    uploadsDir: host.config.uploadsDir,
    maxImageBytes: host.config.uploads.maxBytes,
    minSendIntervalMs: settings.minSendIntervalMs,
    rateLimitPerMinute: settings.rateLimitPerMinute,
    startTimeoutMs: settings.startTimeoutMs,
    clock: assistant.clock,
    sleep: options.sleep,
    onScan: options.onScan,
    onError,
    onHandled: options.onHandled,
    friendPolicy: settings.friendPolicy,
    onLog: log,
  });
  // Watched before start: a QR code to scan is the first thing a wechat4u login says.
  const login = new WechatyLoginWatch(wechaty, assistant.clock, log);
  host.health?.register('wechaty', () => login.health());
  await channel.start((message) => assistant.bot.handle(message));
  const relay = new OutboxRelay({
    destination: customerDestination('wechat'),
    outbox: assistant.desk.outbox,
    clock: assistant.clock,
    deliver: deliverCustomerItem(channel),
    onGivenUp: announceImageGivenUp(assistant.handoffs),
    onError: (error, item) => onError(error, { where: 'customer:wechat relay', outboxId: item?.id }),
  });
  host.relays.push(relay);
  host.onClose.push(() => channel.stop());
  return { channel, wechaty, relay, login };
}
