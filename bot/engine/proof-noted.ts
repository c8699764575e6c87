/**
 * A proof of purchase named while the repair form asks when it was bought ("订单在淘宝能查到", "I've got the
 * order confirmation"): taken as that, and the date it carries asked for, since the date is what the
 * warranty turns on. Asked once in these words; after that the form goes on as for any optional slot.
 */
import type { Bilingual } from './commands';

export const PROOF_NOTED: Bilingual = {
  zh: '好的，订单或发票可以作为购买凭证，请保留好，工程师上门时会核对。保修看的是购买日期：订单上写的是哪天买的？说个年月也行，想不起来就说“不记得”。',
  en: 'Good, the order or receipt counts as proof of purchase; please keep it for the engineer to check. The warranty depends on the purchase date: what date does it show? A month and year is fine, or say "don\'t know".',
};
