/**
 * `WechatyChannel`: a personal WeChat account, through wechaty, behind the `Channel` port.
 *
 * It only translates: a Wechaty message becomes an `InboundMessage` (text; a photo saved under the
 * uploads folder as an image attachment; a voice note as an audio attachment the core answers),
 * and the bot's replies go back to the same chat. What it adds is what a personal account needs
 * to survive: its own messages and un-addressed group chatter are ignored, each contact's
 * messages are handled one at a time in order (a replayed message then meets its stored answer
 * and is not answered twice), floods are refused, and every send is paced.
 */
import { types } from 'wechaty';
import type { ContactInterface, FriendshipInterface, MessageInterface, RoomInterface, WechatyInterface } from 'wechaty/impls';
import type { Channel, DeliveryProgress, InboundHandler } from '../../bot/channel';
import type { Attachment, OutboundMessage } from '../../bot/messages';
import type { Clock } from '../../kernel/clock';
import { isAppError, UpstreamError } from '../../kernel/errors';
import { ContactRateLimit } from './contact-rate-limit';
import { shouldAccept, type FriendPolicy } from './friend-requests';
import { KeyedQueue } from './keyed-queue';
import { SendPacer } from './send-pacer';
import { saveImage } from './upload-store';
import { contactKey, formatKey, parseKey, type ContactKey } from './wechaty-contact-key';

export interface WechatyChannelOptions {
  wechaty: WechatyInterface;
  uploadsDir: string;
  maxImageBytes: number;
  minSendIntervalMs: number;
  rateLimitPerMinute: number;
  clock: Clock;
  /** Waits between sends; tests pass one that moves a FixedClock. */
  sleep?: (ms: number) => Promise<void>;
  /** Longest wait for the puppet to start (a hosted gateway that never answers). */
  startTimeoutMs?: number;
  /** A QR code to scan for login (wechat4u, padlocal). */
  onScan?: (qrcode: string, status: number) => void;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
  /** Told what became of each incoming message (for logs and metrics, and for tests to wait on). */
  onHandled?: (messageId: string, outcome: HandledOutcome) => void;
  /** Friend requests: accepted, ignored, or accepted when the greeting has a keyword (default accept). */
  friendPolicy?: FriendPolicy;
  /** Lines for the operator (a friend request accepted or left). */
  onLog?: (line: string) => void;
}

export type HandledOutcome = 'answered' | 'relayed' | 'duplicate' | 'ignored_self' | 'ignored_room' | 'ignored_official' | 'rate_limited' | 'refused_image' | 'unsupported' | 'failed';

/**
 * WeChat's own accounts: file transfer, team notices, the news and mail plugins. They write to
 * every account; answering them is noise at best and at worst a bot-like pattern WeChat watches.
 */
const SYSTEM_CONTACTS = new Set(['filehelper', 'weixin', 'fmessage', 'newsapp', 'floatbottle', 'medianote', 'qqmail', 'tmessage', 'qmessage', 'qqsync', 'mphelper', 'notifymessage']);

const SLOW_DOWN = '您发送的消息太频繁了，请稍等一分钟再发。/ You are sending messages very quickly; please wait a minute and try again.';

export class WechatyChannel implements Channel {
  readonly name = 'wechat';
  private readonly pacer: SendPacer;
  private readonly limiter: ContactRateLimit;
  /** One contact's messages are handled one at a time, in the order they arrived. */
  private readonly contacts = new KeyedQueue();
  private onMessage?: InboundHandler;
  private readonly listener = (message: MessageInterface) => this.enqueue(message);
  private readonly friendListener = (friendship: FriendshipInterface) => void this.onFriendship(friendship);
  /** Puppet id -> the key the customer is filed under (ids hold for one login, so this is per login). */
  private readonly keys = new Map<string, Promise<ContactKey>>();

  constructor(private readonly options: WechatyChannelOptions) {
    this.pacer = new SendPacer({ minIntervalMs: options.minSendIntervalMs, clock: options.clock, sleep: options.sleep });
    this.limiter = new ContactRateLimit(options.rateLimitPerMinute, options.clock);
  }

  async start(onMessage: InboundHandler): Promise<void> {
    this.onMessage = onMessage;
    const { wechaty } = this.options;
    wechaty.on('message', this.listener);
    wechaty.on('friendship', this.friendListener);
    if (this.options.onScan) wechaty.on('scan', this.options.onScan);
    // A refused token surfaces as an 'error' event, not as a rejected start(): race the two.
    let onError: ((error: unknown) => void) | undefined;
    const failed = new Promise<never>((_, reject) => {
      onError = (error) => reject(error instanceof Error ? error : new Error(String(error)));
      wechaty.once('error', onError);
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer from the puppet')), this.options.startTimeoutMs ?? 60_000);
    });
    try {
      await Promise.race([wechaty.start(), failed, timeout]);
    } catch (error) {
      wechaty.off('message', this.listener);
      // Not awaited: a puppet stuck half-started waits up to 10 s to stop, and the error is what matters.
      void wechaty.stop().catch(() => undefined);
      throw new UpstreamError(
        'wechat_start_failed',
        `WeChat puppet did not start (check WECHATY_PUPPET and WECHATY_PUPPET_TOKEN): ${describe(error)} / 微信 puppet 启动失败，请检查 WECHATY_PUPPET 与 WECHATY_PUPPET_TOKEN`,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
      if (onError) wechaty.off('error', onError);
    }
    // Later puppet errors (a dropped gateway connection) are reported, never thrown into the void.
    wechaty.on('error', (error) => this.options.onError?.(error, { where: 'wechaty' }));
  }

  async stop(): Promise<void> {
    this.options.wechaty.off('message', this.listener);
    this.options.wechaty.off('friendship', this.friendListener);
    await this.contacts.idle();
    await this.options.wechaty.stop();
  }

  /** Agent answers, surveys and notices, queued for `customer:wechat`; customerRef is the contact id. */
  /** `progress`: parts an earlier try sent (the text is part `text:0`; a photo added later gets its own), never sent twice. */
  async send(message: OutboundMessage, progress?: DeliveryProgress): Promise<{ externalRef?: string }> {
    if (progress?.done('text:0')) return {};
    const key = parseKey(message.customerRef);
    const query = key.kind === 'wx' ? { weixin: key.value } : key.kind === 'alias' ? { alias: key.value } : { id: key.value };
    const contact = await this.options.wechaty.Contact.find(query).catch((error: unknown) => {
      throw new UpstreamError('wechat_contact_lookup_failed', `Could not look up WeChat contact: ${describe(error)}`, { cause: error, retryable: true });
    });
    if (!contact) throw new UpstreamError('wechat_contact_not_found', `WeChat contact ${message.customerRef} is not among this account's contacts`);
    const sent = await this.say(contact, message.text);
    await progress?.sent('text:0');
    return { externalRef: sent };
  }

  private enqueue(message: MessageInterface): void {
    // Decided before queueing: it costs nothing and keeps un-addressed chatter out of the queue.
    if (message.self()) return this.options.onHandled?.(message.id, 'ignored_self');
    void this.contacts
      .run(message.talker().id, () => this.handle(message))
      .then((outcome) => this.options.onHandled?.(message.id, outcome))
      .catch((error: unknown) => {
        this.options.onError?.(error, { where: 'wechaty message', messageId: message.id });
        this.options.onHandled?.(message.id, 'failed');
      });
  }

  private async handle(message: MessageInterface): Promise<HandledOutcome> {
    const room = message.room();
    if (room && !(await message.mentionSelf())) return 'ignored_room';
    const talker = message.talker();
    // Official accounts and WeChat's system contacts are never answered.
    if (talker.type() === types.Contact.Official || SYSTEM_CONTACTS.has(talker.id) || talker.id.startsWith('gh_')) return 'ignored_official';
    const where: ContactInterface | RoomInterface = room ?? talker;
    const decision = this.limiter.take(talker.id);
    if (decision !== 'ok') {
      if (decision === 'slow_down') await this.say(where, SLOW_DOWN, room ? talker : undefined);
      return 'rate_limited';
    }
    let text = '';
    const attachments: Attachment[] = [];
    switch (message.type()) {
      case types.Message.Text:
        text = room ? await message.mentionText() : message.text();
        break;
      case types.Message.Image: {
        const box = await message.toFileBox();
        try {
          const saved = await saveImage(await box.toBuffer(), { dir: this.options.uploadsDir, maxBytes: this.options.maxImageBytes });
          attachments.push({ kind: 'image', ref: saved.path, mimeType: saved.mimeType, bytes: saved.bytes, name: box.name?.slice(0, 255) || undefined });
        } catch (error) {
          if (!isAppError(error) || error.kind !== 'validation') throw error;
          await this.say(where, error.message, room ? talker : undefined);
          return 'refused_image';
        }
        break;
      }
      case types.Message.Audio:
        // The bytes stay with WeChat: there is no speech service to give them to.
        attachments.push({ kind: 'audio', ref: `wechaty:${message.id}` });
        break;
      default:
        return 'unsupported'; // stickers, links, mini programs, transfers: nothing for an after-sales desk
    }
    if (!text.trim() && !attachments.length) return 'unsupported';
    const result = await this.onMessage!({
      channel: 'wechat',
      // The puppet's own id: a replay after restart carries the same one and is answered once.
      channelMessageId: message.id,
      customerRef: formatKey(await this.keyOf(talker)),
      customerName: talker.name()?.slice(0, 120) || undefined,
      text,
      attachments,
      receivedAt: (message.date() ?? this.options.clock.now()).toISOString(),
    });
    // A redelivery carries the first answer back; that answer was said already.
    if (!result.duplicate) for (const reply of result.replies) await this.say(where, reply.text, room ? talker : undefined);
    return result.duplicate ? 'duplicate' : result.replies.length ? 'answered' : 'relayed';
  }

  private keyOf(contact: ContactInterface): Promise<ContactKey> {
    let key = this.keys.get(contact.id);
    if (!key) {
      key = contactKey(contact, (action) => this.pacer.run(action));
      this.keys.set(contact.id, key);
      void key.then((k) => {
        if (k.kind === 'id')
          this.options.onLog?.(
            `微信联系人没有可长期使用的标识，重新登录后会被当作新客户 / WeChat contact has no stable key (no WeChat id from the puppet, no remark kept): after a re-login they will be a new customer`,
          );
      });
    }
    return key;
  }

  private async onFriendship(friendship: FriendshipInterface): Promise<void> {
    try {
      if (friendship.type() !== types.Friendship.Receive) return;
      const hello = friendship.hello() ?? '';
      const policy = this.options.friendPolicy ?? { mode: 'accept' };
      if (!shouldAccept(policy, hello)) {
        this.options.onLog?.(`好友申请未自动通过（策略 ${policy.mode}）/ Friend request left for a person (policy ${policy.mode})`);
        return;
      }
      await this.pacer.run(() => friendship.accept());
      this.options.onLog?.('已通过好友申请 / Friend request accepted');
    } catch (error) {
      this.options.onError?.(error, { where: 'wechaty friendship' });
    }
  }

  private async say(where: ContactInterface | RoomInterface, text: string, mention?: ContactInterface): Promise<string | undefined> {
    try {
      const sent = await this.pacer.run(() => (mention ? (where as RoomInterface).say(text, mention) : where.say(text)));
      return sent?.id;
    } catch (error) {
      throw new UpstreamError('wechat_send_failed', `WeChat refused the message: ${describe(error)}`, { cause: error, retryable: true });
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0]!.slice(0, 300);
  if (error && typeof error === 'object' && 'gerror' in error) return String(error.gerror).slice(0, 300);
  return String(error).slice(0, 300);
}
