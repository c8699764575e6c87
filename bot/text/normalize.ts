/**
 * Text normalisation that runs before understanding and redaction (and that the phone-transcript
 * channel reuses): customers paste full-width digits, zero-width characters slip in from copied
 * text, and call transcripts spell numbers out (幺三八…). Every later rule sees one canonical form.
 */

// Zero-width and soft-hyphen characters: invisible, but they split words and numbers apart.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;
// Hyphen-like characters that appear inside phone numbers and model codes.
const DASHES = /[\u2010-\u2013\u2212\uFE58\uFE63]/g;

const SPOKEN_DIGIT: Record<string, string> = {
  零: '0', 〇: '0', 洞: '0',
  幺: '1', 一: '1',
  二: '2', 两: '2', 俩: '2',
  三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  // Radio-style readings some callers and agents use for 7 and 9.
  拐: '7', 勾: '9',
};

/**
 * A run of digits (spoken or written), allowing one space or dash between them. Runs of seven or
 * more are numbers being read out (phone, order, ID); shorter runs such as 两三个 or 一二 are words.
 */
const DIGIT_RUN = /[零〇洞幺一二两俩三四五六七八九拐勾0-9](?:[ \-]?[零〇洞幺一二两俩三四五六七八九拐勾0-9])+/g;
const MIN_SPOKEN_RUN = 7;

/** Maps spoken Chinese digits to numerals inside number-like runs only; prose is left alone. */
export function spokenDigitsToNumerals(text: string): string {
  return text.replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/[ \-]/g, '');
    if (digits.length < MIN_SPOKEN_RUN || /^[0-9]+$/.test(digits)) return run;
    return [...run].map((ch) => SPOKEN_DIGIT[ch] ?? ch).join('');
  });
}

/**
 * NFKC (full-width letters, digits and punctuation become half-width), invisible characters
 * removed, dashes unified, whitespace collapsed, spoken digits turned into numerals.
 */
export function normalizeText(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(/[\t\r\n\f\v\u3000 ]+/g, ' ')
    .trim();
  return spokenDigitsToNumerals(folded);
}
