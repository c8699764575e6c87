/**
 * What the WeChat adapters need from the application that hosts them, described here by shape so
 * channels/ never imports the composition root (the server's context and the CLI both fit it).
 */
import type express from 'express';
import type { InboundHandler } from '../../bot/channel';
import type { OutboxRelay } from '../../bot/outbox-relay';
import type { Clock } from '../../kernel/clock';
import type { HealthProbes } from '../../kernel/health-probe';
import type { FriendPolicy } from './friend-requests';
import type { PuppetSettings } from './puppet-loader';
import type { NewOutboxItem, Outbox } from '../../tickets/outbox';
import type { PictureGivenUp } from '../../bot/customer-item-delivery';

export interface WechatSettings {
  puppet: string;
  puppetToken?: string;
  /** wechaty-puppet-service's gateway authority and TLS (puppet-loader.ts). */
  puppetService?: PuppetSettings['service'];
  name: string;
  minSendIntervalMs: number;
  /** Messages one contact may send per minute before the bot asks them to slow down. */
  rateLimitPerMinute: number;
  /** How long logging in to the puppet may take before start-up fails. */
  startTimeoutMs: number;
  /** Friend requests to the personal account (default: accept). */
  friendPolicy?: FriendPolicy;
  /**
   * replyWindowMs: how long a callback waits for the bot before answering "success" and sending
   * the reply through the customer-service API instead (WeChat gives up after 5 s; 0 = always the API).
   */
  officialAccount: {
    token?: string;
    appId?: string;
    appSecret?: string;
    apiBaseUrl: string;
    replyWindowMs: number;
    /** verified: customer-service messages; unverified: passive answers only (see official-account-channel.ts). */
    accountKind: 'verified' | 'unverified';
    /** EncodingAESKey for safe and compatible mode. */
    aesKey?: string;
  };
}

export interface WechatHost {
  assistant: {
    bot: { handle: InboundHandler };
    desk: { outbox: Outbox; unitOfWork<T>(work: () => Promise<T>): Promise<T> };
    clock: Clock;
    /** The desks in use: a delivery parked for a customer is announced to each (the `Handoff` port's items). */
    routes: { items(kind: 'delivery.parked', payload: object, dedupKey?: string): NewOutboxItem[] };
    /** Told when an agent's picture is given up, so the desks say why (bot/handoff-desk.ts). */
    handoffs?: PictureGivenUp;
  };
  config: { uploadsDir: string; uploads: { maxBytes: number }; wechat: WechatSettings };
  /** Relays the host starts and stops with itself. */
  relays: OutboxRelay[];
  onClose: (() => Promise<void>)[];
  /** Where /healthz reads the channel's state (absent in the CLI). */
  health?: HealthProbes;
}

export interface WechatHttpHost extends WechatHost {
  app: express.Express;
}
