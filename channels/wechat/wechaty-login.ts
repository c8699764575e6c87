/**
 * The personal account's life, watched: waiting for a QR scan, logged in, logged out. wechat4u
 * and padlocal-style puppets log out when the phone does, when WeChat decides to, and every few
 * days on their own; nobody notices unless it is said where an operator looks. So each change is
 * logged (with the QR link to scan when one is needed) and shown on /healthz.
 */
import type { Clock } from '../../kernel/clock';
import type { HealthReport } from '../../kernel/health-probe';

export type WechatyLogin =
  | { state: 'starting'; since: string }
  | { state: 'waiting_for_scan'; since: string; qrUrl: string; scanStatus: number }
  | { state: 'logged_in'; since: string; account: string }
  | { state: 'logged_out'; since: string; reason?: string };

/** The events of wechaty this watches, by shape (a WechatyInterface fits). */
export interface LoginEvents {
  on(event: 'scan', listener: (qrcode: string, status: number) => void): unknown;
  on(event: 'login', listener: (user: { name(): string }) => void): unknown;
  on(event: 'logout', listener: (user: { name(): string }, reason?: string) => void): unknown;
}

/** wechaty's ScanStatus: 2 waiting, 3 scanned (confirm on the phone); the others end a QR code. */
const SCAN_WAITING = 2;
const SCAN_SCANNED = 3;

/** A QR code page anyone can open; the code itself is only a login URL of WeChat's. */
export function qrPageUrl(qrcode: string): string {
  return `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;
}

export class WechatyLoginWatch {
  private login: WechatyLogin;

  constructor(
    events: LoginEvents,
    private readonly clock: Clock,
    private readonly log: (line: string) => void,
  ) {
    this.login = { state: 'starting', since: clock.now().toISOString() };
    events.on('scan', (qrcode, status) => this.onScan(qrcode, status));
    events.on('login', (user) => {
      this.login = { state: 'logged_in', since: this.now(), account: user.name() };
      this.log(`微信已登录：${user.name()} / WeChat logged in as ${user.name()}`);
    });
    events.on('logout', (user, reason) => {
      this.login = { state: 'logged_out', since: this.now(), ...(reason ? { reason: String(reason).slice(0, 200) } : {}) };
      this.log(`微信已退出登录：${user.name()}${reason ? `（${reason}）` : ''}，需要重新扫码 / WeChat logged out${reason ? ` (${reason})` : ''}; scan the next QR code to log in again`);
    });
  }

  current(): WechatyLogin {
    return this.login;
  }

  health(): HealthReport {
    const l = this.login;
    switch (l.state) {
      case 'logged_in':
        return { state: 'ok', detail: `微信已登录 / WeChat logged in`, login: l.state, since: l.since };
      case 'waiting_for_scan':
        return {
          state: 'down',
          detail: "微信等待扫码登录，请用机器人账号的手机扫码 / WeChat waiting for a QR scan: scan it with the bot account's phone",
          login: l.state,
          since: l.since,
          qrUrl: l.qrUrl,
        };
      case 'logged_out':
        return {
          state: 'down',
          detail: '微信已退出登录，客户消息收不到 / WeChat logged out: customers are not being answered',
          login: l.state,
          since: l.since,
          ...(l.reason ? { reason: l.reason } : {}),
        };
      default:
        return { state: 'degraded', detail: '微信正在启动 / WeChat starting', login: l.state, since: l.since };
    }
  }

  private onScan(qrcode: string, status: number): void {
    if (status !== SCAN_WAITING && status !== SCAN_SCANNED) return;
    const qrUrl = qrPageUrl(qrcode);
    const changed = this.login.state !== 'waiting_for_scan' || this.login.qrUrl !== qrUrl || this.login.scanStatus !== status;
    this.login = { state: 'waiting_for_scan', since: this.now(), qrUrl, scanStatus: status };
    if (!changed) return;
    this.log(
      status === SCAN_SCANNED
        ? '已扫码，请在手机上确认登录 / QR code scanned: confirm the login on the phone'
        : `微信登录：请用机器人账号扫码 ${qrUrl} / WeChat login: scan ${qrUrl} with the bot account`,
    );
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
