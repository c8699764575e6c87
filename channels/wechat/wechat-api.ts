/**
 * The few calls of WeChat's official-account API this channel needs: the access token
 * (POST /cgi-bin/stable_token), customer-service text and image messages (POST
 * /cgi-bin/message/custom/send), picture uploads (POST /cgi-bin/media/upload) and media downloads (GET /cgi-bin/media/get, or the photo's PicUrl where media/get is not
 * permitted).
 *
 * The stable token is kept apart from /cgi-bin/token's, so a second system on the same AppID
 * fetching tokens the old way no longer voids ours. It lasts about two hours; it is cached and
 * shared (one fetch at a time), fetched again shortly before it expires, and once more when WeChat
 * says it is invalid or expired (40001, 40014, 42001); if WeChat then hands back the very token it
 * refused, a forced refresh (limited to 20 a day) gets a new one. Retries of failed sends belong
 * to the outbox relay, not here.
 */
import { z } from 'zod';
import type { Clock } from '../../kernel/clock';
import { UpstreamError } from '../../kernel/errors';

export interface WechatApiOptions {
  baseUrl: string;
  appId: string;
  appSecret: string;
  clock: Clock;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** System busy and API rate limits pass with time. */
const RETRYABLE_ERRORS = new Set([-1, 45009, 45011]);
/**
 * Refusals that only the customer can lift, by writing to the account again: 45015 (no message
 * from them in 48 hours), 45047 (5 messages sent since their last one), 48001 (this account may
 * not send customer-service messages at all: unverified or personal). Not retryable with time.
 */
export const WAITS_FOR_CUSTOMER_ERRORS = new Set([45015, 45047, 48001]);

/** Whether an error from this API means the delivery must wait for the customer's next message. */
export function waitsForCustomer(error: unknown): boolean {
  const code = error instanceof UpstreamError ? /^wechat_api_(\d+)$/.exec(error.code)?.[1] : undefined;
  return code !== undefined && WAITS_FOR_CUSTOMER_ERRORS.has(Number(code));
}
const REFRESH_BEFORE_MS = 5 * 60_000;

const apiError = z.object({ errcode: z.number(), errmsg: z.string().optional() });
const mediaAnswer = z.object({ media_id: z.string().min(1) });
const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

export class WechatApi {
  private token?: { value: string; expiresAt: number };
  private fetching?: Promise<string>;
  private forceNext = false;

  constructor(private readonly options: WechatApiOptions) {}

  /** Sends a text through the customer-service API (allowed within 48 h of the customer's last message). */
  async sendText(openId: string, text: string): Promise<void> {
    await this.withToken(async (token) => {
      const body = JSON.stringify({ touser: openId, msgtype: 'text', text: { content: text } });
      const answer = await this.json(`/cgi-bin/message/custom/send?access_token=${encodeURIComponent(token)}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      return answer;
    });
  }

  /**
   * Uploads a picture as temporary media (POST /cgi-bin/media/upload?type=image, multipart with
   * the file as `media`; kept by WeChat for 3 days) and returns its media_id.
   */
  async uploadImage(picture: { data: Buffer; filename: string; mimeType: string }): Promise<string> {
    let mediaId = '';
    await this.withToken(async (token) => {
      const form = new FormData();
      form.append('media', new Blob([new Uint8Array(picture.data)], { type: picture.mimeType }), picture.filename);
      const answer = await this.readJson(await this.request(`/cgi-bin/media/upload?access_token=${encodeURIComponent(token)}&type=image`, { method: 'POST', body: form }));
      const uploaded = mediaAnswer.safeParse(answer);
      if (uploaded.success) {
        mediaId = uploaded.data.media_id;
        return { errcode: 0 };
      }
      return this.checked(answer);
    });
    return mediaId;
  }

  /** Sends an uploaded picture through the customer-service API (the same 48-hour and 5-message rules as text). */
  async sendImage(openId: string, mediaId: string): Promise<void> {
    await this.withToken(async (token) => {
      const body = JSON.stringify({ touser: openId, msgtype: 'image', image: { media_id: mediaId } });
      return this.json(`/cgi-bin/message/custom/send?access_token=${encodeURIComponent(token)}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    });
  }

  /**
   * Downloads a customer's photo by its media id, refusing more than `maxBytes`. Where media/get
   * is not permitted (48001: unverified accounts) and the callback gave a PicUrl on WeChat's own
   * image host, the photo is fetched from there instead.
   */
  async downloadMedia(mediaId: string, maxBytes: number, picUrl?: string): Promise<Uint8Array> {
    let bytes: Uint8Array | undefined;
    try {
      await this.withToken(async (token) => {
        const response = await this.request(`/cgi-bin/media/get?access_token=${encodeURIComponent(token)}&media_id=${encodeURIComponent(mediaId)}`, {});
        const type = response.headers.get('content-type') ?? '';
        // Errors come back as JSON with status 200; media comes back as the file.
        if (type.includes('json') || type.startsWith('text/')) return this.checked(await this.readJson(response));
        bytes = await this.readMedia(response, mediaId, maxBytes);
        return { errcode: 0 };
      });
    } catch (error) {
      const url = picUrl && this.onWechatHost(picUrl);
      if (!url || !(error instanceof UpstreamError) || error.code !== 'wechat_api_48001') throw error;
      return this.readMedia(await this.request(url, {}), mediaId, maxBytes);
    }
    return bytes!;
  }

  /** PicUrl is only followed to WeChat's image hosts (or the API's own host, which is the fake in tests). */
  private onWechatHost(picUrl: string): URL | undefined {
    let url: URL;
    try {
      url = new URL(picUrl);
    } catch {
      return undefined;
    }
    const api = new URL(this.options.baseUrl);
    const wechat = url.protocol === 'https:' || url.protocol === 'http:' ? /(^|\.)(qpic\.cn|qlogo\.cn)$/.test(url.hostname) : false;
    return wechat || url.host === api.host ? url : undefined;
  }

  private async readMedia(response: Response, mediaId: string, maxBytes: number): Promise<Uint8Array> {
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new UpstreamError('wechat_media_too_large', `WeChat media ${mediaId} is ${declared} bytes; the limit is ${maxBytes}`);
    const buffer = new Uint8Array(await response.arrayBuffer());
    if (buffer.byteLength > maxBytes) throw new UpstreamError('wechat_media_too_large', `WeChat media ${mediaId} is over ${maxBytes} bytes`);
    return buffer;
  }

  /** Runs a call with the cached token; on a token error, refreshes once and runs it again. */
  private async withToken(call: (token: string) => Promise<z.infer<typeof apiError>>): Promise<void> {
    const first = await call(await this.accessToken());
    if (first.errcode === 0) return;
    if (!TOKEN_ERRORS.has(first.errcode)) throw this.refusal(first);
    const refused = this.token?.value;
    this.token = undefined;
    // Normal mode may hand back the token just refused (voided elsewhere): then force a new one.
    if ((await this.accessToken()) === refused) {
      this.token = undefined;
      this.forceNext = true;
    }
    const second = await call(await this.accessToken());
    if (second.errcode !== 0) throw this.refusal(second);
  }

  async accessToken(): Promise<string> {
    const now = this.options.clock.now().getTime();
    if (this.token && this.token.expiresAt - REFRESH_BEFORE_MS > now) return this.token.value;
    this.fetching ??= this.fetchToken().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private async fetchToken(): Promise<string> {
    const { appId, appSecret, clock } = this.options;
    const force = this.forceNext;
    this.forceNext = false;
    const body = JSON.stringify({ grant_type: 'client_credential', appid: appId, secret: appSecret, ...(force ? { force_refresh: true } : {}) });
    const answer = await this.readJson(await this.request('/cgi-bin/stable_token', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
    const parsed = tokenAnswer.safeParse(answer);
    if (!parsed.success) {
      const refused = apiError.safeParse(answer);
      throw new UpstreamError(
        'wechat_token_refused',
        `WeChat refused the access token (check WECHAT_OA_APP_ID, WECHAT_OA_APP_SECRET and the server IP allow-list): ${refused.success ? `${refused.data.errcode} ${refused.data.errmsg ?? ''}` : 'unexpected answer'}`,
        { retryable: refused.success && RETRYABLE_ERRORS.has(refused.data.errcode) },
      );
    }
    this.token = { value: parsed.data.access_token, expiresAt: clock.now().getTime() + parsed.data.expires_in * 1000 };
    return this.token.value;
  }

  private async json(path: string, init: RequestInit): Promise<z.infer<typeof apiError>> {
    return this.checked(await this.readJson(await this.request(path, init)));
  }

  private checked(answer: unknown): z.infer<typeof apiError> {
    const parsed = apiError.safeParse(answer);
    if (!parsed.success) throw new UpstreamError('wechat_api_malformed', 'WeChat answered without an errcode', { retryable: true });
    return parsed.data;
  }

  private async request(path: string | URL, init: RequestInit): Promise<Response> {
    const url = path instanceof URL ? path : new URL(path.replace(/^\//, ''), this.options.baseUrl.replace(/\/?$/, '/'));
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
    } catch (error) {
      throw new UpstreamError('wechat_api_unreachable', `WeChat API unreachable: ${(error as Error).message}`, { cause: error, retryable: true });
    }
    if (!response.ok) {
      throw new UpstreamError('wechat_api_http', `WeChat API answered HTTP ${response.status}`, { retryable: response.status >= 500 || response.status === 429 });
    }
    return response;
  }

  private async readJson(response: Response): Promise<unknown> {
    try {
      return await response.json();
    } catch (error) {
      throw new UpstreamError('wechat_api_malformed', 'WeChat answered with something that is not JSON', { cause: error, retryable: true });
    }
  }

  private refusal(answer: z.infer<typeof apiError>): UpstreamError {
    return new UpstreamError(`wechat_api_${answer.errcode}`, `WeChat refused the call: ${answer.errcode} ${answer.errmsg ?? ''}`.trim(), {
      retryable: RETRYABLE_ERRORS.has(answer.errcode),
    });
  }
}
