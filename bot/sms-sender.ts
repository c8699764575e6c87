/**
 * The `SmsSender` port: a text message to a mainland mobile number. Used for what only the owner
 * of the phone on a ticket may receive: a one-time code that proves the ticket is theirs, and the
 * ticket's secret link when it is filed. Log-only by default (channels/sms/log-sms-sender.ts); an
 * SMS gateway when one is configured (channels/sms/http-sms-sender.ts).
 *
 * The text carries a secret, so it is never stored (not in the outbox, not in a message row).
 */
export interface SmsMessage {
  /** Bare 11 digits. */
  to: string;
  text: string;
  purpose: 'proof_code' | 'ticket_link';
}

export interface SmsSender {
  readonly name: string;
  /** Resolves once the provider accepted the message; throws an UpstreamError otherwise. */
  send(message: SmsMessage): Promise<void>;
}
