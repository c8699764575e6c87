/**
 * The personal account's login life on wechaty-puppet-mock: the QR code to scan, the login, a
 * logout WeChat forces, and the QR code of the re-login, each said in the log and on /healthz's
 * probe.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { openAssistant, type Assistant } from '../../app/assistant';
import { loadConfig } from '../../app/config';
import { startWechaty, type StartedWechaty } from '../../channels/wechat/start-wechaty';
import { FixedClock } from '../../kernel/clock';
import { HealthProbes } from '../../kernel/health-probe';
import { tempDir } from '../../testing/temp-dir';

describe('wechaty login, logout and re-login', () => {
  // Each test starts its own assistant and puppet: the login life is the state under test, so a
  // test must not begin where another one left it (tests run in random order).
  let temp: ReturnType<typeof tempDir>;
  let health: HealthProbes;
  let log: string[];
  let assistant: Assistant;
  let started: StartedWechaty;
  let mocker: mock.Mocker;
  let puppet: PuppetMock;

  beforeEach(async () => {
    temp = tempDir('wechaty-login-');
    health = new HealthProbes();
    log = [];
    const config = loadConfig({ AFTERSALES_DATA_DIR: temp.dir });
    assistant = await openAssistant(config, { clock: new FixedClock('2026-11-24T02:00:00Z') });
    mocker = new mock.Mocker();
    puppet = new PuppetMock({ mocker });
    started = (await startWechaty({ assistant, config, relays: [], onClose: [], health }, { puppet, onLog: (line) => log.push(line) }))!;
  });
  afterEach(async () => {
    await started?.channel.stop();
    await assistant?.close();
    temp.cleanup();
  });

  const wechaty = async () => (await health.report()).wechaty!;
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('is starting until WeChat asks for a scan, then shows the QR link in the log and on health', async () => {
    expect(await wechaty()).toMatchObject({ state: 'degraded', login: 'starting' });
    mocker.scan('https://login.weixin.qq.com/l/first-code', 2);
    await settle();
    const waiting = await wechaty();
    expect(waiting).toMatchObject({ state: 'down', login: 'waiting_for_scan', qrUrl: 'https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2Ffirst-code' });
    expect(log.at(-1)).toContain(waiting.qrUrl as string);
    expect(log.at(-1)).toMatch(/扫码/);
  });

  it('is ok once logged in, and down with a new QR code after WeChat logs it out', async () => {
    const self = mocker.createContact({ name: '售后助手' });
    mocker.login(self);
    puppet.emit('ready', { data: 'mock' });
    await started.wechaty.ready();
    await settle();
    expect(await wechaty()).toMatchObject({ state: 'ok', login: 'logged_in' });
    expect(log.at(-1)).toContain('售后助手');

    await puppet.logout('kicked out by WeChat');
    await settle();
    expect(await wechaty()).toMatchObject({ state: 'down', login: 'logged_out', reason: 'kicked out by WeChat' });
    expect(log.at(-1)).toMatch(/退出登录.*logged out/);

    mocker.scan('https://login.weixin.qq.com/l/second-code', 2);
    await settle();
    expect((await wechaty()).qrUrl).toContain('second-code');
    // The same QR code announced again by the puppet is not logged twice.
    const lines = log.length;
    mocker.scan('https://login.weixin.qq.com/l/second-code', 2);
    await settle();
    expect(log.length).toBe(lines);
  });
});
