/**
 * `WechatOfficialChannel`: an official account's (公众号) message callback behind the `Channel`
 * port, channel name 'wechat_oa', customerRef = the customer's OpenID.
 *
 * WeChat waits five seconds for the answer to a callback, then retries the same MsgId (three
 * tries in all) and finally tells the customer the service is unavailable. So the answer goes
 * back in the HTTP response (a passive reply) when the bot has it within the reply window;
 * otherwise the response is "success" (empty) and the answer is queued for the customer-service
 * message API. Photos always take the second path: downloading and reading a receipt takes
 * longer than the window. A retry is never handled a second time: while the first delivery is
 * known, it gets the first one's answer; later, the core recognises the MsgId.
 *
 * Every reply is committed with its outbox item before anything is sent (bot/pipeline.ts), held
 * for WeChat's five seconds: a passive answer marks it delivered once the HTTP answer went out; a
 * reply not ready in the window is released to the relay, which sends it through the API. If the
 * process dies between commit and send, the relay sends it when the hold ends, or WeChat's retry
 * of the MsgId gets it passively (the core says it was never sent).
 */
import type { Request, Response } from 'express';
import { replyDeliveryKey, type Channel, type InboundHandler } from '../../bot/channel';
import type { InboundMessageInput, OutboundMessage } from '../../bot/messages';
import { PHRASES } from '../../bot/phrases';
import type { Clock } from '../../kernel/clock';
import { isAppError } from '../../kernel/errors';
import { KeyedQueue } from './keyed-queue';
import { parseCallback, textReply, type Callback } from './oa-xml';
import { verifySignature } from './oa-signature';
import { saveImage } from './upload-store';
import type { WechatApi } from './wechat-api';

export interface WechatOfficialOptions {
  token: string;
  api: WechatApi;
  clock: Clock;
  uploadsDir: string;
  maxImageBytes: number;
  /** How long to wait for the bot before answering "success" and sending through the API (0: always). */
  replyWindowMs: number;
  /** The replies' outbox items (committed with the turn), by `replyDeliveryKey`. */
  replies: InlineReplies;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

/** What the channel does with a reply's outbox item. */
export interface InlineReplies {
  /** The reply went out in the HTTP answer: its item is delivered (the relay will not send it). */
  sentInline(key: string): Promise<void>;
  /**
   * A retry of a message whose reply was committed but never sent: holds the item again for a
   * passive answer. False once its hold is over (the relay may be sending it already).
   */
  holdAgain(key: string, ms: number): Promise<boolean>;
  /** The reply was not given inline: the relay sends it now, through the API. */
  leaveToRelay(key: string): Promise<void>;
}

/** What became of one delivery, remembered while WeChat may still retry it. */
interface Delivery {
  at: number;
  /** The HTTP answer: the passive reply XML, or "success" once the answer went to the API. */
  answer: Promise<Answer>;
}

interface Answer {
  xml: string;
  /** The key of the reply this XML carries, marked delivered once the answer went out. */
  inline?: string;
}

/** WeChat waits this long for a passive answer; a reply held longer can only go through the API. */
const WECHAT_WAIT_MS = 5_000;

const REMEMBER_MS = 2 * 60_000;

export class WechatOfficialChannel implements Channel {
  readonly name = 'wechat_oa';
  private onMessage?: InboundHandler;
  private readonly deliveries = new Map<string, Delivery>();
  private readonly background = new Set<Promise<unknown>>();
  /** One customer's turns run one after another (see KeyedQueue). */
  private readonly turns = new KeyedQueue();

  constructor(private readonly options: WechatOfficialOptions) {}

  async start(onMessage: InboundHandler): Promise<void> {
    this.onMessage = onMessage;
  }

  async stop(): Promise<void> {
    // Let answers already on their way reach the outbox.
    await Promise.allSettled([...this.background]);
    this.onMessage = undefined;
  }

  async send(message: OutboundMessage): Promise<{ externalRef?: string }> {
    await this.options.api.sendText(message.customerRef, message.text);
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
    if (!this.signed(req, res)) return;
    if (!this.onMessage) {
      res.status(503).type('text/plain').send('not started');
      return;
    }
    let callback: Callback;
    try {
      callback = parseCallback(typeof req.body === 'string' ? req.body : '');
    } catch (error) {
      if (!isAppError(error)) throw error;
      res.status(400).type('text/plain').send(error.message);
      return;
    }
    const now = this.options.clock.now().getTime();
    for (const [key, d] of this.deliveries) if (now - d.at > REMEMBER_MS) this.deliveries.delete(key);
    const key = callback.MsgType === 'event' ? `event:${callback.FromUserName}:${callback.CreateTime}:${callback.Event}` : `msg:${callback.MsgId ?? `${callback.FromUserName}:${callback.CreateTime}`}`;
    let delivery = this.deliveries.get(key);
    if (!delivery) {
      delivery = { at: now, answer: this.answer(callback) };
      this.deliveries.set(key, delivery);
    }
    try {
      const answer = await delivery.answer;
      res.type('application/xml').send(answer.xml);
      const inline = answer.inline;
      if (inline) res.once('finish', () => void this.options.replies.sentInline(inline).catch((error: unknown) => this.options.onError?.(error, { where: 'wechat_oa passive reply', key })));
    } catch (error) {
      this.deliveries.delete(key);
      this.options.onError?.(error, { where: 'wechat_oa callback', key });
      // Failing the request makes WeChat retry, and the core has the message stored by then.
      res.status(500).type('text/plain').send('temporarily unavailable');
    }
  };

  private signed(req: Request, res: Response): boolean {
    const verdict = verifySignature(this.options.token, req.query, this.options.clock.now());
    if (verdict === 'ok') return true;
    res.status(401).type('text/plain').send(`signature ${verdict} / 签名${verdict === 'stale' ? '已过期' : verdict === 'missing' ? '缺失' : '错误'}`);
    return false;
  }

  /** Decides the HTTP answer for a new delivery; the bot's work may go on after it. */
  private async answer(callback: Callback): Promise<Answer> {
    const now = this.options.clock.now();
    switch (callback.MsgType) {
      case 'event':
        // Following the account is the moment to say who is answering (an automated assistant).
        if (callback.Event === 'subscribe') return { xml: textReply(callback, `${PHRASES.disclosure.zh}\n${PHRASES.disclosure.en}`, now) };
        return { xml: 'success' }; // unsubscribe, menu clicks, location reports: nothing to answer
      case 'other':
        return { xml: 'success' };
      case 'image':
        this.later(callback, async () => {
          const bytes = await this.options.api.downloadMedia(callback.MediaId, this.options.maxImageBytes);
          const saved = await saveImage(bytes, { dir: this.options.uploadsDir, maxBytes: this.options.maxImageBytes });
          return this.inbound(callback, callback.MsgId, '', [{ kind: 'image', ref: saved.path, mimeType: saved.mimeType, bytes: saved.bytes }], 0);
        });
        return { xml: 'success' };
      case 'voice':
        // With speech recognition switched on in the console, WeChat sends the words as well.
        return this.race(callback, () =>
          callback.Recognition?.trim()
            ? this.inbound(callback, callback.MsgId, callback.Recognition.trim(), [])
            : this.inbound(callback, callback.MsgId, '', [{ kind: 'audio', ref: `wechat-media:${callback.MediaId}`, mimeType: callback.Format ? `audio/${callback.Format.toLowerCase()}` : undefined }]),
        );
      case 'text':
        return this.race(callback, () => this.inbound(callback, callback.MsgId, callback.Content, []));
    }
  }

  /** Passive reply if the bot answers within the window; otherwise "success" and the API. */
  private async race(callback: Callback, work: () => InboundMessageInput): Promise<Answer> {
    const inbound = work();
    const key = replyDeliveryKey(inbound.channel, inbound.channelMessageId);
    const turn = this.track(this.turns.run(inbound.customerRef, () => this.onMessage!(inbound)));
    const window = this.options.replyWindowMs;
    const within = window > 0 ? await Promise.race([turn.then((r) => ({ r })), sleep(window).then(() => undefined)]) : undefined;
    if (within) {
      // A retry of a MsgId whose answer was sent (passively or through the API) gets nothing twice;
      // one whose answer was committed but never sent (the process died) gets it now.
      if (within.r.duplicate && !(within.r.unsent && (await this.options.replies.holdAgain(key, WECHAT_WAIT_MS)))) return { xml: 'success' };
      const text = within.r.replies.map((r) => r.text).join('\n\n');
      return text ? { xml: textReply(callback, text, this.options.clock.now()), inline: key } : { xml: 'success' };
    }
    void this.track(turn.then(() => this.options.replies.leaveToRelay(key)), callback).catch(() => undefined);
    return { xml: 'success' };
  }

  /** Work that answers only through the API (photos). */
  private later(callback: Callback & { MsgId: string }, work: () => Promise<InboundMessageInput>): void {
    void this.track(
      (async () => {
        let inbound: InboundMessageInput;
        try {
          inbound = await work();
        } catch (error) {
          if (!isAppError(error) || error.kind !== 'validation') throw error;
          // A picture we cannot take (too big, not an image): say why, in the customer's chat.
          await this.options.api.sendText(callback.FromUserName, error.message);
          return;
        }
        await this.turns.run(inbound.customerRef, () => this.onMessage!(inbound));
        await this.options.replies.leaveToRelay(replyDeliveryKey(inbound.channel, inbound.channelMessageId));
      })(),
      callback,
    ).catch(() => undefined);
  }

  /** `holdMs`: how long the reply's outbox item waits for a passive answer (photos: none). */
  private inbound(callback: Callback, msgId: string, text: string, attachments: InboundMessageInput['attachments'], holdMs = WECHAT_WAIT_MS): InboundMessageInput {
    return {
      channel: 'wechat_oa',
      channelMessageId: msgId,
      customerRef: callback.FromUserName,
      text,
      attachments,
      receivedAt: new Date(Number(callback.CreateTime) * 1000).toISOString(),
      relay: { holdMs },
    };
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
