/**
 * /healthz over real HTTP on the real server: the model circuit read from the LLM brain talking to
 * the local fake model, Slack's auth from the fake Slack Web API, undelivered messages per
 * destination from the SQLite outbox; and HOST deciding which address the server listens on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { SlackApi } from '../../channels/slack/slack-api';
import { slackHealthProbe } from '../../channels/slack/slack-health';
import { FixedClock } from '../../kernel/clock';
import { HealthProbes } from '../../kernel/health-probe';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../testing/fake-openai-server';
import { FakeSlackApi } from '../../testing/fake-slack-api';
import { startWebServer, WebClient, type WebServer } from '../web/web-client';

describe('/healthz details', () => {
  let model: FakeOpenAIServer;
  let slack: FakeSlackApi;
  let server: WebServer;

  beforeAll(async () => {
    model = await startFakeOpenAIServer(); // nothing scripted: every call fails with a 500
    slack = await FakeSlackApi.start({ token: 'xoxb-good', channels: ['CDESK'] });
    server = await startWebServer({
      LLM_BASE_URL: model.baseUrl,
      LLM_API_KEY: 'sk-test',
      LLM_MAX_RETRIES: '0',
      LLM_TIMEOUT: '2s',
      LLM_CIRCUIT_FAILURES: '1',
      LLM_CIRCUIT_RESET: '10m',
      SLACK_BOT_TOKEN: 'xoxb-good',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_CHANNEL_ID: 'CDESK',
      SLACK_API_URL: slack.url,
      HEALTH_TOKEN: 'health-token-123',
    });
  });
  afterAll(async () => {
    await server?.dispose();
    await slack?.close();
    await model?.close();
  });

  const health = async (headers: Record<string, string> = {}) => (await fetch(`${server.url}/healthz`, { headers })).json();

  it('reports each channel and the model circuit, which opens when the model fails', async () => {
    const before = await health();
    expect(before.channels.model).toMatchObject({ state: 'ok', circuit: 'closed' });
    expect(before.channels.slack).toMatchObject({ state: 'ok', mode: 'http', botUserId: 'UBOT' });
    expect(before.attention).toEqual([]);

    const client = new WebClient(server.url);
    await client.startSession();
    const turn = await client.say('洗衣机不排水怎么办');
    expect(turn.status).toBe(200); // the offline brain answered instead
    expect(turn.body.replies.length).toBeGreaterThan(0);

    const after = await health();
    expect(after.channels.model).toMatchObject({ state: 'down', circuit: 'open' });
    expect(after.attention).toContain('model');
  });

  it('counts dead deliveries per destination and names them for attention', async () => {
    // A server of its own: the dead delivery it leaves would put the other tests' fresh server on the attention list.
    const own = await startWebServer({});
    try {
      const { outbox } = own.context.assistant.desk;
      const id = (await outbox.enqueue({ destination: 'customer:wechat', kind: 'message', payload: { text: 'x' } }))!;
      await outbox.markFailed(id, 'wechat_contact_not_found', undefined);
      const retrying = (await outbox.enqueue({ destination: 'customer:wechat_oa', kind: 'message', payload: { text: 'y' } }))!;
      await outbox.markFailed(retrying, '45047', new Date(own.clock.now().getTime() + 60_000));

      const body = await (await fetch(`${own.url}/healthz`)).json();
      expect(body.deliveries['customer:wechat']).toEqual({ pending: 0, retrying: 0, dead: 1, parked: 0 });
      expect(body.deliveries['customer:wechat_oa']).toEqual({ pending: 0, retrying: 1, dead: 0, parked: 0 });
      expect(body.attention).toContain('deliveries:customer:wechat');
      expect(body.attention).not.toContain('deliveries:customer:wechat_oa');
    } finally {
      await own.dispose();
    }
  });

  it('says Slack refused the token when it does, and asks Slack at most once a minute', async () => {
    const clock = new FixedClock('2026-11-24T01:00:00Z');
    const probe = slackHealthProbe(new SlackApi({ token: 'xoxb-revoked', apiUrl: slack.url }), clock, { socketMode: false });
    const calls = slack.callsOf('auth.test').length;
    expect(await probe()).toMatchObject({ state: 'down', code: 'slack_invalid_auth' });
    await probe();
    expect(slack.callsOf('auth.test').length).toBe(calls + 1);
    clock.advance(61_000);
    await probe();
    expect(slack.callsOf('auth.test').length).toBe(calls + 2);
  });

  it('turns a probe that throws or hangs into a down line instead of a failed page', async () => {
    const probes = new HealthProbes();
    probes.register('fine', () => ({ state: 'ok', detail: 'fine' }));
    probes.register('throws', () => {
      throw new Error('boom');
    });
    probes.register('hangs', () => new Promise(() => undefined));
    const report = await probes.report(50);
    expect(report.fine!.state).toBe('ok');
    expect(report.throws).toMatchObject({ state: 'down' });
    expect(report.throws!.detail).toMatch(/boom/);
    expect(report.hangs).toMatchObject({ state: 'down' });
    expect(report.hangs!.detail).toMatch(/timed out/);
  });
});

describe('HOST', () => {
  it('defaults to loopback and refuses what is not an address', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(() => loadConfig({ HOST: 'http://x/' })).toThrow(/HOST/);
  });

  it('is the address the server listens on', async () => {
    const server = await startWebServer({ HOST: '127.0.0.2' });
    try {
      expect((await fetch(`http://127.0.0.2:${server.port}/healthz`)).status).toBe(200);
      await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();
    } finally {
      await server.dispose();
    }
  });
});
