/**
 * When "抱歉给您添麻烦了" / "I'm sorry for the trouble" is said: for real negative feeling (feeling
 * words, not fault words: "my washer leaks" and "周三不行" are calm), for a repeat failure or for our
 * own failure (a visit that never came). Never twice in one reply: a reply that already apologises
 * in its own words ("抱歉没能解决") does not get this one in front.
 */
import type { TurnUnderstanding } from '../brain';
import type { Lang } from '../phrases';
import { SOCIAL } from './social-replies';

/** Anger at or above this reads as frustration (urgency.ts counts 0.35 as annoyed, 0.6 as angry). */
const FRUSTRATED = 0.5;

export function apologyDue(u: TurnUnderstanding): boolean {
  // (An understanding without the feeling fields, from an older brain, keeps the old rule on the score.)
  if (u.anger === undefined) return u.sentiment <= -0.5;
  return u.anger >= FRUSTRATED || Boolean(u.letDown);
}

/** Another part already apologising in its own words. */
const APOLOGISES = /^(?:非常|很|十分)?抱歉|^(?:I'm |I am )?(?:truly |very |so )?sorry\b/i;

/** The reply's parts with the stock apology dropped when another part already says sorry. */
export function oneApology(parts: string[], lang: Lang): string[] {
  const stock = SOCIAL.sorry[lang];
  if (!parts.includes(stock) || !parts.some((p) => p !== stock && APOLOGISES.test(p))) return parts;
  return parts.filter((p) => p !== stock);
}
