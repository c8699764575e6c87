/**
 * The real servers the security suite attacks, started in-process on 127.0.0.1 over temporary
 * data folders (app/server.ts, as `npm start` runs it):
 * - `offline`: the default brain, behind a trusted loopback proxy (so attackers and victims can
 *   come from addresses of their own through X-Forwarded-For), with the Slack desk configured
 *   against a minimal local fake of Slack's Web API (only request verification is attacked), a
 *   health token and a small event-stream cap;
 * - `llm`: the same with LLM_BASE_URL at the local fake OpenAI-compatible server, which each
 *   attack scripts to misbehave;
 * - `direct`: the defaults, no proxy trusted, for forged X-Forwarded-For headers.
 * Codes and links texted to phones are read from a recording SMS sender, as the phone's owner would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../testing/fake-openai-server';
import { startFakeSlack } from './fake-slack';

export const SLACK_SECRET = 'security-eval-signing-secret';
export const HEALTH_TOKEN = 'security-eval-health-token-0123456789';
export const MAX_STREAMS = 6;
/** The limits the attacks are judged against: the shipped defaults (app/config.ts). */
export const LIMITS = loadConfig({}).abuse;

export interface SecurityServer {
  url: string;
  server: RunningServer;
  config: Config;
  sms: LogSmsSender;
  /** Stops the server and starts it again on the same data folder (what a restart keeps). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function start(env: Record<string, string>): Promise<SecurityServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersales-security-'));
  const sms = new LogSmsSender(() => undefined, 500);
  // Only what is passed here is read, so a developer's .env does not change what is attacked.
  const config = loadConfig({ AFTERSALES_DATA_DIR: path.join(dir, 'data'), PORT: '0', AFTERSALES_LOG_LEVEL: 'silent', ...env });
  const handle: SecurityServer = {
    url: '',
    server: undefined as unknown as RunningServer,
    config,
    sms,
    async restart() {
      await handle.server.close();
      handle.server = await startServer(config, { host: '127.0.0.1', sms });
      handle.url = `http://127.0.0.1:${handle.server.port}`;
    },
    async close() {
      await handle.server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    handle.server = await startServer(config, { host: '127.0.0.1', sms });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  handle.url = `http://127.0.0.1:${handle.server.port}`;
  return handle;
}

const behindProxy = {
  TRUST_PROXY: 'loopback',
  HEALTH_TOKEN,
  WEB_MAX_STREAMS: String(MAX_STREAMS),
  // The per-minute request limits are not what is attacked here.
  WEB_RATE_LIMIT_PER_MINUTE: '100000',
  WEB_IP_RATE_LIMIT_PER_MINUTE: '100000',
};

export async function startOfflineServer(): Promise<SecurityServer> {
  const slack = await startFakeSlack();
  const server = await start({
    ...behindProxy,
    SLACK_BOT_TOKEN: 'xoxb-security-eval',
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_CHANNEL_ID: 'C0SECURITY',
    SLACK_API_URL: slack.apiUrl,
  });
  const closeServer = server.close;
  return Object.assign(server, {
    close: async () => {
      await closeServer();
      await slack.close();
    },
  });
}

export async function startLlmServer(): Promise<SecurityServer & { model: FakeOpenAIServer }> {
  const model = await startFakeOpenAIServer();
  // The attacks script failures on purpose (hanging, huge, unusable answers): the circuit breaker
  // must not open between them, or later attacks would meet the offline brain instead of the model.
  const server = await start({ ...behindProxy, LLM_BASE_URL: model.baseUrl, LLM_API_KEY: 'sk-security-eval', LLM_TIMEOUT: '3s', LLM_MAX_RETRIES: '0', LLM_CIRCUIT_FAILURES: '1000' });
  const closeServer = server.close;
  return Object.assign(server, {
    model,
    close: async () => {
      await closeServer();
      await model.close();
    },
  });
}

/**
 * The LLM server with rewording on (LLM_PHRASING), where a model's own words can reach a customer:
 * the misbehaving-reply attacks run here, and once more with the grounding check off to show
 * that each is a real violation without it.
 */
export async function startPhrasingServer(grounded: boolean): Promise<SecurityServer & { model: FakeOpenAIServer }> {
  const model = await startFakeOpenAIServer();
  const server = await start({
    ...behindProxy,
    LLM_BASE_URL: model.baseUrl,
    LLM_API_KEY: 'sk-security-eval',
    LLM_TIMEOUT: '3s',
    LLM_MAX_RETRIES: '0',
    LLM_CIRCUIT_FAILURES: '1000',
    LLM_PHRASING: 'true',
    LLM_GROUNDED_REPLIES: String(grounded),
  });
  const closeServer = server.close;
  return Object.assign(server, {
    model,
    close: async () => {
      await closeServer();
      await model.close();
    },
  });
}

export function startDirectServer(): Promise<SecurityServer> {
  return start({ WEB_IP_RATE_LIMIT_PER_MINUTE: '5' });
}
