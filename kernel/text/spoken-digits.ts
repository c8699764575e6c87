/**
 * Chinese digits read out one by one (幺三八幺二三四五六七八) as numerals. Phone and order numbers
 * arrive this way from call transcripts and voice-to-text, and someone hiding a number from a
 * filter writes it so; prose such as 两三个 or 一模一样 must stay as it is.
 */
const SPOKEN_DIGIT: Record<string, string> = {
  零: '0', 〇: '0', 洞: '0',
  幺: '1', 一: '1',
  二: '2', 两: '2', 俩: '2',
  三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  // Radio-style readings (幺两三拐勾洞), used to say a number unmistakably over a bad line.
  拐: '7', 勾: '9',
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
  return text.replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/[\s\-]/g, '');
    if (digits.length < MIN_SPOKEN_RUN || /^[0-9]+$/.test(digits)) return run;
    return [...run].map((ch) => SPOKEN_DIGIT[ch] ?? ch).join('');
  });
}
