/**
 * `HttpSmsSender`: hands each message to an SMS gateway over HTTPS, as JSON
 * `{ to, text, purpose }` with `Authorization: Bearer <token>`. Most providers (Aliyun, Tencent
 * Cloud, Twilio) sit behind a small relay of the operator's own that speaks this; the relay holds
 * the provider's keys and templates. A 2xx is success; anything else, or no answer within the
 * timeout, is an UpstreamError (the bot then tells the customer to use the link or a person).
 */
import { UpstreamError } from '../../kernel/errors';
import type { SmsMessage, SmsSender } from '../../bot/sms-sender';

export interface HttpSmsSettings {
  url: string;
  token?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class HttpSmsSender implements SmsSender {
  readonly name = 'http';

  constructor(private readonly settings: HttpSmsSettings) {}

  async send(message: SmsMessage): Promise<void> {
    const doFetch = this.settings.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(this.settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {}) },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(this.settings.timeoutMs ?? 10_000),
      });
    } catch (cause) {
      throw new UpstreamError('sms_unreachable', 'The SMS gateway could not be reached / 短信网关无法连接', { cause, retryable: true });
    }
    await response.body?.cancel().catch(() => undefined);
    if (!response.ok) {
      throw new UpstreamError('sms_refused', `The SMS gateway answered ${response.status} / 短信网关拒绝发送`, { retryable: response.status >= 500 || response.status === 429 });
    }
  }
}
