/**
 * Slack's replay protection, in both directions. Bolt refuses a signed request dated more than
 * five minutes ago but takes one dated in the future, so a request captured with a clock set
 * ahead could be replayed for as long as it is "young". This refuses any request whose
 * X-Slack-Request-Timestamp is more than five minutes from now either way, before Bolt reads it.
 */
import type { RequestHandler } from 'express';

export const SLACK_MAX_SKEW_SECONDS = 5 * 60;

export function slackRequestAge(path: string, now: () => number = Date.now): RequestHandler {
  return (req, res, next) => {
    if (req.path !== path || req.method !== 'POST') return next();
    const header = req.get('x-slack-request-timestamp') ?? '';
    const seconds = /^\d{1,12}$/.test(header) ? Number(header) : NaN;
    if (!Number.isFinite(seconds) || Math.abs(now() / 1000 - seconds) > SLACK_MAX_SKEW_SECONDS) {
      res.status(401).json({ error: { code: 'slack_request_stale', message: 'Slack request timestamp is missing or more than 5 minutes off' } });
      return;
    }
    next();
  };
}
