/**
 * The calls of WeCom's server API (qyapi.weixin.qq.com) the 微信客服 channel needs: the access
 * token (gettoken, with the 微信客服 secret), kf/sync_msg, kf/send_msg, media/upload and media/get,
 * kf/service_state/get and /trans.
 *
 * The token lasts two hours and gettoken is rate-limited, so it is cached, fetched once at a time,
 * refreshed before it expires and once more when WeCom calls it invalid or expired. Retrying a
 * failed call belongs to the caller (the outbox relay, the next pull), not here; each refusal says
 * whether a retry can help.
 */
import { z } from 'zod';
import type { Clock } from '../../kernel/clock';
import { UpstreamError } from '../../kernel/errors';

export interface WecomApiOptions {
  baseUrl: string;
  corpId: string;
  secret: string;
  clock: Clock;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const TOKEN_ERRORS = new Set([40014, 42001, 41001]);
/** System busy, frequency and concurrency limits pass; everything else will not. */
const RETRYABLE_ERRORS = new Set([-1, 45009, 45033]);
// Which refusals wait for the customer (and where the codes are documented): wecom-refusals.ts.
const REFRESH_BEFORE_MS = 5 * 60_000;

const apiError = z.looseObject({ errcode: z.number(), errmsg: z.string().optional() });
type ApiAnswer = z.infer<typeof apiError>;
const tokenAnswer = z.object({ errcode: z.number().optional(), access_token: z.string().min(1), expires_in: z.number().positive() });

/** One record of kf/sync_msg. Only the fields the channel reads are checked; the rest pass. */
export const syncedMessageSchema = z.looseObject({
  msgid: z.string().min(1).max(200),
  open_kfid: z.string().min(1).max(200),
  external_userid: z.string().max(200).optional(),
  send_time: z.number().int().nonnegative(),
  /** 3: the customer, 4: a system event, 5: a WeCom servicer (a person) */
  origin: z.number().int(),
  servicer_userid: z.string().optional(),
  msgtype: z.string().min(1).max(40),
  text: z
    .object({ content: z.string().max(50_000) })
    .loose()
    .optional(),
  image: z
    .object({ media_id: z.string().min(1).max(500) })
    .loose()
    .optional(),
  voice: z
    .object({ media_id: z.string().min(1).max(500) })
    .loose()
    .optional(),
  event: z.looseObject({ event_type: z.string().max(80), external_userid: z.string().max(200).optional(), welcome_code: z.string().max(500).optional() }).optional(),
});
export type SyncedMessage = z.infer<typeof syncedMessageSchema>;

const syncAnswer = z.looseObject({
  errcode: z.literal(0).optional(),
  next_cursor: z.string().default(''),
  has_more: z.union([z.number(), z.boolean()]).transform((v) => v === true || v === 1),
  msg_list: z.array(z.unknown()).default([]),
});

export interface SyncPage {
  nextCursor: string;
  hasMore: boolean;
  messages: SyncedMessage[];
  /** Records that did not parse (logged by the channel, never fatal to the page). */
  malformed: number;
}

/** The service states of 微信客服 (kf/service_state): 1 the bot, 2 the queue for people, 3 a person, 4 ended. */
export const SERVICE_STATE = { untouched: 0, assistant: 1, queue: 2, person: 3, ended: 4 } as const;

export class WecomApi {
  private token?: { value: string; expiresAt: number };
  private fetching?: Promise<string>;

  constructor(private readonly options: WecomApiOptions) {}

  /** One page of messages after `cursor` (the callback's token makes the pull cheaper; without it the limits are stricter). */
  async syncMessages(request: { openKfId: string; cursor?: string; token?: string; limit: number }): Promise<SyncPage> {
    const body = { open_kfid: request.openKfId, limit: request.limit, ...(request.cursor ? { cursor: request.cursor } : {}), ...(request.token ? { token: request.token } : {}) };
    const answer = await this.post('kf/sync_msg', body);
    const page = syncAnswer.safeParse(answer);
    if (!page.success) throw new UpstreamError('wecom_api_malformed', 'WeCom kf/sync_msg answered without next_cursor/has_more', { retryable: true });
    const messages: SyncedMessage[] = [];
    let malformed = 0;
    for (const raw of page.data.msg_list) {
      const parsed = syncedMessageSchema.safeParse(raw);
      if (parsed.success) messages.push(parsed.data);
      else malformed++;
    }
    return { nextCursor: page.data.next_cursor, hasMore: page.data.has_more, messages, malformed };
  }

  /** kf/send_msg: text or an uploaded image. Allowed within 48 h of the customer's last message, at most 5 times. */
  async sendMessage(message: { openKfId: string; toUser: string } & ({ text: string } | { imageMediaId: string })): Promise<string | undefined> {
    const content = 'text' in message ? { msgtype: 'text', text: { content: message.text } } : { msgtype: 'image', image: { media_id: message.imageMediaId } };
    const answer = await this.post('kf/send_msg', { touser: message.toUser, open_kfid: message.openKfId, ...content });
    return typeof answer.msgid === 'string' ? answer.msgid : undefined;
  }

  /**
   * kf/send_msg_on_event: a text answering an event by its one-time code (the enter_session
   * welcome_code: one message, within 20 seconds; document/path/96428, 发送欢迎语等事件响应消息). Not counted in the
   * 5-message window: the customer has not written yet.
   */
  async sendOnEvent(request: { code: string; text: string }): Promise<string | undefined> {
    const answer = await this.post('kf/send_msg_on_event', { code: request.code, msgtype: 'text', text: { content: request.text } });
    return typeof answer.msgid === 'string' ? answer.msgid : undefined;
  }

  /** kf/service_state/get: who has the customer now. */
  async serviceState(openKfId: string, externalUserId: string): Promise<{ state: number; servicer?: string }> {
    const answer = await this.post('kf/service_state/get', { open_kfid: openKfId, external_userid: externalUserId });
    return { state: Number(answer.service_state ?? -1), servicer: typeof answer.servicer_userid === 'string' ? answer.servicer_userid : undefined };
  }

  /** kf/service_state/trans: to the queue for people (2), to one person (3, with their userid) or ended (4). */
  async transferServiceState(request: { openKfId: string; externalUserId: string; state: number; servicerUserId?: string }): Promise<void> {
    await this.post('kf/service_state/trans', {
      open_kfid: request.openKfId,
      external_userid: request.externalUserId,
      service_state: request.state,
      ...(request.servicerUserId ? { servicer_userid: request.servicerUserId } : {}),
    });
  }

  /** media/upload (type image, multipart field "media"): the temporary media id, valid for three days. */
  async uploadImage(bytes: Uint8Array, filename: string, mimeType: string): Promise<string> {
    const answer = await this.withToken(async (token) => {
      const form = new FormData();
      form.append('media', new Blob([Uint8Array.from(bytes)], { type: mimeType }), filename);
      return this.checked(await this.readJson(await this.request(`cgi-bin/media/upload?access_token=${encodeURIComponent(token)}&type=image`, { method: 'POST', body: form })));
    });
    if (typeof answer.media_id !== 'string' || !answer.media_id) throw new UpstreamError('wecom_api_malformed', 'WeCom media/upload answered without media_id', { retryable: true });
    return answer.media_id;
  }

  /** media/get: a customer's photo by media id, refusing more than `maxBytes`. */
  async downloadMedia(mediaId: string, maxBytes: number): Promise<Uint8Array> {
    let bytes: Uint8Array | undefined;
    await this.withToken(async (token) => {
      const response = await this.request(`cgi-bin/media/get?access_token=${encodeURIComponent(token)}&media_id=${encodeURIComponent(mediaId)}`, {});
      const type = response.headers.get('content-type') ?? '';
      // Refusals come back as JSON with status 200; media comes back as the file.
      if (type.includes('json') || type.startsWith('text/')) return this.checked(await this.readJson(response));
      if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw new UpstreamError('wecom_media_too_large', `WeCom media is over ${maxBytes} bytes`);
      const buffer = new Uint8Array(await response.arrayBuffer());
      if (buffer.byteLength > maxBytes) throw new UpstreamError('wecom_media_too_large', `WeCom media is over ${maxBytes} bytes`);
      bytes = buffer;
      return { errcode: 0 };
    });
    return bytes!;
  }

  async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt - REFRESH_BEFORE_MS > this.options.clock.now().getTime()) return this.token.value;
    this.fetching ??= this.fetchToken().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private post(method: string, body: object): Promise<ApiAnswer> {
    return this.withToken(async (token) =>
      this.checked(
        await this.readJson(
          await this.request(`cgi-bin/${method}?access_token=${encodeURIComponent(token)}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        ),
      ),
    );
  }

  /** Runs a call with the cached token; on a token error, fetches a new one and runs it once more. */
  private async withToken(call: (token: string) => Promise<ApiAnswer>): Promise<ApiAnswer> {
    const first = await call(await this.accessToken());
    if (first.errcode === 0) return first;
    if (!TOKEN_ERRORS.has(first.errcode)) throw refusal(first);
    this.token = undefined;
    const second = await call(await this.accessToken());
    if (second.errcode !== 0) throw refusal(second);
    return second;
  }

  private async fetchToken(): Promise<string> {
    const { corpId, secret, clock } = this.options;
    const answer = await this.readJson(await this.request(`cgi-bin/gettoken?corpid=${encodeURIComponent(corpId)}&corpsecret=${encodeURIComponent(secret)}`, {}));
    const parsed = tokenAnswer.safeParse(answer);
    if (!parsed.success || (parsed.data.errcode ?? 0) !== 0) {
      const refused = apiError.safeParse(answer);
      throw new UpstreamError(
        'wecom_token_refused',
        `WeCom refused the access token (check WECOM_CORP_ID and WECOM_SECRET, the 微信客服 secret, and the trusted IP list): ${refused.success ? `${refused.data.errcode} ${refused.data.errmsg ?? ''}` : 'unexpected answer'}`,
        { retryable: refused.success && RETRYABLE_ERRORS.has(refused.data.errcode) },
      );
    }
    this.token = { value: parsed.data.access_token, expiresAt: clock.now().getTime() + parsed.data.expires_in * 1000 };
    return this.token.value;
  }

  private checked(answer: unknown): ApiAnswer {
    const parsed = apiError.safeParse(answer);
    if (!parsed.success) throw new UpstreamError('wecom_api_malformed', 'WeCom answered without an errcode', { retryable: true });
    return parsed.data;
  }

  private async request(path: string, init: RequestInit): Promise<Response> {
    const url = new URL(path, this.options.baseUrl.replace(/\/?$/, '/'));
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
    } catch (error) {
      throw new UpstreamError('wecom_api_unreachable', `WeCom API unreachable: ${(error as Error).message}`, { cause: error, retryable: true });
    }
    if (!response.ok) throw new UpstreamError('wecom_api_http', `WeCom API answered HTTP ${response.status}`, { retryable: response.status >= 500 || response.status === 429 });
    return response;
  }

  private async readJson(response: Response): Promise<unknown> {
    try {
      return await response.json();
    } catch (error) {
      throw new UpstreamError('wecom_api_malformed', 'WeCom answered with something that is not JSON', { cause: error, retryable: true });
    }
  }
}

function refusal(answer: ApiAnswer): UpstreamError {
  return new UpstreamError(`wecom_api_${answer.errcode}`, `WeCom refused the call: ${answer.errcode} ${answer.errmsg ?? ''}`.trim(), { retryable: RETRYABLE_ERRORS.has(answer.errcode) });
}
