/**
 * The note a verdict decided on the customer's own date carries (no proof of purchase checked).
 *
 * Why two notes: in warranty, the proof is what free repair still waits for, so we say so; out of
 * warranty there is no free repair to wait for, and speaking of it tells the customer something
 * they cannot have. There the date they gave decides, unless a proof shows a later purchase.
 */
export type StatedDateWord = 'date' | 'time';

export function statedDateNote(status: 'in_warranty' | 'expired', word: StatedDateWord): { zh: string; en: string } {
  const zhWord = word === 'date' ? '日期' : '时间';
  if (status === 'in_warranty') {
    return {
      zh: `（按您提供的${zhWord}判断，尚未核验购买凭证；免费维修前需出示有效凭证）`,
      en: ` (based on the ${word} you gave; proof of purchase is not yet verified and is needed before free repair)`,
    };
  }
  return {
    zh: `（按您提供的${zhWord}判断；如果发票或购买凭证上的日期更晚，请发给我们重新核对）`,
    en: ` (based on the ${word} you gave; if an invoice or proof of purchase shows a later date, send it and we will check again)`,
  };
}
