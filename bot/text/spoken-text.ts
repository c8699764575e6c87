/**
 * Normalisation for speech recognised by a call centre's ASR, on top of the normal form
 * (`normaliseText` with spoken digits): filler words (嗯, 呃, 那个, um, uh) are dropped, digits read out in groups (幺三八，幺二三四，五六七八) are
 * joined into one number, the usual mishearings of 幺 (要, 妖, 腰) inside such numbers are repaired,
 * and an error code read out as a letter and a word (显示E 一) becomes the code (显示E1).
 * Everything here only ever touches fillers and number-like runs; prose stays as spoken.
 */
import { normaliseText } from '../../kernel/text/normal-form';
import { EN_DIGIT, SPOKEN_DIGIT } from '../../kernel/text/spoken-digits';

// Chinese hesitation sounds; 啊/哦 are left alone because they also end sentences (好啊, 哦对).
const ZH_FILLER = /(?:嗯+|呃+|唔+)[，,、。.\s]*/g;
// 额 is a filler only on its own (额，我想问…); inside 金额, 额外 or 额度 it is a word.
const ZH_E_FILLER = /(?<=^|[，,。.!?！？\s])额+[，,、。.\s]+/g;
// 那个/就是说 only as hesitations: doubled, or followed by a pause mark. "那个空调" is a demonstrative.
const ZH_THAT_FILLER = /(?:那个\s*){2,}|(?:那个|这个|就是说)[，,、…]+\s*/g;
const EN_FILLER = /(?<![A-Za-z'])(?:u+m+|u+h+m*|e+r+m*|h+m+)(?![A-Za-z'])[,.]?\s*/gi;

const SPOKEN = '零〇洞幺一二两三四五六七八九0-9';
const MISHEARD_ONE = '要妖腰';
/** Groups of read-out digits split by commas or pauses: 幺三八，幺二三四，五六七八. */
const DIGIT_GROUPS = new RegExp(`[${SPOKEN}${MISHEARD_ONE}]{3,4}(?:[，,、\\s]+[${SPOKEN}${MISHEARD_ONE}]{3,4}){1,3}`, 'g');
/** The sounds heard instead of 幺 (global: every one in a run is counted or repaired), and one sure digit sound. */
const MISHEARD_ONE_CHAR = new RegExp(`[${MISHEARD_ONE}]`, 'g');
const SPOKEN_DIGIT_CHAR = new RegExp(`[${SPOKEN}]`);
/** A run of at least seven digit sounds in which 幺 may have been heard as 要/妖/腰. */
const MISHEARD_RUN = new RegExp(`[${SPOKEN}${MISHEARD_ONE}](?:[ \\-]?[${SPOKEN}${MISHEARD_ONE}]){6,}`, 'g');
// Case-sensitive on purpose: the code letters must be capitals ("shows up two" is not a code).
const CODE_CUE = '(?:显示|报|代码|故障码|错误码|提示|闪|[Ee]rror(?:\\s*[Cc]ode)?|[Cc]ode|[Ss]hows?|[Ss]howing|[Dd]isplays?)';
/** A code's digits as spoken (显示E 一, shows E one): the one table of spoken digits. */
const DIGIT_WORD: Readonly<Record<string, string>> = { ...SPOKEN_DIGIT, ...EN_DIGIT };
const SPOKEN_CODE = new RegExp(
  `(${CODE_CUE}\\s*(?:[:：是为]|is)?\\s*)([A-Z]{1,2})\\s?[-]?\\s?([零〇洞幺一二三四五六七八九]{1,2}|zero|oh|one|two|three|four|five|six|seven|eight|nine|\\d{1,2})(?![0-9A-Za-z零〇洞幺一二三四五六七八九十])`,
  'g',
);

/** Drops hesitation words a recogniser writes down; meaning words are kept. */
export function removeFillers(text: string): string {
  return text
    .replace(ZH_THAT_FILLER, '')
    .replace(ZH_FILLER, '')
    .replace(ZH_E_FILLER, '')
    .replace(EN_FILLER, '')
    .replace(/^[，,、。.\s]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function joinDigitGroups(text: string): string {
  return text.replace(DIGIT_GROUPS, (run) => {
    const joined = run.replace(/[，,、\s]+/g, '');
    const sure = joined.replace(MISHEARD_ONE_CHAR, '').length;
    // Only a whole number read out in parts (a mobile is 11, a landline 7-8 plus an area code).
    // Written digits in groups are joined only when they make a mobile ("100，200，300" are prices).
    const spoken = /[^0-9]/.test(joined) || /^1[3-9]\d{9}$/.test(joined);
    return spoken && joined.length >= 7 && joined.length <= 12 && sure >= 6 ? joined : run;
  });
}

function repairMisheardOne(text: string): string {
  return text.replace(MISHEARD_RUN, (run) => {
    const sure = [...run].filter((ch) => SPOKEN_DIGIT_CHAR.test(ch)).length;
    // Most of the run must already be digits: "要三个" or "腰疼" are words, not numbers.
    return sure >= 6 ? run.replace(MISHEARD_ONE_CHAR, '幺') : run;
  });
}

function joinSpokenCodes(text: string): string {
  return text.replace(SPOKEN_CODE, (_all, cue: string, letters: string, digits: string) => {
    const numerals = /^\d+$/.test(digits) ? digits : (DIGIT_WORD[digits.toLowerCase()] ?? [...digits].map((ch) => DIGIT_WORD[ch] ?? ch).join(''));
    return `${cue}${letters.toUpperCase()}${numerals}`;
  });
}

/** Everything the normal form does, plus the repairs recognised speech needs. Idempotent. */
export function normalizeSpokenText(text: string): string {
  const folded = text.normalize('NFKC');
  return normaliseText(joinSpokenCodes(repairMisheardOne(joinDigitGroups(removeFillers(folded)))), { spokenDigits: true });
}
