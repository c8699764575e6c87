/**
 * The one form in which claims are read and compared, for the reply and for everything that may
 * support it (tool results, knowledge passages, the customer's words): the guards' normal form
 * (NFKC folds full-width ＲＭＢ５０００ to RMB5000, invisible characters go, dashes are one dash),
 * spoken digits as numerals (幺三八… is a phone), look-alike letters as Latin (rеfund with a
 * Cyrillic е), traditional characters as simplified (賠償 is 赔偿; the normal form's converter), and written-out numbers as
 * digits (伍仟 and five thousand are 5000, 半价 is 50%). Both sides pass through it, so a claim
 * and its support meet however either was written.
 */
import { normaliseText } from '../../../kernel/text/normal-form';
import { everyCharacterSimplified } from '../../../kernel/text/chinese-script';
import { foldConfusables } from './confusables';
import { writtenNumbersAsDigits } from './written-numbers';

export function claimText(text: string): string {
  // Spaces between Chinese characters carry nothing but an evasion (退 款, 赔 偿).
  const normal = everyCharacterSimplified(normaliseText(text, { whitespace: 'keep', spokenDigits: true })).replace(/(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g, '');
  // 圓 (圆) after an amount is the yuan, written 元 in the claims' rules.
  return writtenNumbersAsDigits(foldConfusables(normal).replace(/(?<=[\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])圆/g, '元'));
}

/** The same with spaces and common separators dropped and Latin lower-cased: for "does the source say this?". */
export function compactClaimText(text: string): string {
  return claimText(text)
    .toLowerCase()
    .replace(/[\s"'“”‘’「」《》<>()（）\[\]【】,，、.。:：;；!！?？*_~`|\\/-]+/g, '');
}
