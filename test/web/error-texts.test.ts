/**
 * The widget's error texts come from the server's one list of error codes
 * (channels/web/web-error-codes.ts): served at GET /api/web/error-texts, in both languages, for
 * every code a visitor can meet, and the codes the server really answers with are in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_ERROR_CODES, WIDGET_ERROR_TEXT } from '../../channels/web/web-error-codes';
import { startWebServer, WebClient, newClientId, type WebServer } from './web-client';

const WIDGET = path.resolve(import.meta.dirname, '../../channels/web/public/widget/widget.js');

describe('error texts for the widget', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('serves a Chinese and an English text for every code a visitor can meet', async () => {
    const res = await fetch(`${server.url}/api/web/error-texts`);
    expect(res.status).toBe(200);
    const texts = (await res.json()) as Record<'zh' | 'en', Record<string, string>>;
    const codes = Object.keys(WIDGET_ERROR_TEXT).sort();
    expect(Object.keys(texts.zh).sort()).toEqual(codes);
    expect(Object.keys(texts.en).sort()).toEqual(codes);
    for (const code of codes) {
      expect(texts.zh[code], code).toMatch(/[\u4e00-\u9fff]/);
      expect(texts.en[code], code).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(texts.zh.rate_limited).toBe('操作太频繁了，请稍等片刻再试。');
  });

  it('answers with codes from the list, and the widget keeps no copy of their texts', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const tooLong = await client.say('长'.repeat(60_000));
    expect(tooLong.status).toBe(400);
    expect(WEB_ERROR_CODES).toContain(tooLong.body.error.code);
    expect(tooLong.body.error.code).toBe('message_too_long');
    const survey = await client.request('POST', '/api/web/survey', { body: { clientMessageId: newClientId(), score: 5 } });
    expect(survey.body.error.code).toBe('no_survey_pending');
    const widget = fs.readFileSync(WIDGET, 'utf8');
    expect(widget).toMatch(/^\/\/ @ts-check/);
    for (const text of Object.values(WIDGET_ERROR_TEXT)) expect(widget).not.toContain(text.zh);
  });
});
