/**
 * `WecomChannel`: 微信客服 (WeChat customer service, run through WeCom) behind the `Channel` port,
 * channel name 'wecom', customerRef = the customer's external_userid.
 *
 * WeCom's callback carries no message, only an encrypted nudge (kf_msg_or_event) with a token; the
 * messages are pulled with kf/sync_msg from a cursor. The cursor is saved only after every message
 * before it was handled, so a crash repeats at most a page, and the core answers a repeated msgid
 * once (it is the message's channel id). Replies leave through the outbox (kf/send_msg), within
 * WeCom's rules: at most five messages within 48 hours of the customer's last message. A message
 * past either rule is refused as not retryable, so the relay parks it for that customer alone.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response } from 'express';
import type { Channel, DeliveryProgress, InboundHandler } from '../../bot/channel';
import type { InboundMessageInput, OutboundMessage } from '../../bot/messages';
import type { Lang } from '../../bot/phrases';
import type { Clock } from '../../kernel/clock';
import { isAppError, UpstreamError, ValidationError } from '../../kernel/errors';
import { saveImage } from '../upload-store';
import { splitReply } from '../split-reply';
import type { SyncedMessage, WecomApi } from './wecom-api';
import { parseEnvelope, parseEvent } from './wecom-callback';
import type { WecomCrypto } from './wecom-crypto';
import { MEDIA_EXPIRED, wecomErrcode } from './wecom-refusals';
import type { WecomState } from './wecom-state';

export const WINDOW_MS = 48 * 3_600_000;
export const MESSAGES_PER_WINDOW = 5;
const CUSTOMER = 3;
/** A welcome_code may be used once, within 20 seconds of the enter_session event (document/path/96428). */
export const WELCOME_CODE_MS = 20_000;
/** WeCom's documented limit for the text of one kf/send_msg message (bytes, UTF-8). */
const WECOM_TEXT_MAX_BYTES = 2048;

export interface WecomChannelOptions {
  crypto: WecomCrypto;
  api: WecomApi;
  state: WecomState;
  clock: Clock;
  uploadsDir: string;
  maxImageBytes: number;
  /** The 微信客服 accounts answered here; callbacks for others are acknowledged and left alone. Pulled at start. */
  openKfIds: string[];
  /** Messages per kf/sync_msg page (WeCom allows up to 1000). */
  pageSize?: number;
  /** A callback whose timestamp is further off than this is refused as a possible replay. */
  maxAgeMs?: number;
  /** After a failed pull, try again this much later even if no callback comes. */
  retryMs?: number;
  /** Queues a reply for kf/send_msg through the outbox (the key makes a repeated turn queue nothing new). */
  queue(reply: OutboundMessage, key: string): Promise<void>;
  /** The text sent with an enter_session welcome_code, per language; absent: no welcome. */
  welcome?: { zh: string; en: string };
  /** The language of the customer's last conversation here, if there is one (for the welcome). */
  customerLanguage?(externalUserId: string): Promise<Lang | undefined>;
  /** The customer wrote: what was parked for them may go now (their window is open again). */
  customerWrote?(externalUserId: string): Promise<void>;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

interface Pull {
  running: Promise<void>;
  again?: { token?: string };
}

export class WecomChannel implements Channel {
  readonly name = 'wecom';
  private onMessage?: InboundHandler;
  private readonly pulls = new Map<string, Pull>();
  private readonly retries = new Map<string, NodeJS.Timeout>();
  private stopped = true;

  constructor(private readonly options: WecomChannelOptions) {}

  async start(onMessage: InboundHandler): Promise<void> {
    this.onMessage = onMessage;
    this.stopped = false;
    // Whatever arrived while we were down: WeCom does not call again for it.
    for (const kfid of this.options.openKfIds) void this.pull(kfid);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    await Promise.allSettled([...this.pulls.values()].map((p) => p.running));
    this.onMessage = undefined;
  }

  /** Pulls everything new for one account; a pull already running pulls again when it ends. */
  pull(openKfId: string, token?: string): Promise<void> {
    const current = this.pulls.get(openKfId);
    if (current) {
      current.again = { token };
      return current.running;
    }
    const entry: Pull = { running: Promise.resolve() };
    entry.running = (async () => {
      let next: { token?: string } | undefined = { token };
      while (next && !this.stopped) {
        entry.again = undefined;
        try {
          await this.pullAll(openKfId, next.token);
        } catch (error) {
          this.options.onError?.(error, { where: 'wecom pull', openKfId });
          this.retryLater(openKfId);
        }
        next = entry.again;
      }
    })().finally(() => this.pulls.delete(openKfId));
    this.pulls.set(openKfId, entry);
    return entry.running;
  }

  /** GET: WeCom's URL check. The echostr is encrypted; the answer is its plaintext. */
  verify = (req: Request, res: Response): void => {
    const q = queryOf(req);
    if (!q.echostr) return void res.status(400).type('text/plain').send('missing echostr / 缺少 echostr');
    if (!this.signed(q, q.echostr, res)) return;
    try {
      res.type('text/plain').send(this.options.crypto.decrypt(q.echostr));
    } catch (error) {
      if (!isAppError(error)) throw error;
      res.status(400).type('text/plain').send(error.message);
    }
  };

  /** POST: an encrypted event. Answered at once ("success"); the pull runs after. */
  receive = async (req: Request, res: Response): Promise<void> => {
    const q = queryOf(req);
    let event;
    try {
      const { encrypted } = parseEnvelope(typeof req.body === 'string' ? req.body : '');
      if (!this.signed(q, encrypted, res)) return;
      event = parseEvent(this.options.crypto.decrypt(encrypted));
    } catch (error) {
      if (!isAppError(error)) throw error;
      return void res.status(400).type('text/plain').send(error.message);
    }
    if (this.stopped) return void res.status(503).type('text/plain').send('not started');
    res.type('text/plain').send('success');
    if (event.MsgType !== 'event' || event.Event !== 'kf_msg_or_event' || !event.OpenKfId) return;
    if (this.options.openKfIds.length && !this.options.openKfIds.includes(event.OpenKfId)) return;
    void this.pull(event.OpenKfId, event.Token);
  };

  /**
   * kf/send_msg within WeCom's window: the text, then any photos (an agent's), each counted. Each
   * part is recorded in `progress` once sent, so a retry (say, after the photo failed) sends only
   * what did not go: the customer never gets the text twice.
   */
  async send(message: OutboundMessage, progress?: DeliveryProgress): Promise<{ externalRef?: string }> {
    let ref: string | undefined;
    // kf/send_msg takes at most 2048 bytes of text: a long answer goes as several messages, in order, each counted.
    for (const [i, piece] of (message.text ? splitReply(message.text, WECOM_TEXT_MAX_BYTES) : []).entries()) {
      if (progress?.done(`text:${i}`)) continue;
      const openKfId = await this.mayMessage(message.customerRef);
      ref = await this.options.api.sendMessage({ openKfId, toUser: message.customerRef, text: piece });
      await this.options.state.countSent(message.customerRef);
      await progress?.sent(`text:${i}`);
    }
    for (const [i, attachment] of (message.attachments ?? []).entries()) {
      if (attachment.kind !== 'image' || progress?.done(`image:${i}`)) continue;
      const kfid = await this.mayMessage(message.customerRef);
      const file = this.insideUploads(attachment.ref);
      const bytes = await fs.readFile(file);
      const upload = () => this.options.api.uploadImage(bytes, path.basename(file), attachment.mimeType ?? 'image/jpeg');
      const mediaId = await upload();
      try {
        await this.options.api.sendMessage({ openKfId: kfid, toUser: message.customerRef, imageMediaId: mediaId });
      } catch (error) {
        // A media_id lasts three days (40007 once stale): the file is ours, so upload it afresh once.
        if (wecomErrcode(error) !== MEDIA_EXPIRED) throw error;
        await this.options.api.sendMessage({ openKfId: kfid, toUser: message.customerRef, imageMediaId: await upload() });
      }
      await this.options.state.countSent(message.customerRef);
      await progress?.sent(`image:${i}`);
    }
    return { externalRef: ref };
  }

  /** The account to send through, or a refusal no retry can cure until the customer writes again. */
  private async mayMessage(customerRef: string): Promise<string> {
    const window = await this.options.state.window(customerRef);
    if (!window) throw new UpstreamError('wecom_never_wrote', 'WeCom: this customer has not written to a 微信客服 account here, so nothing can be sent', { retryable: false });
    if (this.options.clock.now().getTime() - window.lastInboundAt.getTime() > WINDOW_MS) {
      throw new UpstreamError('wecom_window_closed', 'WeCom: more than 48 hours since the customer last wrote; they must write first / 距客户上次发消息已超过48小时，需客户先发消息', {
        retryable: false,
      });
    }
    if (window.sentSince >= MESSAGES_PER_WINDOW) {
      throw new UpstreamError('wecom_message_limit', `WeCom: ${MESSAGES_PER_WINDOW} messages already sent since the customer last wrote; they must write first / 已达5条上限，需客户先发消息`, {
        retryable: false,
      });
    }
    return window.openKfId;
  }

  private insideUploads(ref: string): string {
    const file = path.resolve(ref);
    const root = path.resolve(this.options.uploadsDir);
    if (!file.startsWith(root + path.sep)) throw new UpstreamError('wecom_attachment_outside_uploads', 'WeCom: a photo to send must be under the uploads folder', { retryable: false });
    return file;
  }

  private async pullAll(openKfId: string, token?: string): Promise<void> {
    const limit = this.options.pageSize ?? 1000;
    for (;;) {
      if (this.stopped) return;
      const cursor = await this.options.state.cursor(openKfId);
      const page = await this.options.api.syncMessages({ openKfId, cursor, token, limit });
      if (page.malformed) this.options.onError?.(new Error(`${page.malformed} kf/sync_msg records did not parse`), { where: 'wecom pull', openKfId });
      for (const message of page.messages) {
        // Stopping mid-page leaves the cursor where it was: the rest comes again and repeats are answered once.
        if (this.stopped) return;
        await this.handle(message);
      }
      // Another instance moved the cursor meanwhile: it is ahead and goes on from there.
      if (page.nextCursor && !(await this.options.state.saveCursor(openKfId, page.nextCursor, this.options.clock.now(), cursor))) return;
      if (!page.hasMore) return;
    }
  }

  private async handle(message: SyncedMessage): Promise<void> {
    if (message.event?.event_type === 'enter_session' && message.event.welcome_code) return this.welcome(message, message.event.welcome_code);
    // System events (origin 4) and what WeCom's own servicers wrote (origin 5) are not the bot's to answer.
    if (message.origin !== CUSTOMER || !message.external_userid) {
      if (message.event?.event_type === 'msg_send_fail') this.options.onError?.(new Error('WeCom reports a message was not delivered'), { where: 'wecom event', msgid: message.msgid });
      return;
    }
    if (this.options.openKfIds.length && !this.options.openKfIds.includes(message.open_kfid)) return;
    const customerRef = message.external_userid;
    await this.options.state.customerWrote(customerRef, message.open_kfid, new Date(message.send_time * 1000));
    await this.options.customerWrote?.(customerRef);
    let inbound: InboundMessageInput;
    try {
      inbound = await this.inbound(message, customerRef);
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      // A picture we cannot take (too big, not an image) or a kind we cannot read: say so in the chat.
      await this.notice(customerRef, error.message);
      return;
    }
    let result;
    try {
      result = await this.onMessage!(inbound);
    } catch (error) {
      // A message the core refuses as invalid will never pass: skip it rather than block the account.
      if (isAppError(error) && error.kind === 'validation') return void this.options.onError?.(error, { where: 'wecom turn', msgid: message.msgid });
      throw error;
    }
    // A repeat (pulled again after a restart) gets its earlier answer queued under the same keys: nothing new is sent.
    for (const [i, reply] of result.replies.entries()) await this.options.queue(reply, `reply:${message.msgid}:${i}`);
  }

  private async inbound(message: SyncedMessage, customerRef: string): Promise<InboundMessageInput> {
    const base = { channel: 'wecom' as const, channelMessageId: message.msgid, customerRef, receivedAt: new Date(message.send_time * 1000).toISOString() };
    switch (message.msgtype) {
      case 'text':
        return { ...base, text: message.text?.content ?? '', attachments: [] };
      case 'image': {
        if (!message.image) break;
        const bytes = await this.options.api.downloadMedia(message.image.media_id, this.options.maxImageBytes).catch((error: unknown) => {
          // Pulled days late (after a long outage), the photo's media is gone: ask for it again rather than stall the pull.
          if (wecomErrcode(error) !== MEDIA_EXPIRED) throw error;
          throw new ValidationError('wecom_media_expired', '这张图片已过期，无法读取，请重新发送一次。/ This photo has expired and cannot be read; please send it again.');
        });
        const saved = await saveImage(bytes, { dir: this.options.uploadsDir, maxBytes: this.options.maxImageBytes, prefix: 'wecom' });
        return { ...base, text: '', attachments: [{ kind: 'image', ref: saved.path, mimeType: saved.mimeType, bytes: saved.bytes }] };
      }
      case 'voice':
        // The core asks for words: voice notes are not transcribed here.
        if (message.voice) return { ...base, text: '', attachments: [{ kind: 'audio', ref: `wecom-media:${message.voice.media_id}`, mimeType: 'audio/amr' }] };
        break;
    }
    throw new ValidationError('wecom_unreadable_kind', '目前只能读文字和图片，请用文字描述问题，或发照片。/ I can read text and photos only; please describe the problem in words or send a photo.');
  }

  /**
   * The customer opened the chat (enter_session): WeCom gives a welcome_code for one message when
   * they have neither had a welcome nor written in 48 hours. Sent at once, in the language of their
   * last conversation (Chinese when unknown), never through the outbox: the code is single-use and
   * lasts 20 seconds, so a code pulled late (after a restart) is not tried, and a failure is logged,
   * not retried.
   */
  private async welcome(message: SyncedMessage, code: string): Promise<void> {
    const texts = this.options.welcome;
    if (!texts) return;
    if (this.options.openKfIds.length && !this.options.openKfIds.includes(message.open_kfid)) return;
    const age = this.options.clock.now().getTime() - message.send_time * 1000;
    if (age > WELCOME_CODE_MS) return;
    const customer = message.event?.external_userid ?? message.external_userid;
    try {
      const lang = (customer ? await this.options.customerLanguage?.(customer) : undefined) ?? 'zh';
      await this.options.api.sendOnEvent({ code, text: texts[lang] });
    } catch (error) {
      this.options.onError?.(error, { where: 'wecom welcome', msgid: message.msgid });
    }
  }

  /** A direct word to the customer outside a turn (within the same window rules). */
  private async notice(customerRef: string, text: string): Promise<void> {
    try {
      const openKfId = await this.mayMessage(customerRef);
      await this.options.api.sendMessage({ openKfId, toUser: customerRef, text });
      await this.options.state.countSent(customerRef);
    } catch (error) {
      this.options.onError?.(error, { where: 'wecom notice' });
    }
  }

  private signed(q: Record<string, string | undefined>, encrypted: string, res: Response): boolean {
    const { msg_signature: signature, timestamp, nonce } = q;
    if (!signature || !timestamp || !nonce) {
      res.status(401).type('text/plain').send('signature missing / 签名缺失');
      return false;
    }
    const age = Math.abs(this.options.clock.now().getTime() - Number(timestamp) * 1000);
    if (!(age <= (this.options.maxAgeMs ?? 5 * 60_000))) {
      res.status(401).type('text/plain').send('signature stale / 签名已过期');
      return false;
    }
    if (!this.options.crypto.verify(signature, timestamp, nonce, encrypted)) {
      res.status(401).type('text/plain').send('signature bad / 签名错误');
      return false;
    }
    return true;
  }

  private retryLater(openKfId: string): void {
    if (this.stopped || this.retries.has(openKfId)) return;
    const timer = setTimeout(() => {
      this.retries.delete(openKfId);
      void this.pull(openKfId);
    }, this.options.retryMs ?? 30_000);
    timer.unref?.();
    this.retries.set(openKfId, timer);
  }
}

function queryOf(req: Request): Record<string, string | undefined> {
  const pick = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : undefined);
  return { msg_signature: pick('msg_signature'), timestamp: pick('timestamp'), nonce: pick('nonce'), echostr: pick('echostr') };
}
