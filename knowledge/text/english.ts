/**
 * Just enough English morphology for matching customer phrasing: "leaking", "leaks" and "leaked"
 * meet at "leak". A full stemmer would be over-engineering for short symptom texts.
 */
export const ENGLISH_STOPWORDS = new Set(
  (
    'a an the and or but if then so to of in on at by for from with without into onto about as is are was were be been being am ' +
    "it its it's this that these those there here i me my mine we our us you your he she they them their his her " +
    'do does did doing done have has had having can could will would should shall may might must ' +
    'what why how when where which who whom whose please help hi hello hey thanks thank ok okay just really very ' +
    "any some all also too again still now up down out over no yes not dont don't doesnt doesn't didnt didn't isnt isn't wont won't cant can't " +
    "im i'm ive i've get got getting keep keeps kept one like than"
  ).split(/\s+/),
);

export function stemEnglish(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) {
    w = w.slice(0, -3);
    return undouble(w);
  }
  if (w.endsWith('ed') && w.length > 4) {
    w = w.slice(0, -2);
    return undouble(w);
  }
  if (w.endsWith('es') && /(ch|sh|x|ss|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  // "stopp" -> "stop", "leak" stays; a trailing silent e is not restored, both sides lose it alike.
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) return w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Stem plus a trailing "e" drop so "leaking"/"leak" and "freezing"/"freeze" meet. */
export function englishTerm(word: string): string {
  const s = stemEnglish(word);
  return s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s;
}
