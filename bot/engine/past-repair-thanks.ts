/**
 * The reply to thanks for a repair that already worked (bot/understanding/past-repair-thanks.ts): glad,
 * thanked back, and closed with the door open. No symptom is asked for and nothing is filed; nothing is
 * promised either (the praise is not said to reach anyone, since nothing here passes it on).
 */
import type { Bilingual } from './commands';

export const PAST_REPAIR_THANKS: Bilingual = {
  zh: '不客气！修好了、用着正常就好，谢谢您特地来告诉我们。以后有任何需要，随时找我。',
  en: "You're welcome! Glad the repair did the job, and thank you for taking the time to let us know. If you ever need anything else, just message me.",
};
