/**
 * Chinese digits read out one by one (幺三八幺二三四五六七八) as numerals. Phone and order numbers
 * arrive this way from call transcripts and voice-to-text, and someone hiding a number from a
 * filter writes it so; prose such as 两三个 or 一模一样 must stay as it is.
 */
/** Each Chinese digit sound as a numeral (one table for every reader of spoken numbers). */
export const SPOKEN_DIGIT: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  洞: '0',
  幺: '1',
  一: '1',
  二: '2',
  两: '2',
  俩: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  // Radio-style readings (幺两三拐勾洞), used to say a number unmistakably over a bad line.
  拐: '7',
  勾: '9',
};
const DIGIT = `[${Object.keys(SPOKEN_DIGIT).join('')}0-9]`;

/**
 * A run of digits (spoken or written) with at most a short gap of spaces or dashes between two of
 * them (幺三八 - 幺二三四). Runs of seven or more are numbers being read out (phone, order, ID);
 * shorter runs such as 两三个 or 一二 are words.
 */
const DIGIT_RUN = new RegExp(`${DIGIT}(?:[\\s\\-]{0,3}${DIGIT})+`, 'g');
const MIN_SPOKEN_RUN = 7;

/** Maps spoken Chinese digits to numerals inside number-like runs only; prose is left alone. */
export function spokenDigitsToNumerals(text: string): string {
  return englishSpokenDigitsToNumerals(text).replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/[\s\-]/g, '');
    if (digits.length < MIN_SPOKEN_RUN || /^[0-9]+$/.test(digits)) return run;
    return [...run].map((ch) => SPOKEN_DIGIT[ch] ?? ch).join('');
  });
}

/**
 * English digits read out one by one ("one three eight, one two three four…", "double eight",
 * "oh" for zero), as voice-to-text writes a number and as someone writes one to dodge a filter.
 * Only runs of seven or more digits are numbers; "one or two" and "three days" stay words.
 */
/** Each English digit word as a numeral ("oh" and "o" are zero when read out). */
export const EN_DIGIT: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  o: '0',
  nought: '0',
  nil: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const EN_WORD = `(?:${Object.keys(EN_DIGIT).join('|')}|\\d)`;
const EN_TOKEN = `(?:(?:double|triple)[\\s-]+)?${EN_WORD}`;
const EN_RUN = new RegExp(`(?<![A-Za-z])${EN_TOKEN}(?:[\\s,\\-]{1,3}${EN_TOKEN})+(?![A-Za-z])`, 'gi');

function readEnglishRun(run: string): string {
  const tokens = run
    .toLowerCase()
    .split(/[\s,\-]+/)
    .filter(Boolean);
  let out = '';
  let repeat = 1;
  for (const token of tokens) {
    if (token === 'double' || token === 'triple') {
      repeat = token === 'double' ? 2 : 3;
      continue;
    }
    out += (EN_DIGIT[token] ?? token).repeat(repeat);
    repeat = 1;
  }
  return out;
}

/** Maps English digit words to numerals inside runs of seven or more digits; prose is left alone. */
export function englishSpokenDigitsToNumerals(text: string): string {
  return text.replace(EN_RUN, (run) => {
    const digits = readEnglishRun(run);
    // Needs at least one word ("1 3 8…" written as numerals is left to the phone patterns).
    if (digits.length < MIN_SPOKEN_RUN || !/[a-z]/i.test(run)) return run;
    return digits;
  });
}
