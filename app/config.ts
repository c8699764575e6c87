/**
 * The one configuration module: every setting is declared here once, with a default that runs
 * offline. It is the only code in the project that reads `process.env`; everything else gets
 * a typed `Config` from the composition root.
 */
import path from 'node:path';
import { z } from 'zod';
import { parseDuration } from '../kernel/duration';
import type { AgentDeskSettings } from '../agent-desk/web/mount-agent-desk';
import type { SlackSettings } from '../channels/slack/mount-slack-desk';
import type { WebChatSettings } from '../channels/web/mount-web-chat';
import type { WechatSettings } from '../channels/wechat/wechat-host';
import type { WecomSettings } from '../channels/wecom/mount-wecom';
import { DEFAULT_ABUSE_LIMITS, type AbuseLimits } from '../bot/tools/abuse-limits';
import { formatOfName, TRANSCRIPT_FORMATS, type TranscriptFormat } from '../channels/voice/read-transcript';
import { LLM_PRESET_NAMES, LLM_PRESETS, presetFor, type LlmPresetName } from '../bot/brains/llm/llm-presets';
import { ValidationError } from '../kernel/errors';

const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected a duration such as 30m, 4h or 7d, got "${text}"` });
        return z.NEVER;
      }
      return ms;
    });

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'expected true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ message: 'expected a whole number' })
    .int({ message: 'expected a whole number' })
    .min(min, { message: `expected at least ${min}` })
    .max(max, { message: `expected at most ${max}` })
    .default(fallback);

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const optionalUrl = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined))
  .pipe(z.url({ message: 'expected a URL such as https://api.example.com/v1' }).optional());

const list = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** A JSON object in one variable (extra request fields such as {"enable_thinking":false}). */
const jsonObject = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (!text || !text.trim()) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'expected a JSON object such as {"enable_thinking":false}' });
    return z.NEVER;
  });

/** Environment variable name -> schema. The names are the public contract (.env.example mirrors them). */
const envSchema = z.object({
  AFTERSALES_DATA_DIR: z.string().min(1).default('./data'),
  AFTERSALES_DB_PATH: optionalText,
  AFTERSALES_DB_BUSY_TIMEOUT: duration('5s'),
  // Unset: the embedded SQLite file. postgres://… : PostgreSQL, which several instances may share.
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), { message: 'expected postgres://user:password@host:5432/database' }),
  DATABASE_POOL_SIZE: int(10, 1, 500),
  AFTERSALES_TIMEZONE: z.string().default('Asia/Shanghai').refine(isTimeZone, { message: 'expected an IANA time zone such as Asia/Shanghai' }),
  AFTERSALES_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AFTERSALES_LOG_PERSONAL_DATA: bool(false),
  PORT: int(3000, 0, 65535),
  // Loopback by default: behind nginx (deploy/) nothing else should reach the port directly.
  HOST: z
    .string()
    .default('127.0.0.1')
    .refine((h) => /^[0-9a-f.:]+$/i.test(h) || /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(h), { message: 'expected an address such as 127.0.0.1, 0.0.0.0 or ::' }),
  AFTERSALES_FIXED_TIME: optionalText.pipe(z.iso.datetime({ offset: true, message: 'expected an ISO time such as 2026-11-24T09:00:00+08:00' }).optional()),

  LLM_PRESET: z.enum(LLM_PRESET_NAMES, { message: `expected one of ${LLM_PRESET_NAMES.join(', ')}` }).optional(),
  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: optionalText,
  // Default: the preset's model (llm-presets.ts), gpt-4o-mini when no preset is known.
  LLM_MODEL: optionalText,
  LLM_TEMPERATURE: z.coerce.number({ message: 'expected a number such as 0.2' }).min(0, { message: 'expected 0 to 2' }).max(2, { message: 'expected 0 to 2' }).optional(),
  LLM_EXTRA_BODY: jsonObject,
  LLM_PARALLEL_TOOL_CALLS: z
    .enum(['true', 'false'], { message: 'expected true or false' })
    .transform((v) => v === 'true')
    .optional(),
  LLM_TIMEOUT: duration('20s'),
  LLM_MAX_RETRIES: int(2, 0, 10),
  LLM_RETRY_BUDGET: duration('10s'),
  LLM_CIRCUIT_FAILURES: int(5, 1, 1000),
  LLM_CIRCUIT_RESET: duration('30s'),
  LLM_ALLOWED_LINK_HOSTS: list,
  LLM_PHRASING: bool(false),
  LLM_GROUNDED_REPLIES: bool(true),
  LLM_MAX_TOKENS: int(1024, 16, 32_768),
  LLM_MAX_RESPONSE_BYTES: z.coerce
    .number({ message: 'expected a whole number of bytes' })
    .int({ message: 'expected a whole number of bytes' })
    .min(10_000, { message: 'expected at least 10000' })
    .max(100_000_000, { message: 'expected at most 100000000' })
    .optional(),
  EMBEDDINGS: z.enum(['local', 'openai']).default('local'),
  EMBEDDINGS_BASE_URL: optionalUrl,
  EMBEDDINGS_API_KEY: optionalText,
  EMBEDDINGS_MODEL: z.string().default('text-embedding-3-small'),
  EMBEDDINGS_TIMEOUT: duration('15s'),
  // Default: what the provider accepts (DashScope 10; see llm-presets.ts).
  EMBEDDINGS_BATCH_SIZE: z.coerce
    .number({ message: 'expected a whole number' })
    .int({ message: 'expected a whole number' })
    .min(1, { message: 'expected at least 1' })
    .max(2048, { message: 'expected at most 2048' })
    .optional(),
  EMBEDDINGS_DIMENSIONS: z.coerce
    .number({ message: 'expected a whole number' })
    .int({ message: 'expected a whole number' })
    .min(8, { message: 'expected at least 8' })
    .max(16_384, { message: 'expected at most 16384' })
    .optional(),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SOCKET_MODE: bool(false),
  SLACK_CHANNEL_ID: optionalText,
  SLACK_API_URL: optionalUrl,
  // alerts: the thread is for the team; only `!reply ...` / `回复：...` reaches the customer.
  SLACK_THREAD_MODE: z.enum(['conversation', 'alerts'], { message: 'expected conversation or alerts' }).default('conversation'),
  HANDOFF_RETURN_AFTER: duration('30m'),
  DESK_SESSION_IDLE: duration('8h'),
  DESK_LOGIN_MAX_FAILURES: int(10, 1, 1000),
  DESK_LOGIN_WINDOW: duration('15m'),

  WECHATY_PUPPET: z.enum(['none', 'wechaty-puppet-mock', 'wechaty-puppet-service', 'wechaty-puppet-wechat4u', 'wechaty-puppet-padlocal']).default('none'),
  WECHATY_PUPPET_TOKEN: optionalText,
  WECHATY_NAME: z.string().default('aftersales-bot'),
  // wechaty-puppet-service gateways: discovery authority and TLS (see README, WeChat personal account).
  WECHATY_PUPPET_SERVICE_AUTHORITY: optionalText,
  WECHATY_PUPPET_SERVICE_TLS_CA_CERT: optionalText,
  WECHATY_PUPPET_SERVICE_TLS_SERVER_NAME: optionalText,
  WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: bool(false),
  WECHAT_MIN_SEND_INTERVAL: duration('2s'),
  WECHAT_RATE_LIMIT_PER_MINUTE: int(20, 1),
  WECHATY_START_TIMEOUT: duration('60s'),
  // accept (default), ignore, or keyword:售后,格力 (accept when the greeting names one of the words).
  WECHAT_FRIEND_REQUESTS: z
    .string()
    .default('accept')
    .transform((text, ctx) => {
      const v = text.trim();
      if (v === 'accept' || v === 'ignore') return { mode: v } as const;
      const words = /^keyword\s*:(.+)$/s
        .exec(v)?.[1]
        ?.split(',')
        .map((w) => w.trim())
        .filter(Boolean);
      if (words?.length) return { mode: 'keyword', keywords: words } as const;
      ctx.addIssue({ code: 'custom', message: `expected accept, ignore or keyword:WORD,WORD, got "${text}"` });
      return z.NEVER;
    }),
  WECHAT_OA_TOKEN: optionalText,
  WECHAT_OA_APP_ID: optionalText,
  WECHAT_OA_APP_SECRET: optionalText,
  WECHAT_API_BASE_URL: z.url({ message: 'expected a URL' }).default('https://api.weixin.qq.com'),
  // verified: customer-service messages allowed; unverified (or personal): only passive answers.
  WECHAT_ACCOUNT_KIND: z.enum(['verified', 'unverified']).default('verified'),
  // The EncodingAESKey (43 characters) for safe mode (安全模式) and compatible mode (兼容模式).
  WECHAT_OA_AES_KEY: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^[A-Za-z0-9+/]{43}$/.test(v), { message: 'expected the 43-character EncodingAESKey from the console' }),
  // "0" is allowed here: always answer through the customer-service API.
  WECHAT_OA_REPLY_WINDOW: z
    .string()
    .default('4s')
    .transform((text, ctx) => {
      const ms = /^\s*0+\s*[smhd]?\s*$/i.test(text) ? 0 : parseDuration(text);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected a duration such as 4s or 2.5s (0 = always the API), got "${text}"` });
        return z.NEVER;
      }
      return ms;
    }),

  WECOM_CORP_ID: optionalText,
  WECOM_SECRET: optionalText,
  WECOM_TOKEN: optionalText,
  WECOM_ENCODING_AES_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}$/, { message: 'expected the 43-character EncodingAESKey from the WeCom console' })
      .optional(),
  ),
  WECOM_OPEN_KFID: list,
  WECOM_API_BASE_URL: z.url({ message: 'expected a URL' }).default('https://qyapi.weixin.qq.com'),
  WECOM_HANDOFF: z.enum(['none', 'queue', 'servicer']).default('none'),
  WECOM_SERVICER_USERID: optionalText,
  WECOM_WELCOME: z.enum(['on', 'off']).default('on'),
  WECOM_WELCOME_ZH: optionalText,
  WECOM_WELCOME_EN: optionalText,

  VOICE_WEBHOOK_SECRET: optionalText,
  VOICE_SIGNATURE_MAX_AGE: duration('5m'),
  // Which reader posted calls and ingested files use when the request or file does not say (auto: by type and shape).
  VOICE_TRANSCRIPT_FORMAT: z
    .string()
    .default('auto')
    .transform((text, ctx) => {
      if (text.trim().toLowerCase() === 'auto') return undefined;
      const format = formatOfName(text);
      if (!format) {
        ctx.addIssue({ code: 'custom', message: `expected auto, ${TRANSCRIPT_FORMATS.join(', ')}; got "${text}"` });
        return z.NEVER;
      }
      return format;
    }),
  VOICE_AGENT_SPEAKER: z.string().trim().min(1).max(40).default('0'),
  VOICE_FORBIDDEN_PHRASES: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split('|')
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .transform((list) => (list.length ? list : undefined)),

  AFTERSALES_DATASETS_DIR: z.string().min(1).default('../shared/datasets'),
  AFTERSALES_CUSTOMERS_FILE: z.string().min(1).default('../shared/conversations/customers-dev.jsonl'),
  KNOWLEDGE_SEED_DIR: z.string().min(1).optional(),

  SLA_P1_FIRST_RESPONSE: duration('1h'),
  SLA_P1_RESOLUTION: duration('24h'),
  SLA_P1_UPDATE_EVERY: duration('4h'),
  SLA_P2_FIRST_RESPONSE: duration('4h'),
  SLA_P2_RESOLUTION: duration('48h'),
  SLA_P2_UPDATE_EVERY: duration('12h'),
  SLA_P3_FIRST_RESPONSE: duration('8h'),
  SLA_P3_RESOLUTION: duration('72h'),
  SLA_P3_UPDATE_EVERY: duration('24h'),
  SLA_P4_FIRST_RESPONSE: duration('24h'),
  SLA_P4_RESOLUTION: duration('7d'),
  SLA_P4_UPDATE_EVERY: duration('48h'),
  SLA_AT_RISK_FRACTION: z.coerce
    .number({ message: 'expected a number between 0 and 1' })
    .gt(0, { message: 'expected a number between 0 and 1' })
    .lt(1, { message: 'expected a number between 0 and 1' })
    .default(0.25),

  UPLOAD_MAX_BYTES: int(8 * 1024 * 1024, 1024),
  UPLOAD_MAX_PIXELS: int(40_000_000, 10_000),
  UPLOAD_KEEP: bool(false),
  WEB_ALLOWED_ORIGINS: list,
  WEB_SESSION_IDLE: duration('30m'),
  WEB_RATE_LIMIT_PER_MINUTE: int(30, 1),
  WEB_IP_RATE_LIMIT_PER_MINUTE: int(300, 1),
  WEB_UPLOADS_PER_MINUTE: int(6, 1),
  WEB_MAX_SESSIONS: int(10_000, 1),
  WEB_MAX_STREAMS: int(2_000, 1),
  WEB_PUBLIC_URL: optionalUrl,
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((text, ctx) => {
      const value = text.trim();
      if (/^(false|no|off|0)$/i.test(value)) return false;
      if (/^\d{1,2}$/.test(value)) return Number(value);
      const parts = value.split(',').map((p) => p.trim());
      const ok = parts.every((p) => /^(loopback|linklocal|uniquelocal)$/.test(p) || /^[0-9a-f.:]+(\/\d{1,3})?$/i.test(p));
      if (!ok) {
        ctx.addIssue({ code: 'custom', message: `expected false, a number of proxies, or addresses/subnets such as loopback or 10.0.0.0/8, got "${text}"` });
        return z.NEVER;
      }
      return parts.join(', ');
    }),
  HEALTH_TOKEN: optionalText,
  SMS_WEBHOOK_URL: optionalUrl,
  SMS_WEBHOOK_TOKEN: optionalText,
  PROOF_FAILURES_PER_HOUR: int(5, 1),
  PROOF_FAILURES_PER_IP_PER_HOUR: int(20, 1),
  TICKETS_FIRST_MESSAGE_PER_HOUR: int(3, 0),
  TICKETS_PER_IP_PER_HOUR: int(30, 1),
  HANDOFFS_PER_IP_PER_HOUR: int(30, 1),

  OCR_WORKERS: int(1, 1, 8),
  OCR_IMAGE_TIMEOUT: duration('30s'),
  OCR_LANG_DIR: optionalText,
  WARRANTY_POLICY_FILE: optionalText,
  WARRANTY_MIN_CONFIDENCE: z.coerce
    .number({ message: 'expected a number between 0 and 1' })
    .min(0, { message: 'expected a number between 0 and 1' })
    .max(1, { message: 'expected a number between 0 and 1' })
    .default(0.6),

  RETENTION_MESSAGES_DAYS: int(365, 1),
  RETENTION_UPLOADS_DAYS: int(0, 0),
  RETENTION_PERSONAL_DATA_DAYS: int(0, 0),
});

export type Priority = (typeof PRIORITIES)[number];
export interface SlaTier {
  firstResponseMs: number;
  resolutionMs: number;
  updateEveryMs: number;
}

export interface Config {
  dataDir: string;
  dbPath: string;
  /** How long a write waits for another process's lock before failing with db_locked. */
  dbBusyTimeoutMs: number;
  /** DATABASE_URL: the desk is on PostgreSQL (shared by every instance); absent: SQLite at dbPath. */
  databaseUrl?: string;
  /** Connections each instance may hold (PostgreSQL's max_connections is shared by all instances). */
  databasePoolSize: number;
  indexDir: string;
  uploadsDir: string;
  timeZone: string;
  /** Set only for replays and tests: the clock stands still at this time. */
  fixedTime?: string;
  log: { level: string; personalData: boolean };
  port: number;
  /** The address the server listens on (HOST; default 127.0.0.1, 0.0.0.0 for every interface). */
  host: string;
  llm: {
    baseUrl?: string;
    /** The provider's quirks to follow (LLM_PRESET, else recognised from the base URL). */
    preset?: LlmPresetName;
    apiKey?: string;
    model: string;
    /** For every call when set; never sent to models that refuse one. */
    temperature?: number;
    /** Added to each request body, over the preset's own fields. */
    extraBody?: Record<string, unknown>;
    /** `parallel_tool_calls` on calls with tools; default: the preset's. */
    parallelToolCalls?: boolean;
    timeoutMs: number;
    maxRetries: number;
    /** Longest a turn waits across retries (backoff and Retry-After) before the offline brain answers. */
    retryBudgetMs: number;
    /** The breaker opens after this many failed calls (when at least half of recent calls failed) ... */
    circuitFailures: number;
    /** ... and tries the endpoint again after this long. */
    circuitResetMs: number;
    /** Hosts a model reply may link to (the brand's own site); everything else is blocked. */
    allowedLinkHosts: string[];
    /** A second, checked model call rewords the engine's reply (about doubles the cost of a turn). Default off. */
    phrasing?: boolean;
    /** Every claim in a model-worded reply must be backed by the turn's tools, knowledge or the customer's words. Default on; off only to measure what it stops. */
    groundedReplies?: boolean;
    /** Sent as max_tokens on every model call (default in bot/brains/llm/resilient-fetch.ts). */
    maxTokens?: number;
    /** A model answer longer than this many bytes is cut off and the offline brain answers. */
    maxResponseBytes?: number;
  };
  embeddings: {
    provider: 'local' | 'openai';
    baseUrl?: string;
    apiKey?: string;
    model: string;
    timeoutMs: number;
    /** Inputs per request (default: what the provider accepts). */
    batchSize: number;
    /** The width every vector must have; also asked for where the provider takes `dimensions`. */
    dimensions?: number;
    /** Whether the provider takes a `dimensions` field. */
    sendDimensions: boolean;
  };
  /** Each channel declares the settings it reads; the composition root fills them from here. */
  slack: SlackSettings;
  /** Handoffs to people, whatever desk: back to the bot after this long with no word from a person. */
  handoff: { returnToBotAfterMs: number };
  /** The built-in agent desk at /desk. */
  agentDesk: AgentDeskSettings;
  wechat: WechatSettings;
  /** 微信客服 through WeCom (channels/wecom). */
  wecom: WecomSettings;
  voice: {
    webhookSecret?: string;
    /** A signed request older (or newer) than this is refused as a possible replay. */
    signatureMaxAgeMs: number;
    /** Phrases the call quality check flags on the agent's side (default: the built-in list). */
    forbiddenPhrases?: string[];
    /** The transcript reader when a request or file does not name one (absent: by content type, extension and shape). */
    transcriptFormat?: TranscriptFormat;
    /** In a vendor's export (Alibaba ChannelId/SpeakerId, Tencent SpeakerId), the number that is the agent. */
    agentSpeaker: string;
  };
  /** Third-party evaluation data (read only by evals; never copied into the project). */
  datasetsDir: string;
  /** Scripted customers the customers eval replays over the web chat (read only by evals). */
  customersFile: string;
  /** The knowledge folder a fresh data folder is seeded with (default: the shipped sample). */
  knowledgeSeedDir?: string;
  sla: { tiers: Record<Priority, SlaTier>; atRiskFraction: number };
  uploads: { maxBytes: number; maxPixels: number; keep: boolean };
  /** Receipt OCR: workers kept warm, time limit per image, where the language data is assembled. */
  ocr: { workers: number; imageTimeoutMs: number; languageDir: string };
  /** Warranty decisions: brand overrides file, and the receipt-date confidence below which a human checks. */
  warranty: { overridesFile?: string; minConfidence: number };
  web: WebChatSettings;
  /** Which proxies in front of the server are trusted for X-Forwarded-For (express's `trust proxy`); false: none. */
  trustProxy: boolean | number | string;
  /** Bearer token that may read /healthz details from another machine. */
  healthToken?: string;
  /** Text messages (one-time codes, ticket links): to an SMS gateway when its URL is set, else to the log. */
  sms: { webhookUrl?: string; webhookToken?: string };
  /** Limits on guessing tickets and on filing or handing off from anonymous chats (bot/tools/abuse-limits.ts). */
  abuse: AbuseLimits;
  /** Days kept (app/retention.ts); 0 for uploads or personal data: kept until deleted by hand. */
  retention: { messagesDays: number; uploadsDays: number; personalDataDays: number };
}

export class ConfigError extends ValidationError {
  readonly variables: string[];
  constructor(problems: { variable: string; message: string }[]) {
    super('config_invalid', 'Configuration is invalid / 配置有误:\n' + problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
    this.variables = problems.map((p) => p.variable);
  }
}

/** Reads the environment (the default argument is the only `process.env` read in the project). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set": .env files often carry `NAME=` lines.
  const present = Object.fromEntries(Object.entries(env).filter(([name, value]) => name in envSchema.shape && value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message })));
  }
  const e = parsed.data;
  const problems: { variable: string; message: string }[] = [];
  // A preset alone is enough: its base URL and model are the defaults.
  const llmBaseUrl = e.LLM_BASE_URL ?? (e.LLM_PRESET ? LLM_PRESETS[e.LLM_PRESET].baseUrl : undefined);
  const llmPreset = e.LLM_PRESET ?? (llmBaseUrl ? presetFor(llmBaseUrl) : undefined);
  const embeddingsBaseUrl = e.EMBEDDINGS_BASE_URL ?? llmBaseUrl;
  const embeddingsPreset = embeddingsBaseUrl ? (embeddingsBaseUrl === llmBaseUrl ? llmPreset : presetFor(embeddingsBaseUrl)) : undefined;

  if (e.EMBEDDINGS === 'openai' && embeddingsPreset && LLM_PRESETS[embeddingsPreset].noEmbeddings) {
    problems.push({ variable: 'EMBEDDINGS_BASE_URL', message: `${embeddingsPreset} serves no embeddings: set EMBEDDINGS_BASE_URL to an embeddings endpoint, or EMBEDDINGS=local` });
  }
  const maxBatch = embeddingsPreset ? LLM_PRESETS[embeddingsPreset].embeddingsMaxBatch : undefined;
  if (maxBatch && e.EMBEDDINGS_BATCH_SIZE && e.EMBEDDINGS_BATCH_SIZE > maxBatch) {
    problems.push({ variable: 'EMBEDDINGS_BATCH_SIZE', message: `${embeddingsPreset} accepts at most ${maxBatch} inputs per embeddings request` });
  }
  if (e.EMBEDDINGS === 'openai' && !(e.EMBEDDINGS_BASE_URL ?? e.LLM_BASE_URL ?? e.LLM_PRESET)) {
    problems.push({ variable: 'EMBEDDINGS_BASE_URL', message: 'required when EMBEDDINGS=openai (or set LLM_BASE_URL)' });
  }
  if (e.WECHATY_PUPPET === 'wechaty-puppet-service' || e.WECHATY_PUPPET === 'wechaty-puppet-padlocal') {
    if (!e.WECHATY_PUPPET_TOKEN) problems.push({ variable: 'WECHATY_PUPPET_TOKEN', message: `required by ${e.WECHATY_PUPPET}` });
  }
  if (e.WECHAT_OA_TOKEN) {
    // Slow answers and agent replies go out through the customer-service API, which needs both.
    if (!e.WECHAT_OA_APP_ID) problems.push({ variable: 'WECHAT_OA_APP_ID', message: 'required with WECHAT_OA_TOKEN' });
    if (!e.WECHAT_OA_APP_SECRET) problems.push({ variable: 'WECHAT_OA_APP_SECRET', message: 'required with WECHAT_OA_TOKEN' });
  }
  if (e.WECOM_CORP_ID) {
    // Every 微信客服 callback is encrypted and every reply needs the access token: all four go together.
    for (const name of ['WECOM_SECRET', 'WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY'] as const) {
      if (!e[name]) problems.push({ variable: name, message: 'required with WECOM_CORP_ID' });
    }
  }
  if (e.WECOM_HANDOFF === 'servicer' && !e.WECOM_SERVICER_USERID) {
    problems.push({ variable: 'WECOM_SERVICER_USERID', message: 'required when WECOM_HANDOFF=servicer (the WeCom userid of the person who takes over)' });
  }
  if (e.WECHAT_OA_REPLY_WINDOW > 4_500) {
    problems.push({ variable: 'WECHAT_OA_REPLY_WINDOW', message: 'must be at most 4.5s: WeChat stops waiting after 5 seconds' });
  }
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_SOCKET_MODE) {
    problems.push({ variable: 'SLACK_SIGNING_SECRET', message: 'required with SLACK_BOT_TOKEN (HTTP mode verifies every request)' });
  }
  if (e.SLACK_BOT_TOKEN && !e.SLACK_CHANNEL_ID) {
    problems.push({ variable: 'SLACK_CHANNEL_ID', message: 'required with SLACK_BOT_TOKEN (the channel where handoffs are posted)' });
  }
  if (e.SLACK_SOCKET_MODE && !e.SLACK_APP_TOKEN) {
    problems.push({ variable: 'SLACK_APP_TOKEN', message: 'required when SLACK_SOCKET_MODE=true' });
  }
  for (const p of PRIORITIES) {
    if (e[`SLA_${p}_FIRST_RESPONSE`] > e[`SLA_${p}_RESOLUTION`]) {
      problems.push({ variable: `SLA_${p}_FIRST_RESPONSE`, message: `must not be longer than SLA_${p}_RESOLUTION` });
    }
  }
  if (problems.length) throw new ConfigError(problems);

  const dataDir = path.resolve(e.AFTERSALES_DATA_DIR);
  const tier = (p: Priority): SlaTier => ({
    firstResponseMs: e[`SLA_${p}_FIRST_RESPONSE`],
    resolutionMs: e[`SLA_${p}_RESOLUTION`],
    updateEveryMs: e[`SLA_${p}_UPDATE_EVERY`],
  });
  return {
    dataDir,
    dbPath: e.AFTERSALES_DB_PATH ? path.resolve(e.AFTERSALES_DB_PATH) : path.join(dataDir, 'aftersales.db'),
    dbBusyTimeoutMs: e.AFTERSALES_DB_BUSY_TIMEOUT,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    indexDir: path.join(dataDir, 'index'),
    uploadsDir: path.join(dataDir, 'uploads'),
    timeZone: e.AFTERSALES_TIMEZONE,
    fixedTime: e.AFTERSALES_FIXED_TIME,
    log: { level: e.AFTERSALES_LOG_LEVEL, personalData: e.AFTERSALES_LOG_PERSONAL_DATA },
    port: e.PORT,
    host: e.HOST,
    llm: {
      baseUrl: llmBaseUrl,
      preset: llmPreset,
      apiKey: e.LLM_API_KEY,
      model: e.LLM_MODEL ?? (llmPreset ? LLM_PRESETS[llmPreset].model : 'gpt-4o-mini'),
      temperature: e.LLM_TEMPERATURE,
      extraBody: e.LLM_EXTRA_BODY,
      parallelToolCalls: e.LLM_PARALLEL_TOOL_CALLS,
      timeoutMs: e.LLM_TIMEOUT,
      maxRetries: e.LLM_MAX_RETRIES,
      retryBudgetMs: e.LLM_RETRY_BUDGET,
      circuitFailures: e.LLM_CIRCUIT_FAILURES,
      circuitResetMs: e.LLM_CIRCUIT_RESET,
      allowedLinkHosts: e.LLM_ALLOWED_LINK_HOSTS,
      phrasing: e.LLM_PHRASING,
      groundedReplies: e.LLM_GROUNDED_REPLIES,
      maxTokens: e.LLM_MAX_TOKENS,
      maxResponseBytes: e.LLM_MAX_RESPONSE_BYTES,
    },
    embeddings: {
      provider: e.EMBEDDINGS,
      baseUrl: embeddingsBaseUrl,
      apiKey: e.EMBEDDINGS_API_KEY ?? e.LLM_API_KEY,
      model: e.EMBEDDINGS_MODEL,
      timeoutMs: e.EMBEDDINGS_TIMEOUT,
      batchSize: e.EMBEDDINGS_BATCH_SIZE ?? (embeddingsPreset ? LLM_PRESETS[embeddingsPreset].embeddingsBatch : 64),
      dimensions: e.EMBEDDINGS_DIMENSIONS,
      sendDimensions: embeddingsPreset ? LLM_PRESETS[embeddingsPreset].embeddingsDimensions : false,
    },
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      socketMode: e.SLACK_SOCKET_MODE,
      channelId: e.SLACK_CHANNEL_ID,
      apiUrl: e.SLACK_API_URL,
      threadMode: e.SLACK_THREAD_MODE,
    },
    handoff: { returnToBotAfterMs: e.HANDOFF_RETURN_AFTER },
    agentDesk: { sessionIdleMs: e.DESK_SESSION_IDLE, loginMaxFailures: e.DESK_LOGIN_MAX_FAILURES, loginWindowMs: e.DESK_LOGIN_WINDOW, publicUrl: e.WEB_PUBLIC_URL },
    wechat: {
      puppet: e.WECHATY_PUPPET,
      puppetToken: e.WECHATY_PUPPET_TOKEN,
      puppetService: {
        authority: e.WECHATY_PUPPET_SERVICE_AUTHORITY,
        tlsCaCert: e.WECHATY_PUPPET_SERVICE_TLS_CA_CERT,
        tlsServerName: e.WECHATY_PUPPET_SERVICE_TLS_SERVER_NAME,
        noTls: e.WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT,
      },
      name: e.WECHATY_NAME,
      minSendIntervalMs: e.WECHAT_MIN_SEND_INTERVAL,
      rateLimitPerMinute: e.WECHAT_RATE_LIMIT_PER_MINUTE,
      startTimeoutMs: e.WECHATY_START_TIMEOUT,
      friendPolicy: e.WECHAT_FRIEND_REQUESTS,
      officialAccount: {
        token: e.WECHAT_OA_TOKEN,
        appId: e.WECHAT_OA_APP_ID,
        appSecret: e.WECHAT_OA_APP_SECRET,
        apiBaseUrl: e.WECHAT_API_BASE_URL,
        replyWindowMs: e.WECHAT_OA_REPLY_WINDOW,
        accountKind: e.WECHAT_ACCOUNT_KIND,
        aesKey: e.WECHAT_OA_AES_KEY,
      },
    },
    wecom: {
      corpId: e.WECOM_CORP_ID,
      secret: e.WECOM_SECRET,
      token: e.WECOM_TOKEN,
      encodingAesKey: e.WECOM_ENCODING_AES_KEY,
      openKfIds: e.WECOM_OPEN_KFID,
      apiBaseUrl: e.WECOM_API_BASE_URL,
      handoff: e.WECOM_HANDOFF === 'queue' ? { to: 'queue' } : e.WECOM_HANDOFF === 'servicer' && e.WECOM_SERVICER_USERID ? { to: 'servicer', servicerUserId: e.WECOM_SERVICER_USERID } : undefined,
      welcome: e.WECOM_WELCOME === 'on' ? { zh: e.WECOM_WELCOME_ZH, en: e.WECOM_WELCOME_EN } : undefined,
    },
    voice: {
      webhookSecret: e.VOICE_WEBHOOK_SECRET,
      signatureMaxAgeMs: e.VOICE_SIGNATURE_MAX_AGE,
      forbiddenPhrases: e.VOICE_FORBIDDEN_PHRASES,
      transcriptFormat: e.VOICE_TRANSCRIPT_FORMAT,
      agentSpeaker: e.VOICE_AGENT_SPEAKER,
    },
    datasetsDir: path.resolve(e.AFTERSALES_DATASETS_DIR),
    customersFile: path.resolve(e.AFTERSALES_CUSTOMERS_FILE),
    knowledgeSeedDir: e.KNOWLEDGE_SEED_DIR ? path.resolve(e.KNOWLEDGE_SEED_DIR) : undefined,
    sla: { tiers: { P1: tier('P1'), P2: tier('P2'), P3: tier('P3'), P4: tier('P4') }, atRiskFraction: e.SLA_AT_RISK_FRACTION },
    uploads: { maxBytes: e.UPLOAD_MAX_BYTES, maxPixels: e.UPLOAD_MAX_PIXELS, keep: e.UPLOAD_KEEP },
    ocr: {
      workers: e.OCR_WORKERS,
      imageTimeoutMs: e.OCR_IMAGE_TIMEOUT,
      languageDir: e.OCR_LANG_DIR ? path.resolve(e.OCR_LANG_DIR) : path.join(dataDir, 'ocr-lang'),
    },
    warranty: {
      overridesFile: e.WARRANTY_POLICY_FILE ? path.resolve(e.WARRANTY_POLICY_FILE) : undefined,
      minConfidence: e.WARRANTY_MIN_CONFIDENCE,
    },
    web: {
      allowedOrigins: e.WEB_ALLOWED_ORIGINS,
      sessionIdleMs: e.WEB_SESSION_IDLE,
      rateLimitPerMinute: e.WEB_RATE_LIMIT_PER_MINUTE,
      ipRateLimitPerMinute: e.WEB_IP_RATE_LIMIT_PER_MINUTE,
      uploadsPerMinute: e.WEB_UPLOADS_PER_MINUTE,
      maxSessions: e.WEB_MAX_SESSIONS,
      maxStreams: e.WEB_MAX_STREAMS,
      publicUrl: e.WEB_PUBLIC_URL,
      healthToken: e.HEALTH_TOKEN,
    },
    trustProxy: e.TRUST_PROXY,
    healthToken: e.HEALTH_TOKEN,
    sms: { webhookUrl: e.SMS_WEBHOOK_URL, webhookToken: e.SMS_WEBHOOK_TOKEN },
    abuse: {
      proofFailuresPerHour: e.PROOF_FAILURES_PER_HOUR,
      proofFailuresPerIpPerHour: e.PROOF_FAILURES_PER_IP_PER_HOUR,
      codeResendAfterMs: DEFAULT_ABUSE_LIMITS.codeResendAfterMs,
      codeTtlMs: DEFAULT_ABUSE_LIMITS.codeTtlMs,
      firstMessageTicketsPerHour: e.TICKETS_FIRST_MESSAGE_PER_HOUR,
      ticketsPerIpPerHour: e.TICKETS_PER_IP_PER_HOUR,
      handoffsPerIpPerHour: e.HANDOFFS_PER_IP_PER_HOUR,
    },
    retention: { messagesDays: e.RETENTION_MESSAGES_DAYS, uploadsDays: e.RETENTION_UPLOADS_DAYS, personalDataDays: e.RETENTION_PERSONAL_DATA_DAYS },
  };
}

/** Loads ./.env (if present) into the environment; real environment variables win. */
export function loadDotEnv(file = '.env'): void {
  try {
    process.loadEnvFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The names of every variable the configuration reads, for .env.example checks. */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
