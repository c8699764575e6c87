/**
 * Which WeCom (微信客服) refusals of kf/send_msg only the customer can lift, and what the agents
 * are told about a message parked by one. Retrying such a message with time is useless: it waits
 * (parked, in its customer's lane) until the customer writes again, then goes out in order.
 *
 * Where the codes come from (checked for this file; what could not be confirmed is said so):
 * - kf/send_msg (developer.work.weixin.qq.com/document/path/94677, 代开发 copy 96427): "仅当微信客户
 *   在主动发送消息给客服后的48小时内，企业可发送消息给客户，最多可发送5条消息", and only while the
 *   session is "新接入待处理" (0) or "由智能助手接待" (1). That page names no errcodes.
 * - Confirmed by independent reports: 95018 "send msg session status invalid" (the session is with
 *   a person, queued for one, or ended: langbot-app/LangBot#1546, whyiyhw/chatgpt-wechat#128), and
 *   95001 the 5-message limit (integrations map it to "消息数量已达上限，请等待客户回复").
 * - From WeCom's global error code table (document/path/90313) as commonly cited, not confirmed
 *   here (the copy we could read, zsmhub/workweixin apis/api_error.go, stops before 95xxx):
 *   95000 invalid open_kfid, 95004 open_kfid does not exist, 95013 session already ended.
 * - Ambiguous: the 48-hour refusal. No page we could read names its code; 95002 ("发送消息超过时间
 *   限制") sits next to 95001 in the table as cited, and other integrations (and our fake) use
 *   95026. Both are handled alike.
 * - Media: the table's note on 40007 ("不合法的media_id参数") says a temporary media_id from
 *   media/upload lasts three days. An outgoing photo is uploaded again (wecom-channel.ts); an
 *   incoming one whose media expired is asked for again.
 * An invalid or deleted account (95000, 95004) also waits for the customer: their next message
 * names the account they wrote to, which the channel then sends through.
 */
import { PHRASES } from '../../bot/phrases';
import { UpstreamError } from '../../kernel/errors';

/** Why a delivery waits for the customer, by WeCom errcode (see the sources above). */
const WAITING_CODES: Record<number, WaitReason> = {
  95001: 'limit',
  95002: 'window',
  95026: 'window',
  95013: 'session',
  95018: 'session',
  95000: 'account',
  95004: 'account',
};

/** The channel's own refusals, made before calling WeCom (it keeps the same window). */
const OWN_CODES: Record<string, WaitReason> = {
  wecom_window_closed: 'window',
  wecom_message_limit: 'limit',
  wecom_never_wrote: 'window',
};

export type WaitReason = 'window' | 'limit' | 'session' | 'account';

/** A temporary media_id that is unknown or past its three days. */
export const MEDIA_EXPIRED = 40007;

/** The errcode of a refusal from WecomApi (`wecom_api_<errcode>`), if it is one. */
export function wecomErrcode(error: unknown): number | undefined {
  const code = error instanceof UpstreamError ? /^wecom_api_(-?\d+)$/.exec(error.code)?.[1] : undefined;
  return code === undefined ? undefined : Number(code);
}

/** Why this error means the delivery must wait for the customer's next message, or undefined if it does not. */
export function waitReason(error: unknown): WaitReason | undefined {
  if (!(error instanceof UpstreamError)) return undefined;
  const errcode = wecomErrcode(error);
  return errcode === undefined ? OWN_CODES[error.code] : WAITING_CODES[errcode];
}

export function waitsForCustomer(error: unknown): boolean {
  return waitReason(error) !== undefined;
}

/** The bilingual line the desks show for a message parked for this reason. */
export function parkedNotice(reason: WaitReason): string {
  const phrase = reason === 'session' ? PHRASES.deliveryParkedSession : reason === 'account' ? PHRASES.deliveryParkedAccount : PHRASES.deliveryParked;
  return `${phrase.zh}\n${phrase.en}`;
}
