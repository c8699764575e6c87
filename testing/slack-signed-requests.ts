/**
 * Requests as Slack sends them to our receiver: `X-Slack-Signature: v0=` + HMAC-SHA256 of
 * `v0:${timestamp}:${rawBody}` with the signing secret, and `X-Slack-Request-Timestamp`.
 * Interactions are form-encoded `payload=<json>`; events are JSON `event_callback` envelopes.
 */
import crypto from 'node:crypto';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedRequest {
  body: string;
  contentType: string;
  headers: Record<string, string>;
}

export interface SignOptions {
  /** Seconds since the epoch; Bolt compares it with the real time, so default to now. */
  timestamp?: number;
  /** Override the signature (a forged or mangled one). */
  signature?: string;
  /** Slack's retry headers. */
  retryNum?: number;
}

export function signed(secret: string, body: string, contentType: string, options: SignOptions = {}): SignedRequest {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? signature(secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return { body, contentType, headers };
}

export async function send(url: string, request: SignedRequest): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
  return { status: response.status, text: await response.text() };
}

export interface ClickInput {
  user: string;
  channel: string;
  /** The message carrying the button (the handoff post, or a reply in its thread). */
  messageTs: string;
  threadTs?: string;
  actionId: string;
  value: string;
  actionTs?: string;
}

let clicks = 0;

/** A block_actions interaction, form-encoded as Slack sends it. */
export function blockActionBody(input: ClickInput): string {
  clicks++;
  const payload = {
    type: 'block_actions',
    team: { id: 'T0FAKE', domain: 'fake' },
    user: { id: input.user, username: input.user.toLowerCase(), team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: input.messageTs, channel_id: input.channel, is_ephemeral: false, thread_ts: input.threadTs },
    trigger_id: `trigger-${clicks}`,
    channel: { id: input.channel, name: 'aftersales-desk' },
    message: { type: 'message', ts: input.messageTs, thread_ts: input.threadTs, text: 'handoff', bot_id: 'BBOT' },
    response_url: 'http://127.0.0.1:9/unused',
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: `handoff:${input.value}`,
        value: input.value,
        text: { type: 'plain_text', text: input.actionId },
        action_ts: input.actionTs ?? `${Math.floor(Date.now() / 1000)}.${String(100000 + clicks)}`,
      },
    ],
  };
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export interface MessageEventInput {
  eventId: string;
  channel: string;
  user?: string;
  text: string;
  ts: string;
  threadTs?: string;
  botId?: string;
  subtype?: string;
  /** Files shared with the message (subtype file_share), as Slack lists them (FakeSlackApi.addFile gives real download URLs). */
  files?: { id: string; name: string; mimetype?: string; size?: number; url_private_download?: string }[];
}

/** An Events API `event_callback` carrying a `message` event. */
export function messageEventBody(input: MessageEventInput): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    api_app_id: 'A0FAKE',
    type: 'event_callback',
    event_id: input.eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0FAKE', user_id: 'UBOT', is_bot: true }],
    event: {
      type: 'message',
      channel: input.channel,
      channel_type: 'channel',
      user: input.user,
      text: input.text,
      ts: input.ts,
      thread_ts: input.threadTs,
      bot_id: input.botId,
      subtype: input.subtype,
      files: input.files?.map((f) => ({
        id: f.id,
        name: f.name,
        mimetype: f.mimetype ?? 'image/png',
        ...(f.size !== undefined ? { size: f.size } : {}),
        url_private: `https://files.slack.com/files-pri/T0FAKE-${f.id}/${f.name}`,
        ...(f.url_private_download ? { url_private_download: f.url_private_download } : {}),
      })),
      event_ts: input.ts,
    },
  });
}
