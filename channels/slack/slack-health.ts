/**
 * The Slack desk's line on /healthz: whether Slack still takes our bot token (auth.test). The
 * answer is kept for a minute, so a monitor polling /healthz every few seconds costs Slack one call
 * a minute, far under auth.test's rate tier, and never pushes the desk's own posts into a limit.
 */
import type { Clock } from '../../kernel/clock';
import { isAppError } from '../../kernel/errors';
import type { HealthReport } from '../../kernel/health-probe';
import type { SlackApi } from './slack-api';

export function slackHealthProbe(api: Pick<SlackApi, 'authTest'>, clock: Clock, options: { socketMode: boolean; cacheMs?: number }): () => Promise<HealthReport> {
  let cached: { at: number; report: HealthReport } | undefined;
  const mode = options.socketMode ? 'socket' : 'http';
  return async () => {
    const now = clock.now().getTime();
    if (cached && now - cached.at < (options.cacheMs ?? 60_000)) return cached.report;
    let report: HealthReport;
    try {
      const who = await api.authTest();
      report = { state: 'ok', detail: 'Slack 授权有效 / Slack accepts the bot token', mode, botUserId: who.botUserId };
    } catch (error) {
      const code = isAppError(error) ? error.code : 'slack_failed';
      // A refused token needs a person (reinstall the app); an unreachable Slack may pass by itself.
      const refused = isAppError(error) && !error.retryable;
      report = {
        state: 'down',
        detail: refused
          ? `Slack 拒绝了机器人令牌，请检查 SLACK_BOT_TOKEN 或重新安装应用 / Slack refused the bot token (${code}): check SLACK_BOT_TOKEN or reinstall the app`
          : `连不上 Slack / Slack could not be reached (${code})`,
        mode,
        code,
      };
    }
    cached = { at: now, report };
    return report;
  };
}
