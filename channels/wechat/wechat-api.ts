/**
 * The few calls of WeChat's official-account API this channel needs: the access token
 * (GET /cgi-bin/token), customer-service text messages (POST /cgi-bin/message/custom/send) and
 * media downloads (GET /cgi-bin/media/get).
 *
 * The token lasts about two hours and WeChat limits how often it may be fetched, so it is cached
 * and shared (one fetch at a time), refreshed shortly before it expires, and refreshed once more
 * when WeChat says it is invalid or expired (40001, 40014, 42001: another server may have fetched
 * a new one, which voids ours). Retries of failed sends belong to the outbox relay, not here.
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
/** System busy and rate limits pass; everything else (48h window closed, blocked, bad id) will not. */
const RETRYABLE_ERRORS = new Set([-1, 45009, 45011, 45047]);
const REFRESH_BEFORE_MS = 5 * 60_000;

const apiError = z.object({ errcode: z.number(), errmsg: z.string().optional() });
const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

export class WechatApi {
  private token?: { value: string; expiresAt: number };
  private fetching?: Promise<string>;

  constructor(private readonly options: WechatApiOptions) {}

  /** Sends a text through the customer-service API (allowed within 48 h of the customer's last message). */
  async sendText(openId: string, text: string): Promise<void> {
    await this.withToken(async (token) => {
      const body = JSON.stringify({ touser: openId, msgtype: 'text', text: { content: text } });
      const answer = await this.json(`/cgi-bin/message/custom/send?access_token=${encodeURIComponent(token)}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      return answer;
    });
  }

  /** Downloads a customer's photo or voice note by its media id, refusing more than `maxBytes`. */
  async downloadMedia(mediaId: string, maxBytes: number): Promise<Uint8Array> {
    let bytes: Uint8Array | undefined;
    await this.withToken(async (token) => {
      const response = await this.request(`/cgi-bin/media/get?access_token=${encodeURIComponent(token)}&media_id=${encodeURIComponent(mediaId)}`, {});
      const type = response.headers.get('content-type') ?? '';
      // Errors come back as JSON with status 200; media comes back as the file.
      if (type.includes('json') || type.startsWith('text/')) return this.checked(await this.readJson(response));
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > maxBytes) throw new UpstreamError('wechat_media_too_large', `WeChat media ${mediaId} is ${declared} bytes; the limit is ${maxBytes}`);
      const buffer = new Uint8Array(await response.arrayBuffer());
      if (buffer.byteLength > maxBytes) throw new UpstreamError('wechat_media_too_large', `WeChat media ${mediaId} is over ${maxBytes} bytes`);
      bytes = buffer;
      return { errcode: 0 };
    });
    return bytes!;
  }

  /** Runs a call with the cached token; on a token error, refreshes once and runs it again. */
  private async withToken(call: (token: string) => Promise<z.infer<typeof apiError>>): Promise<void> {
    const first = await call(await this.accessToken());
    if (first.errcode === 0) return;
    if (!TOKEN_ERRORS.has(first.errcode)) throw this.refusal(first);
    this.token = undefined;
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
    const answer = await this.readJson(await this.request(`/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(appId)}&secret=${encodeURIComponent(appSecret)}`, {}));
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

  private async request(path: string, init: RequestInit): Promise<Response> {
    const url = new URL(path.replace(/^\//, ''), this.options.baseUrl.replace(/\/?$/, '/'));
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
