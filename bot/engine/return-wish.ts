/**
 * A change of mind between a refund and an exchange (playtest round 15: "could I exchange it for
 * the same model instead?" got the refund paragraph again, word for word). The frame remembers what
 * was asked for last; a message that asks for the other is acknowledged in one line ("OK, an
 * exchange instead of a refund") and the request goes on as that, restated and filed as that.
 */
import type { Lang } from '../phrases';
import type { Frame } from './engine-state';
import { returnKind } from './flows/return-request';

/** Words that mark the wish as a change ("不退了", "还是换吧", "instead", "actually"). */
const INSTEAD = /不退了|不换了|还是(?:换|退)|改成|改为|要不|算了|其实|\binstead\b|\brather\b|\bactually\b|changed my mind|on second thought/i;

/** The wish the message states, when it is one ('exchange' or 'return'). */
/** The wish turned down in the same breath ("不退了", "no refund", "instead of a refund"): not the one asked for. */
const NOT_THIS =
  /不(?:要|想|用)?(?:退(?:货|款|钱)?|换(?:货)?)了?|(?:don'?t|do not) (?:want|need) (?:a |the )?(?:refund|exchange|return)|\bno (?:refund|exchange)\b|\b(?:forget|scrap|skip|drop) (?:about )?(?:the |a |my )?(?:refund|exchange|return)\b|\bno need for (?:a |the )?(?:refund|exchange)\b|\binstead of (?:a |the )?(?:refund|exchange|return)\b|\brather than (?:a |the )?(?:refund|exchange|return)\b/gi;

export function wishIn(text: string): Frame['returnWish'] {
  const kind = returnKind(text.replace(NOT_THIS, ' '));
  if (kind !== 'either') return kind;
  // "不退了，退了还得重新挑，直接换台新的": both named, one of them turned down (its name said again only in the reason): the other is the wish.
  const turnedDown = new Set([...text.matchAll(NOT_THIS)].map((m) => (/退|refund|return/i.test(m[0]) ? 'return' : 'exchange')));
  if (turnedDown.size !== 1) return undefined;
  return turnedDown.has('return') ? 'exchange' : 'return';
}

/**
 * The new wish when the message changes it: another than the one remembered (or than the words the
 * request began with), or a wish said as a change when none was clear before.
 */
export function changedWish(frame: Frame, text: string): Frame['returnWish'] {
  const now = wishIn(text);
  if (!now) return undefined;
  const before = frame.returnWish ?? wishIn(frame.facts.symptom ?? '');
  return (before && before !== now) || (!before && INSTEAD.test(text)) ? now : undefined;
}

export function wishChangeLine(wish: NonNullable<Frame['returnWish']>, lang: Lang): string {
  if (wish === 'exchange') return lang === 'zh' ? '好的，改为换货，不退款了。' : 'OK, an exchange instead of a refund.';
  return lang === 'zh' ? '好的，改为退货退款，不换货了。' : 'OK, a refund instead of an exchange.';
}
