/**
 * The reply to a customer who steps away for now ("我先看看说明书 谢谢") while an offer or a question
 * is open: a short goodbye, nothing asked. What the conversation holds is kept, so their next
 * message carries on from here; no slot question, no "cancelled".
 */
import type { Bilingual } from './commands';

export const LATER: Bilingual = {
  zh: '好的，不着急，您先看。之后需要的话随时找我，直接接着说就行。',
  en: "Sure, take your time. Whenever you're ready, just message me here and we'll carry on.",
};

/** The opening when a booking was started and is not filed: the "not filed yet" line follows it. */
export const LATER_UNFILED: Bilingual = { zh: '好的，不着急。', en: 'Sure, take your time.' };

/** Asked to wait again ("等一下 还没看呢") right after LATER: the same in other words, nothing booked meanwhile. */
export const LATER_AGAIN: Bilingual = {
  zh: '没问题，我在这儿等您，不会给您登记上门。查完告诉我结果就行。',
  en: "No problem, I'll wait here and won't book anything. Just tell me how it went once you've checked.",
};
