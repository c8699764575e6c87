import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../app/config';

describe('configuration', () => {
  it('runs offline with no variables at all', () => {
    const config = loadConfig({});
    expect(config.dbPath).toBe(path.resolve('data/aftersales.db'));
    expect(config.port).toBe(3000);
    expect(config.llm.baseUrl).toBeUndefined();
    expect(config.embeddings.provider).toBe('local');
    expect(config.sla.tiers.P1).toEqual({ firstResponseMs: 3_600_000, resolutionMs: 86_400_000, updateEveryMs: 14_400_000 });
    expect(config.sla.tiers.P4.resolutionMs).toBe(7 * 86_400_000);
  });

  it('keeps everything stored under the data folder', () => {
    const config = loadConfig({ AFTERSALES_DATA_DIR: '/srv/desk' });
    expect(config.dbPath).toBe('/srv/desk/aftersales.db');
    expect(config.indexDir).toBe('/srv/desk/index');
    expect(config.uploadsDir).toBe('/srv/desk/uploads');
  });

  it('reads durations, lists and booleans', () => {
    const config = loadConfig({ SLA_P2_FIRST_RESPONSE: '90m', WEB_ALLOWED_ORIGINS: 'https://a.example, https://b.example', UPLOAD_KEEP: 'yes', PORT: '8080' });
    expect(config.sla.tiers.P2.firstResponseMs).toBe(90 * 60_000);
    expect(config.web.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.uploads.keep).toBe(true);
    expect(config.port).toBe(8080);
  });

  it('trusts no proxy unless told which, and reads the security limits', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    const config = loadConfig({ PROOF_FAILURES_PER_HOUR: '3', HANDOFFS_PER_IP_PER_HOUR: '4', TICKETS_FIRST_MESSAGE_PER_HOUR: '0', LLM_MAX_TOKENS: '600' });
    expect(config.abuse).toMatchObject({ proofFailuresPerHour: 3, handoffsPerIpPerHour: 4, firstMessageTicketsPerHour: 0 });
    expect(config.llm).toMatchObject({ maxTokens: 600, maxResponseBytes: undefined });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ LLM_BASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['PORT', 'abc', /PORT: expected a whole number/],
    ['PORT', '70000', /PORT: expected at most 65535/],
    ['SLA_P1_RESOLUTION', 'tomorrow', /SLA_P1_RESOLUTION: expected a duration/],
    ['LLM_BASE_URL', 'not a url', /LLM_BASE_URL: expected a URL/],
    ['EMBEDDINGS', 'cloud', /EMBEDDINGS/],
    ['UPLOAD_KEEP', 'maybe', /UPLOAD_KEEP: expected true or false/],
    ['AFTERSALES_TIMEZONE', 'Mars/Base', /AFTERSALES_TIMEZONE: expected an IANA time zone/],
    ['SLA_AT_RISK_FRACTION', '2', /SLA_AT_RISK_FRACTION: expected a number between 0 and 1/],
    ['TRUST_PROXY', 'everyone please', /TRUST_PROXY: expected false, a number of proxies/],
    ['LLM_MAX_RESPONSE_BYTES', '100', /LLM_MAX_RESPONSE_BYTES: expected at least 10000/],
    ['WEB_PUBLIC_URL', 'support', /WEB_PUBLIC_URL: expected a URL/],
  ])('refuses %s=%s with a message naming it', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variables).toEqual([name]);
    expect((error as Error).message).toMatch(message);
  });

  it.each([
    [{ EMBEDDINGS: 'openai' }, 'EMBEDDINGS_BASE_URL'],
    [{ WECHATY_PUPPET: 'wechaty-puppet-service' }, 'WECHATY_PUPPET_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' }, 'SLACK_CHANNEL_ID'],
    [{ SLACK_SOCKET_MODE: 'true' }, 'SLACK_APP_TOKEN'],
    [{ SLA_P3_FIRST_RESPONSE: '5d' }, 'SLA_P3_FIRST_RESPONSE'],
  ])('refuses a missing companion setting: %o needs %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}: `));
  });

  it('lists every variable in .env.example with a comment', () => {
    const example = fs.readFileSync(path.resolve(import.meta.dirname, '../../.env.example'), 'utf8');
    for (const name of CONFIG_VARIABLES) {
      expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
    }
    const declared = [...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(declared.filter((n) => !CONFIG_VARIABLES.includes(n!))).toEqual([]);
  });

  it('is the only code that reads process.env', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const offenders: string[] = [];
    for (const top of ['app', 'bot', 'channels', 'knowledge', 'ocr', 'tickets', 'evals', 'kernel']) {
      const dir = path.join(root, top);
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.ts')) continue;
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        if (/process\.env\b/.test(text) && path.join(top, file) !== path.join('app', 'config.ts')) offenders.push(path.join(top, file));
      }
    }
    expect(offenders).toEqual([]);
  });
});
