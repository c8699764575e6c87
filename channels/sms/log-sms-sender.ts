/**
 * `LogSmsSender`: the default when no SMS gateway is configured. The message goes to the process
 * log (the number masked), so a demo or a test can read the code; nothing reaches a phone.
 * A production deployment configures SMS_WEBHOOK_URL instead.
 */
import type { SmsMessage, SmsSender } from '../../bot/sms-sender';

export class LogSmsSender implements SmsSender {
  readonly name = 'log';
  /** What was "sent", newest last (tests and the security eval read the codes here). */
  readonly sent: SmsMessage[] = [];

  constructor(
    private readonly log: (line: string) => void,
    private readonly keep = 50,
  ) {}

  async send(message: SmsMessage): Promise<void> {
    this.sent.push(message);
    if (this.sent.length > this.keep) this.sent.shift();
    this.log(`SMS (log only, not sent) to ${message.to.slice(0, 3)}****${message.to.slice(-4)}: ${message.text}`);
  }
}
