/**
 * The SMS senders: the log-only default (nothing reaches a phone; the number is masked in the log)
 * and the gateway sender, against a local HTTP server standing in for the operator's SMS relay.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSmsSender } from '../../channels/sms/http-sms-sender';
import { LogSmsSender } from '../../channels/sms/log-sms-sender';

describe('LogSmsSender', () => {
  it('writes the message to the log with the number masked', async () => {
    const lines: string[] = [];
    const sms = new LogSmsSender((line) => lines.push(line));
    await sms.send({ to: '13812345678', text: '验证码 123456', purpose: 'proof_code' });
    expect(lines).toEqual(['SMS (log only, not sent) to 138****5678: 验证码 123456']);
    expect(sms.sent).toHaveLength(1);
  });
});

describe('HttpSmsSender', () => {
  const received: { auth?: string; body: unknown }[] = [];
  let status = 200;
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts the message as JSON with the bearer token', async () => {
    await new HttpSmsSender({ url, token: 'sms-secret' }).send({ to: '13812345678', text: 'hi', purpose: 'ticket_link' });
    expect(received.at(-1)).toEqual({ auth: 'Bearer sms-secret', body: { to: '13812345678', text: 'hi', purpose: 'ticket_link' } });
  });

  it('fails with an upstream error the gateway refused, saying whether to retry', async () => {
    status = 400;
    await expect(new HttpSmsSender({ url }).send({ to: '13812345678', text: 'hi', purpose: 'proof_code' })).rejects.toMatchObject({ kind: 'upstream', code: 'sms_refused', retryable: false });
    status = 503;
    await expect(new HttpSmsSender({ url }).send({ to: '13812345678', text: 'hi', purpose: 'proof_code' })).rejects.toMatchObject({ code: 'sms_refused', retryable: true });
    status = 200;
  });

  it('fails when the gateway cannot be reached', async () => {
    await expect(new HttpSmsSender({ url: 'http://127.0.0.1:1/sms', timeoutMs: 2000 }).send({ to: '13812345678', text: 'hi', purpose: 'proof_code' })).rejects.toMatchObject({
      code: 'sms_unreachable',
    });
  });
});
