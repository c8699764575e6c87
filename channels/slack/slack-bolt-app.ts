/**
 * The Bolt app of the desk: an ExpressReceiver whose router mounts on the shared express server
 * (Bolt checks every request's signature and age itself), or Socket Mode when asked. It only
 * parses what Slack sent and hands it to `SlackInteractions`.
 *
 * `processBeforeResponse` is on: Slack gets its 200 after the effect is committed, and a 500 when
 * it failed, so Slack's own redelivery retries it (the event id makes the retry count once).
 */
import { App, ExpressReceiver, LogLevel, type Authorize, type Logger } from '@slack/bolt';
import type { SlackApi } from './slack-api';
import { blockActionsSchema, messageEventSchema, type SlackInteractions } from './slack-interactions';

export interface SlackBoltOptions {
  api: SlackApi;
  interactions: SlackInteractions;
  botToken: string;
  signingSecret?: string;
  socketMode: boolean;
  appToken?: string;
  /** Where Bolt's own client points (the same Web API address as `api`). */
  apiUrl?: string;
  /** Path Slack posts events and interactions to (both in the app manifest). */
  endpoint?: string;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

export interface SlackBolt {
  app: App;
  /** Set in HTTP mode: mount `receiver.router` on the server. */
  receiver?: ExpressReceiver;
}

export const SLACK_EVENTS_PATH = '/slack/events';

const NOT_DELIVERED = '刚才这条消息没有处理成功，客户没有收到，请重新发送。/ Your last message could not be processed and did not reach the customer: please send it again.';

export function createSlackBolt(options: SlackBoltOptions): SlackBolt {
  const logger = boltLogger(options.onError);
  const common = {
    authorize: cachedAuthorize(options.api, options.botToken),
    logger,
    clientOptions: { slackApiUrl: options.apiUrl, retryConfig: { retries: 0 } },
  };
  let app: App;
  let receiver: ExpressReceiver | undefined;
  if (options.socketMode) {
    app = new App({ ...common, socketMode: true, appToken: options.appToken });
  } else {
    if (!options.signingSecret) throw new Error('SLACK_SIGNING_SECRET is required for the Slack desk in HTTP mode');
    receiver = new ExpressReceiver({
      signingSecret: options.signingSecret,
      endpoints: options.endpoint ?? SLACK_EVENTS_PATH,
      processBeforeResponse: true,
      logger,
    });
    app = new App({ ...common, receiver });
  }

  app.action(/^handoff_/, async ({ ack, body }) => {
    await ack();
    const parsed = blockActionsSchema.safeParse(body);
    if (!parsed.success) {
      options.onError?.(parsed.error, { step: 'slack_action_payload' });
      return;
    }
    await options.interactions.button(parsed.data);
  });

  app.event('message', async ({ event, body }) => {
    const parsed = messageEventSchema.safeParse(event);
    const eventId = (body as { event_id?: unknown }).event_id;
    if (!parsed.success || typeof eventId !== 'string') return;
    try {
      await options.interactions.message(eventId, parsed.data);
    } catch (error) {
      // Over HTTP the 500 makes Slack send the event again. In Socket Mode Bolt has already
      // acknowledged it (events are acked before listeners run), so nothing will come again: the
      // agent is told, straight through the API, that their message did not reach the customer.
      const { channel, user, thread_ts: threadTs } = parsed.data;
      if (options.socketMode && user && threadTs) await options.api.postEphemeral(channel, user, NOT_DELIVERED, threadTs).catch(() => undefined);
      throw error;
    }
  });

  app.error(async (error) => {
    options.onError?.(error, { step: 'slack_listener' });
    // Rethrown so the receiver answers 500 and Slack delivers the event again.
    throw error;
  });
  return { app, receiver };
}

/**
 * Bolt's own token check calls auth.test once in its constructor and keeps a failure forever;
 * this asks again on the next event until Slack answers, then remembers the bot's ids (which
 * Bolt's ignoreSelf needs to skip our own posts).
 */
function cachedAuthorize(api: SlackApi, botToken: string): Authorize<boolean> {
  let identity: ReturnType<SlackApi['authTest']> | undefined;
  return async () => {
    identity ??= api.authTest().catch((error: unknown) => {
      identity = undefined;
      throw error;
    });
    const { botUserId, botId, teamId } = await identity;
    return { botToken, botUserId, botId, teamId };
  };
}

/** Bolt logs refused signatures as warnings: route warnings and errors to our error port, drop chatter. */
function boltLogger(onError: SlackBoltOptions['onError']): Logger {
  let level = LogLevel.WARN;
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...msg: unknown[]) => onError?.(new Error(msg.map(String).join(' ')), { step: 'slack_bolt', level: 'warn' }),
    error: (...msg: unknown[]) => onError?.(new Error(msg.map(String).join(' ')), { step: 'slack_bolt', level: 'error' }),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
