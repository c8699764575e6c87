/**
 * `WechatOfficialChannel`: an official account's (公众号) message callback behind the `Channel`
 * port, channel name 'wechat_oa', customerRef = the customer's OpenID.
 *
 * WeChat waits five seconds for the answer to a callback, then retries the same MsgId (three
 * tries in all, about 15 s) and finally tells the customer the service is unavailable. A MsgId is
 * handled once however often it comes; every try gets the same answer once there is one. What
 * the account may do beyond the passive answer depends on its kind (WECHAT_ACCOUNT_KIND):
 * - verified: the passive answer when the bot has it within the reply window, otherwise
 *   "success" and customer-service messages (/cgi-bin/message/custom/send) through the outbox,
 *   under WeChat's rules (48 hours, 5 messages per customer message): a refused message is parked
 *   for that customer alone and sent when they write again. Photos always go that way.
 * - unverified: customer-service messages are refused (48001), so everything goes in passive
 *   answers. The first two tries wait for the bot without answering (WeChat retries); the last
 *   answers within the window, with a "send any message to get the answer" notice if the bot is
 *   still busy. What is owed (late answers, agents' messages, the rest of a long answer) goes out
 *   in the answers to the customer's next messages (passive-answer.ts).
 * Safe mode (encrypt_type=aes) and compatible mode are read with the account's EncodingAESKey,
 * and an encrypted request gets an encrypted answer.
 *
 * Every reply of the bot is committed with its outbox item, in the customer's lane, before
 * anything is sent (InboundMessage `relay`, bot/pipeline.ts), held while WeChat may still take it
 * passively. A passive answer marks it delivered once the HTTP answer went out; on a verified
 * account a reply not given passively is left to the relay (customer-service API, parked per
 * customer on 45047/45015); on an unverified one it stays owed (parked until the customer writes)
 * and goes out with their next message. A process that dies between commit and send loses
 * nothing: the relay (or the next passive answer) sends it once the hold is over, or WeChat's
 * retry of the MsgId gets it passively while it is still held (the core says it was never sent).
 */
import type { Request, Response } from 'express';
import { type Channel, type DeliveryProgress, type InboundHandler } from '../../bot/channel';
import { replyDeliveryKey } from '../../bot/customer-deliveries';
import type { InboundMessageInput, OutboundMessage } from '../../bot/messages';
import { PHRASES, type Lang } from '../../bot/phrases';
import type { TurnResult } from '../../bot/pipeline';
import { detectLanguage } from '../../bot/understanding/language';
import type { Clock } from '../../kernel/clock';
import { isAppError, UpstreamError, ValidationError } from '../../kernel/errors';
import { KeyedQueue } from './keyed-queue';
import type { OaCrypto } from './oa-crypto';
import { parseCallback, textReply, type Callback } from './oa-xml';
import { verifySignature, MAX_CALLBACK_AGE_MS } from './oa-signature';
import type { OwedReplies } from './passive-answer';
import { splitReply } from '../split-reply';
import { saveImage } from './upload-store';
import type { WechatApi } from './wechat-api';

export type AccountKind = 'verified' | 'unverified';

export interface WechatOfficialOptions {
  token: string;
  api: WechatApi;
  clock: Clock;
  uploadsDir: string;
  maxImageBytes: number;
  accountKind: AccountKind;
  /**
   * Verified: how long to wait for the bot before answering "success" and sending through the API
   * (0: always). Unverified: how long the last of WeChat's tries waits before the notice.
   */
  replyWindowMs: number;
  /** The account's EncodingAESKey, for safe and compatible mode. */
  crypto?: OaCrypto;
  /**
   * Queues a message of the channel's own (not committed by the bot: a photo it cannot take) for
   * the customer-service API, through the outbox so failures are retried (verified accounts).
   */
  queue(reply: OutboundMessage, key: string): Promise<void>;
  /** The bot's replies' outbox items (committed with the turn), by `replyDeliveryKey`. */
  replies: InlineReplies;
  /** Unverified accounts: what is owed to each customer, given in passive answers. */
  owed: OwedReplies;
  /** The customer wrote: anything parked for them may go now (verified accounts). */
  customerWrote?(customerRef: string): Promise<void>;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

/** What the channel does with the outbox item of a reply the bot committed. */
export interface InlineReplies {
  /**
   * The reply (or its first piece) went out in the HTTP answer: its item is delivered, and the
   * pieces that did not fit (`rest`) are queued in its place for the relay.
   */
  sentInline(key: string, rest: OutboundMessage[]): Promise<void>;
  /**
   * A retry of a message whose reply was committed but never sent: holds the item again for a
   * passive answer. False once its hold is over (the relay may be sending it already).
   */
  holdAgain(key: string, ms: number): Promise<boolean>;
  /** Verified accounts: the reply was not given inline, so the relay sends it now, through the API. */
  leaveToRelay(key: string): Promise<void>;
  /** Unverified accounts: the reply was not ready for any of WeChat's tries; it is owed until the customer writes. */
  owe(key: string): Promise<void>;
}

/** What the bot's work on one delivery gave. */
interface Work {
  /** Replies to give: the bot's (committed, with the outbox item `key`) or the channel's own notices. */
  messages: OutboundMessage[];
  /** The outbox key of the bot's reply; absent for events and the channel's own notices. */
  key?: string;
  /** A redelivered message whose committed reply was never sent (the process died before the send). */
  retried?: boolean;
}

/** One HTTP answer: the passive reply XML, or "success". */
interface Answer {
  xml: string;
  /** The committed reply this XML carries: marked delivered once the answer went out. */
  inline?: { key: string; rest: OutboundMessage[] };
}

/** What became of one delivery, remembered while WeChat may still retry it. */
interface Delivery {
  at: number;
  tries: number;
  /** The bot's replies to it (none for events it does not answer). */
  work: Promise<Work>;
  /** The HTTP answer once decided: every later try gets the same. */
  answer?: Promise<Answer>;
}

const REMEMBER_MS = 2 * 60_000;
/** WeChat tries a callback three times. */
const WECHAT_TRIES = 3;
/** WeChat waits this long for each try's answer; a reply held longer can only go another way. */
const WECHAT_WAIT_MS = 5_000;
const SUCCESS: Answer = { xml: 'success' };

export class WechatOfficialChannel implements Channel {
  readonly name = 'wechat_oa';
  private onMessage?: InboundHandler;
  private readonly deliveries = new Map<string, Delivery>();
  private readonly background = new Set<Promise<unknown>>();
  /** One customer's turns run one after another (see KeyedQueue). */
  private readonly turns = new KeyedQueue();
  /** The language of each customer's last message, for the notices the channel itself gives. */
  private readonly languages = new Map<string, Lang>();

  constructor(private readonly options: WechatOfficialOptions) {}

  async start(onMessage: InboundHandler): Promise<void> {
    this.onMessage = onMessage;
  }

  async stop(): Promise<void> {
    // Let answers already on their way reach the outbox.
    await Promise.allSettled([...this.background]);
    this.onMessage = undefined;
  }

  /** Customer-service message (verified accounts); an unverified account can only answer when the customer writes. */
  async send(message: OutboundMessage, progress?: DeliveryProgress): Promise<{ externalRef?: string }> {
    if (this.options.accountKind === 'unverified') {
      throw new UpstreamError('wechat_api_48001', 'Unverified official account: messages are given when the customer next writes', { retryable: false });
    }
    // One text over 2048 bytes is refused (45002): long messages go in pieces, in order; a retry
    // after a refused piece (45047 on the fifth) resends none of those that went.
    for (const [i, text] of splitReply(message.text).entries()) {
      if (progress?.done(`text:${i}`)) continue;
      await this.options.api.sendText(message.customerRef, text);
      await progress?.sent(`text:${i}`);
    }
    return {};
  }

  /** GET: WeChat's URL check (echo `echostr` when the signature is right). */
  verify = (req: Request, res: Response): void => {
    if (!this.signed(req, res)) return;
    const echo = req.query.echostr;
    if (typeof echo !== 'string' || !echo || echo.length > 200) {
      res.status(400).type('text/plain').send('missing echostr / 缺少 echostr');
      return;
    }
    res.type('text/plain').send(echo);
  };

  /** POST: one message or event from a customer. */
  receive = async (req: Request, res: Response): Promise<void> => {
    const encrypted = req.query.encrypt_type === 'aes';
    if (!encrypted && !this.signed(req, res)) return;
    if (!this.onMessage) {
      res.status(503).type('text/plain').send('not started');
      return;
    }
    let callback: Callback;
    try {
      callback = parseCallback(encrypted ? this.decrypted(req) : typeof req.body === 'string' ? req.body : '');
    } catch (error) {
      if (!isAppError(error)) throw error;
      res
        .status(error.code === 'wechat_signature' ? 401 : 400)
        .type('text/plain')
        .send(error.message);
      return;
    }
    const now = this.options.clock.now().getTime();
    for (const [key, d] of this.deliveries) if (now - d.at > REMEMBER_MS) this.deliveries.delete(key);
    const key = callback.MsgType === 'event' ? `event:${callback.FromUserName}:${callback.CreateTime}:${callback.Event}` : `msg:${callback.MsgId ?? `${callback.FromUserName}:${callback.CreateTime}`}`;
    let delivery = this.deliveries.get(key);
    if (!delivery) {
      delivery = { at: now, tries: 0, work: this.track(this.begin(callback), callback) };
      this.deliveries.set(key, delivery);
    }
    delivery.tries++;
    try {
      const answer = delivery.answer ? await delivery.answer : await this.decide(delivery, callback, res);
      if (answer === undefined) return; // held: WeChat gives up on this try and comes back
      const body = encrypted && answer.xml !== 'success' ? this.encryptedAnswer(answer.xml) : answer.xml;
      if (!res.headersSent && !res.writableEnded) {
        res.type('application/xml').send(body);
        // Delivered only once the answer is out: a process that dies first leaves the reply owed.
        const inline = answer.inline;
        if (inline) {
          res.once('finish', () => void this.options.replies.sentInline(inline.key, inline.rest).catch((error: unknown) => this.options.onError?.(error, { where: 'wechat_oa passive reply', key })));
        }
      }
    } catch (error) {
      this.deliveries.delete(key);
      this.options.onError?.(error, { where: 'wechat_oa callback', key });
      // Failing the request makes WeChat retry, and the core has the message stored by then.
      if (!res.headersSent) res.status(500).type('text/plain').send('temporarily unavailable');
    }
  };

  private signed(req: Request, res: Response): boolean {
    const verdict = verifySignature(this.options.token, req.query, this.options.clock.now());
    if (verdict === 'ok') return true;
    res
      .status(401)
      .type('text/plain')
      .send(`signature ${verdict} / 签名${verdict === 'stale' ? '已过期' : verdict === 'missing' ? '缺失' : '错误'}`);
    return false;
  }

  /** Safe or compatible mode: check msg_signature over the ciphertext, then decrypt (the AppID is checked too). */
  private decrypted(req: Request): string {
    const crypto = this.options.crypto;
    if (!crypto) throw new ValidationError('wechat_not_encrypted', 'Encrypted callback, but WECHAT_OA_AES_KEY is not set / 收到加密消息，但未配置 WECHAT_OA_AES_KEY');
    const { msg_signature: signature, timestamp, nonce } = req.query;
    const body = typeof req.body === 'string' ? req.body : '';
    const encrypt = /<Encrypt><!\[CDATA\[([A-Za-z0-9+/=]{1,200000})\]\]><\/Encrypt>/.exec(body)?.[1] ?? /<Encrypt>([A-Za-z0-9+/=]{1,200000})<\/Encrypt>/.exec(body)?.[1];
    if (typeof signature !== 'string' || typeof timestamp !== 'string' || typeof nonce !== 'string' || !/^\d{1,12}$/.test(timestamp)) {
      throw new ValidationError('wechat_signature', 'msg_signature missing / 缺少 msg_signature');
    }
    if (!encrypt) throw new ValidationError('wechat_xml_invalid', 'Encrypted callback without <Encrypt>');
    if (!crypto.verify(signature, timestamp, nonce, encrypt)) throw new ValidationError('wechat_signature', 'msg_signature bad / 签名错误');
    if (Math.abs(this.options.clock.now().getTime() - Number(timestamp) * 1000) > MAX_CALLBACK_AGE_MS) throw new ValidationError('wechat_signature', 'msg_signature stale / 签名已过期');
    return crypto.decrypt(encrypt);
  }

  private encryptedAnswer(xml: string): string {
    const crypto = this.options.crypto!;
    const timestamp = String(Math.floor(this.options.clock.now().getTime() / 1000));
    const nonce = String(Math.floor(Math.random() * 1e10));
    const encrypt = crypto.encrypt(xml);
    return `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt><MsgSignature><![CDATA[${crypto.signature(timestamp, nonce, encrypt)}]]></MsgSignature><TimeStamp>${timestamp}</TimeStamp><Nonce><![CDATA[${nonce}]]></Nonce></xml>`;
  }

  /** Starts the bot's work on a new delivery; resolves with its replies (none for a retry the core recognised). */
  private async begin(callback: Callback): Promise<Work> {
    switch (callback.MsgType) {
      case 'event':
        // Following the account is the moment to say who is answering (an automated assistant).
        if (callback.Event === 'subscribe') return { messages: [this.notice(callback, `${PHRASES.disclosure.zh}\n${PHRASES.disclosure.en}`)] };
        return { messages: [] }; // unsubscribe, menu clicks, location reports: nothing to answer
      case 'other':
        return { messages: [] };
      case 'image': {
        let inbound: InboundMessageInput;
        try {
          const bytes = await this.options.api.downloadMedia(callback.MediaId, this.options.maxImageBytes, callback.PicUrl);
          const saved = await saveImage(bytes, { dir: this.options.uploadsDir, maxBytes: this.options.maxImageBytes });
          inbound = this.inbound(callback, callback.MsgId, '', [{ kind: 'image', ref: saved.path, mimeType: saved.mimeType, bytes: saved.bytes }]);
        } catch (error) {
          if (!isAppError(error) || error.kind !== 'validation') throw error;
          // A picture we cannot take (too big, not an image): say why, in the customer's chat.
          return { messages: [this.notice(callback, error.message)] };
        }
        return this.turn(inbound);
      }
      case 'voice':
        // WeChat is retiring its speech recognition; a voice note without words asks the customer to type.
        return this.turn(
          callback.Recognition?.trim()
            ? this.inbound(callback, callback.MsgId, callback.Recognition.trim(), [])
            : this.inbound(callback, callback.MsgId, '', [
                { kind: 'audio', ref: `wechat-media:${callback.MediaId}`, mimeType: callback.Format ? `audio/${callback.Format.toLowerCase()}` : undefined },
              ]),
        );
      case 'text':
        this.languages.set(callback.FromUserName, detectLanguage(callback.Content).replyLanguage);
        return this.turn(this.inbound(callback, callback.MsgId, callback.Content, []));
    }
  }

  private async turn(inbound: InboundMessageInput): Promise<Work> {
    await this.options.customerWrote?.(inbound.customerRef);
    const result: TurnResult = await this.turns.run(inbound.customerRef, () => this.onMessage!(inbound));
    const key = replyDeliveryKey(inbound.channel, inbound.channelMessageId);
    if (!result.duplicate) return { messages: result.replies, key };
    // A redelivery gets nothing twice, unless its reply was committed and never sent.
    return result.unsent ? { messages: result.replies, key, retried: true } : { messages: [] };
  }

  /** The HTTP answer to this try, or undefined to hold it unanswered (WeChat will try again). */
  private async decide(delivery: Delivery, callback: Callback, res: Response): Promise<Answer | undefined> {
    const openId = callback.FromUserName;
    const window = this.options.replyWindowMs;

    if (this.options.accountKind === 'verified') {
      const viaApi = () => {
        void this.track(
          delivery.work.then((work) => this.viaApi(work, callback)),
          callback,
        ).catch(() => undefined);
        return SUCCESS;
      };
      // Photos take longer than the window (download and OCR): always through the API.
      if (callback.MsgType === 'image') return (delivery.answer = Promise.resolve(viaApi()));
      const ready = window > 0 ? await within(delivery.work, window) : undefined;
      if (delivery.answer) return delivery.answer; // another try decided meanwhile
      if (!ready) return (delivery.answer = Promise.resolve(viaApi()));
      return (delivery.answer = this.passive(ready.messages, callback));
    }

    // Unverified: only passive answers. Earlier tries wait for the bot as long as WeChat keeps the request open.
    const reply = (work: Work, notice?: string) =>
      // The bot's replies are in the outbox by now (committed with the turn), oldest first with
      // anything owed from before; only the channel's own notices are given from here.
      this.options.owed
        .answer(openId, work.key ? [] : work.messages, PHRASES.moreToCome[this.lang(openId)], notice)
        .then((text): Answer => (text ? { xml: textReply(callback, text, this.options.clock.now()) } : SUCCESS));
    const last = delivery.tries >= WECHAT_TRIES;
    const ready = last ? await within(delivery.work, window) : await untilClosed(delivery.work, res);
    if (delivery.answer) return delivery.answer;
    if (ready) return (delivery.answer = reply(ready.messages));
    if (!last) return undefined;
    delivery.answer = reply({ messages: [] }, PHRASES.answerPending[this.lang(openId)]);
    // Owed once ready: given with the customer's next message.
    void this.track(
      delivery.answer.then(() => delivery.work).then((work) => (work.key ? this.options.replies.owe(work.key) : this.options.owed.owe(openId, work.messages))),
      callback,
    ).catch(() => undefined);
    return delivery.answer;
  }

  /**
   * Verified accounts: the reply in the HTTP answer, its first piece if it is over 2048 bytes (the
   * rest goes through the API, in order). A redelivery whose reply was never sent gets it only
   * while its item is still held, so it is never given both passively and by the relay.
   */
  private async passive(work: Work, callback: Callback): Promise<Answer> {
    // Held again for the tries still to come, like a fresh reply (see holdMs).
    if (work.retried && !(work.key && (await this.options.replies.holdAgain(work.key, WECHAT_TRIES * WECHAT_WAIT_MS)))) return SUCCESS;
    const pieces = work.messages.flatMap((m) => splitReply(m.text).map((text) => ({ ...m, text })));
    const [first, ...rest] = pieces;
    if (!first) return SUCCESS;
    const xml = textReply(callback, first.text, this.options.clock.now());
    if (work.key) return { xml, inline: { key: work.key, rest } };
    if (rest.length) void this.track(this.queueAll(rest, callback), callback).catch(() => undefined);
    return { xml };
  }

  /** Verified accounts: what was not given passively goes through the customer-service API. */
  private async viaApi(work: Work, callback: Callback): Promise<void> {
    if (work.key) await this.options.replies.leaveToRelay(work.key);
    else await this.queueAll(work.messages, callback);
  }

  private lang(openId: string): Lang {
    return this.languages.get(openId) ?? 'zh';
  }

  private async queueAll(messages: OutboundMessage[], callback: Callback): Promise<void> {
    const key = `${callback.FromUserName}:${'MsgId' in callback && callback.MsgId ? callback.MsgId : callback.CreateTime}`;
    for (const [i, reply] of messages.entries()) await this.options.queue(reply, `reply:${key}:${i}`);
  }

  /**
   * A message of the channel's own (greeting, a photo it cannot take), shaped like the bot's. It
   * belongs to no stored conversation; kind 'notice' keeps it off the desks (mount-wechat-official.ts).
   */
  private notice(callback: Callback, text: string): OutboundMessage {
    return { channel: 'wechat_oa', customerRef: callback.FromUserName, conversationId: 1, kind: 'notice', text };
  }

  private inbound(callback: Callback, msgId: string, text: string, attachments: InboundMessageInput['attachments']): InboundMessageInput {
    return {
      channel: 'wechat_oa',
      channelMessageId: msgId,
      customerRef: callback.FromUserName,
      text,
      attachments,
      receivedAt: new Date(Number(callback.CreateTime) * 1000).toISOString(),
      relay: { holdMs: this.holdMs(callback) },
    };
  }

  /**
   * How long a reply's outbox item waits for a passive answer before the relay may take it: all
   * of WeChat's tries (photos on a verified account: none, they always go through the API). On a
   * verified account a passive answer, once decided, is given to every later try of the message
   * (WeChat tries again only when it did not get the earlier answer), so the item must stay held
   * until the last try is over: with a hold of one try's wait, a reply ready just after two tries
   * gave up was sent by the relay and then given again to the third try (test/wechat/passive-race.test.ts).
   * A reply not given passively is released to the relay at once (`leaveToRelay`), so the long
   * hold only delays a reply whose process died before sending it.
   */
  private holdMs(callback: Callback): number {
    if (this.options.accountKind === 'verified' && callback.MsgType === 'image') return 0;
    return WECHAT_TRIES * WECHAT_WAIT_MS;
  }

  private track<T>(work: Promise<T>, callback?: Callback): Promise<T> {
    const settled = work.catch((error: unknown) => {
      this.options.onError?.(error, { where: 'wechat_oa turn', from: callback?.FromUserName });
      throw error;
    });
    const quiet = settled.catch(() => undefined);
    this.background.add(quiet);
    void quiet.finally(() => this.background.delete(quiet));
    return settled;
  }
}

async function within<T>(work: Promise<T>, ms: number): Promise<{ messages: T } | undefined> {
  return Promise.race([work.then((messages) => ({ messages })), sleep(ms).then(() => undefined)]);
}

/** The work's result, or undefined once the caller (WeChat) hangs up first. */
async function untilClosed<T>(work: Promise<T>, res: Response): Promise<{ messages: T } | undefined> {
  if (res.writableEnded || res.destroyed) return undefined;
  const closed = new Promise<undefined>((resolve) => res.once('close', () => resolve(undefined)));
  const result = await Promise.race([work.then((messages) => ({ messages })), closed]);
  // Answered into a closed connection, a ready answer is still remembered for the next try.
  return result;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
