/**
 * The call-centre webhook: `POST /voice/calls` with a finished call's transcript (JSON, WebVTT,
 * SRT or plain text, by Content-Type), signed with the shared secret. It only translates: check
 * the signature, read the transcript, hand it to the core's call intake, and answer with the
 * ticket. Without VOICE_WEBHOOK_SECRET it answers 503 rather than accept unsigned calls.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { CallIntake, CallOutcome } from '../../bot/calls/call-intake';
import type { Clock } from '../../kernel/clock';
import { isAppError } from '../../kernel/errors';
import { formatOfContentType, formatOfName, readTranscript, sniffFormat, type TranscriptFormat } from './read-transcript';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyVoiceSignature } from './webhook-signature';
import { TranscriptError } from './transcript-error';

export const VOICE_WEBHOOK_PATH = '/voice/calls';
/** Names the transcript's format when the content type cannot (a vendor's JSON export). */
export const FORMAT_HEADER = 'x-transcript-format';
/** Largest body accepted: a long call's transcript is a few hundred kilobytes. */
export const MAX_BODY = '2mb';

/** What the webhook needs from the server (structurally: channels never import the app). */
export interface VoiceWebhookContext {
  app: Express;
  assistant: { calls: CallIntake; clock: Clock };
  config: { voice: { webhookSecret?: string; signatureMaxAgeMs: number; transcriptFormat?: TranscriptFormat; agentSpeaker?: string } };
}

function problem(res: Response, status: number, error: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ error, message, ...extra });
}

export function outcomeView(outcome: CallOutcome) {
  const a = outcome.analysis;
  return {
    callId: outcome.callId,
    duplicate: outcome.duplicate,
    customerId: outcome.customerId,
    ticket: outcome.ticket,
    urgency: a.urgency.priority,
    safety: a.urgency.safety,
    intent: a.intent,
    summary: a.summary,
    lowestSentiment: a.lowest ? { line: a.lowest.line, score: a.lowest.score } : undefined,
    quality: { applicable: a.quality.applicable, failed: a.quality.failed },
  };
}

export async function mountVoiceWebhook(context: VoiceWebhookContext): Promise<void> {
  const { app, assistant, config } = context;
  const secret = config.voice.webhookSecret;

  app.post(
    VOICE_WEBHOOK_PATH,
    (_req: Request, res: Response, next: NextFunction) => {
      if (!secret) {
        return problem(res, 503, 'voice_webhook_disabled', 'The call webhook is off: set VOICE_WEBHOOK_SECRET to accept signed calls / 未配置 VOICE_WEBHOOK_SECRET，通话推送接口未启用');
      }
      next();
    },
    // The raw bytes, not a parsed body: the signature is over exactly what was sent.
    express.raw({ type: () => true, limit: MAX_BODY }),
    async (req: Request, res: Response) => {
      const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const check = verifyVoiceSignature({
        secret: secret!,
        timestamp: req.get(TIMESTAMP_HEADER),
        signature: req.get(SIGNATURE_HEADER),
        rawBody,
        now: assistant.clock.now(),
        maxAgeMs: config.voice.signatureMaxAgeMs,
      });
      if (!check.ok) return problem(res, 401, check.code, check.message);

      // A vendor's export is named by X-Transcript-Format (aliyun, tencent) or the configured default.
      const named = req.get(FORMAT_HEADER);
      const chosen = named ? formatOfName(named) : config.voice.transcriptFormat;
      if (named && !chosen) return problem(res, 400, 'unknown_transcript_format', `${FORMAT_HEADER}: "${named}" is not a format; use aliyun, tencent, json, webvtt, srt or text`);
      const contentType = req.get('content-type');
      let format = chosen ?? formatOfContentType(contentType);
      if (!format && contentType && !/^application\/octet-stream\b/i.test(contentType)) {
        return problem(res, 415, 'unsupported_transcript_type', `Send application/json, text/vtt, application/x-subrip or text/plain, not ${contentType.split(';')[0]}`);
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(rawBody);
      } catch {
        return problem(res, 400, 'invalid_transcript', 'The body is not UTF-8 text / 请使用 UTF-8 编码');
      }
      format ??= sniffFormat(text);
      try {
        const call = readTranscript(text, {
          file: 'body',
          format,
          defaults: { startedAt: assistant.clock.now().toISOString() },
          speakers: { agent: config.voice.agentSpeaker ?? '0' },
        });
        const outcome = await assistant.calls.file(call);
        res.status(outcome.duplicate ? 200 : 201).json(outcomeView(outcome));
      } catch (error) {
        if (error instanceof TranscriptError) return problem(res, 400, error.code, error.message, { line: error.line });
        if (isAppError(error) && error.kind === 'validation') return problem(res, 400, error.code, error.message);
        if (isAppError(error) && error.kind === 'conflict') return problem(res, 409, error.code, error.message);
        if (isAppError(error) && error.kind === 'storage' && error.retryable) return problem(res, 503, error.code, 'The desk is busy; post the call again shortly / 请稍后重试');
        console.error('voice webhook failed:', error);
        problem(res, 500, 'internal', 'The call could not be filed; post it again later / 通话记录处理失败，请稍后重试');
      }
    },
  );
  // Body-parser failures (too large, aborted) as JSON, like every other answer here.
  app.use(VOICE_WEBHOOK_PATH, (error: { status?: number; type?: string; message?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') return problem(res, 413, 'transcript_too_large', `The transcript is larger than ${MAX_BODY}`);
    problem(res, error.status && error.status < 500 ? error.status : 400, 'bad_request', error.message ?? 'bad request');
  });
}
