/**
 * The official account's line on /healthz: whether WeChat gives us an access token. The API
 * client caches the token for its two hours, so asking costs nothing while it is good; a refusal
 * (wrong secret, server IP not on the allow-list) is kept for a minute, because WeChat caps how
 * many tokens an account may fetch a day and a polling monitor must not spend them.
 */
import type { Clock } from '../../kernel/clock';
import { isAppError } from '../../kernel/errors';
import type { HealthReport } from '../../kernel/health-probe';

export function officialAccountHealthProbe(api: { accessToken(): Promise<string> }, clock: Clock, retryAfterMs = 60_000): () => Promise<HealthReport> {
  let failed: { at: number; report: HealthReport } | undefined;
  return async () => {
    const now = clock.now().getTime();
    if (failed && now - failed.at < retryAfterMs) return failed.report;
    try {
      await api.accessToken();
      failed = undefined;
      return { state: 'ok', detail: '公众号 access token 有效 / WeChat official-account access token valid' };
    } catch (error) {
      const code = isAppError(error) ? error.code : 'wechat_token_failed';
      const report: HealthReport = {
        state: 'down',
        detail: `拿不到公众号 access token，请检查 AppID、AppSecret 和 IP 白名单 / no access token from WeChat (${code}): check WECHAT_OA_APP_ID, WECHAT_OA_APP_SECRET and the IP allow-list`,
        code,
      };
      failed = { at: now, report };
      return report;
    }
  };
}
