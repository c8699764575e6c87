/**
 * The few Slack Web API calls the desk makes, through Slack's own WebClient, with failures
 * turned into `UpstreamError`s that say whether a retry can help. Retries live in the outbox
 * relay only, so the client is told not to retry or wait out rate limits itself.
 */
import { webApi, type types } from '@slack/bolt';
import { z } from 'zod';
import { UpstreamError } from '../../kernel/errors';

/** Message metadata type our posts carry, so a resend can find a post whose answer was lost. */
export const OUTBOX_METADATA_TYPE = 'aftersales_outbox';

/** Slack's `error` values worth retrying; anything else (channel_not_found, invalid_auth ...) needs a person. */
const RETRYABLE_PLATFORM_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_not_ready']);

export interface SlackApiOptions {
  token: string;
  /** Slack's Web API address (tests point it at a local fake), ending in /api/. */
  apiUrl?: string;
  timeoutMs?: number;
  logger?: webApi.Logger;
}

export interface PostMessage {
  channel: string;
  text: string;
  blocks?: types.KnownBlock[];
  threadTs?: string;
  /** Also show a thread reply in the channel (re-announcements). */
  broadcast?: boolean;
  /** Tag the post with the outbox item it delivers. */
  outboxId?: number;
}

const postedSchema = z.object({ ts: z.string().min(1), channel: z.string().min(1) });
const authSchema = z.object({ user_id: z.string(), bot_id: z.string().optional(), team_id: z.string().optional() });
const historySchema = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string(),
        metadata: z.object({ event_type: z.string(), event_payload: z.record(z.string(), z.unknown()).optional() }).optional(),
      }),
    )
    .default([]),
});

export class SlackApi {
  readonly client: webApi.WebClient;

  constructor(options: SlackApiOptions) {
    this.client = new webApi.WebClient(options.token, {
      slackApiUrl: options.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: options.timeoutMs ?? 10_000,
      // Failures reach us as errors (the relay reports them); the client's own warnings would repeat them.
      ...(options.logger ? { logger: options.logger } : { logLevel: webApi.LogLevel.ERROR }),
    });
  }

  async authTest(): Promise<{ botUserId: string; botId?: string; teamId?: string }> {
    const result = authSchema.parse(await this.call('auth.test', () => this.client.auth.test()));
    return { botUserId: result.user_id, botId: result.bot_id, teamId: result.team_id };
  }

  async post(message: PostMessage): Promise<{ channel: string; ts: string }> {
    // WebClient's argument type is a union over thread/broadcast/blocks combinations; the fields
    // below are the documented chat.postMessage arguments, unset ones left out.
    const args = Object.fromEntries(
      Object.entries({
        channel: message.channel,
        text: message.text,
        blocks: message.blocks,
        thread_ts: message.threadTs,
        reply_broadcast: message.threadTs && message.broadcast ? true : undefined,
        unfurl_links: false,
        unfurl_media: false,
        metadata: message.outboxId === undefined ? undefined : { event_type: OUTBOX_METADATA_TYPE, event_payload: { outbox_id: message.outboxId } },
      }).filter(([, v]) => v !== undefined),
    ) as unknown as webApi.ChatPostMessageArguments;
    const result = await this.call('chat.postMessage', () => this.client.chat.postMessage(args));
    return postedSchema.parse(result);
  }

  /** Shares a file into a channel or thread (files.uploadV2: get an upload URL, send the bytes, complete). */
  async uploadFile(file: { channel: string; threadTs?: string; data: Buffer; filename: string; title?: string; comment?: string }): Promise<string | undefined> {
    const result = await this.call('files.uploadV2', () =>
      this.client.filesUploadV2({
        channel_id: file.channel,
        ...(file.threadTs ? { thread_ts: file.threadTs } : {}),
        file: file.data,
        filename: file.filename,
        ...(file.title ? { title: file.title } : {}),
        ...(file.comment ? { initial_comment: file.comment } : {}),
      } as webApi.FilesUploadV2Arguments),
    );
    const completed = (result as { files?: { files?: { id?: string }[] }[] }).files;
    return completed?.[0]?.files?.[0]?.id;
  }

  async update(channel: string, ts: string, text: string, blocks: types.KnownBlock[]): Promise<void> {
    await this.call('chat.update', () => this.client.chat.update({ channel, ts, text, blocks }));
  }

  async postEphemeral(channel: string, user: string, text: string, threadTs?: string): Promise<string | undefined> {
    const result = await this.call('chat.postEphemeral', () => this.client.chat.postEphemeral({ channel, user, text, thread_ts: threadTs }));
    return typeof result.message_ts === 'string' ? result.message_ts : undefined;
  }

  /**
   * Looks for a post we made for `outboxId` since `oldest` (in the thread when `threadTs` is
   * given): the answer to an earlier attempt may have been lost after Slack had posted it.
   */
  async findOutboxPost(channel: string, outboxId: number, oldest: Date, threadTs?: string): Promise<string | undefined> {
    const oldestTs = (oldest.getTime() / 1000 - 60).toFixed(6);
    const result = threadTs
      ? await this.call('conversations.replies', () => this.client.conversations.replies({ channel, ts: threadTs, oldest: oldestTs, include_all_metadata: true, limit: 200 }))
      : await this.call('conversations.history', () => this.client.conversations.history({ channel, oldest: oldestTs, include_all_metadata: true, limit: 200 }));
    const { messages } = historySchema.parse(result);
    return messages.find((m) => m.metadata?.event_type === OUTBOX_METADATA_TYPE && Number(m.metadata.event_payload?.outbox_id) === outboxId)?.ts;
  }

  private async call<T>(method: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw slackFailure(method, error);
    }
  }
}

/** Classifies a WebClient failure by who failed and whether trying again can help. */
export function slackFailure(method: string, error: unknown): UpstreamError {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number; message?: string };
  switch (e.code) {
    case webApi.ErrorCode.PlatformError: {
      const reason = e.data?.error ?? 'unknown_error';
      return new UpstreamError(`slack_${reason}`, `Slack refused ${method}: ${reason}`, { cause: error, retryable: RETRYABLE_PLATFORM_ERRORS.has(reason) });
    }
    case webApi.ErrorCode.RateLimitedError:
      return new UpstreamError('slack_rate_limited', `Slack rate-limited ${method} (retry after ${e.retryAfter ?? '?'} s)`, { cause: error, retryable: true });
    case webApi.ErrorCode.HTTPError: {
      const status = e.statusCode ?? 0;
      return new UpstreamError('slack_http_error', `Slack answered ${method} with HTTP ${status}`, { cause: error, retryable: status >= 500 || status === 408 || status === 429 });
    }
    case webApi.ErrorCode.RequestError:
      return new UpstreamError('slack_unreachable', `Slack could not be reached for ${method}: ${e.message ?? ''}`, { cause: error, retryable: true });
    default:
      return new UpstreamError('slack_failed', `Slack call ${method} failed: ${e.message ?? String(error)}`, { cause: error, retryable: true });
  }
}
