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
