/**
 * Error codes on a display, in every form customers type or dictate them: E4, E-4, e4, Ｅ４, "E 4",
 * E一, F18, ERR4, Err 4, Er FF, 22E, 3E, 4C, dE, UE, LE, H1, P0, CL, and bare numbers (90, 11)
 * after a cue such as 显示/代码/故障码/报/code/error/shows/flashing. Never model numbers (KFR-35GW),
 * phone models (P60), phone or ticket numbers, prices, dates, temperatures, times or quantities.
 *
 * How sure each form is decides what it needs around it:
 * - E/F/H with one to three digits, ERR/Err/Er codes, and the seven-segment letter codes (UE, dE,
 *   LE, OE, EC, CL) are codes on their own;
 * - other letters with digits (P0, C1, L1, U4) need a cue, an error word after them, or an
 *   appliance named in the message, because P60, S23, A4 and G7 are many other things;
 * - digit-letter codes (22E, 3E, 4C) are codes unless they read as a temperature (26C, 冷藏室4C);
 * - spaced (E 1) and dictated (E一) forms need a cue or an appliance named next to them;
 * - a bare number needs a cue right before it and no unit, date, time or price shape around it.
 *   With only a "shows" cue, 16-32 next to an air conditioner or a temperature word is the
 *   set temperature (空调显示26), not a code.
 */
import { findAddresses } from '../../text/address';
import { parseSmallNumber } from '../../text/chinese-numbers';
import { foldText, originalWords } from '../../text/folded-text';
import { findPhoneNumbers } from '../../text/phone-numbers';
import { EVERYDAY_ACRONYMS } from './everyday-acronyms';
import { brandMentions, categoryMentions, everyBrandMention, type LexiconMention } from './lexicon-mentions';
import { extractModel } from './model';
import { RecentReadings } from '../../../kernel/text/recent-readings';

export interface ErrorCodeMention {
  /** One form for tickets and look-ups: letters upper-case, separators gone (E-4 -> E4, Err 4 -> ERR4); seven-segment mixed case kept (dE). */
  code: string;
  /** Exactly as the customer wrote it: "Ｅ－４", "Err 4", "E一". */
  written: string;
  /** Where it starts in the text. */
  index: number;
  /** The cue that introduced it (显示, 报, error, shows), when one did. */
  cue?: string;
  /** The brand the message names for it: the nearest one before it, else the first after. */
  brand?: string;
  /** The product category the message names for it, found the same way. */
  category?: string;
  /** Whether that brand or category word stands right next to the code (格力空调E1, E4 on my Haier washer). */
  nextTo: { brand: boolean; category: boolean };
}

/** Not inside a longer token: KFR-35GW, AS-20261124-0001, ¥90, -18, 11/20, 2.5. */
const BEFORE = String.raw`(?<![A-Za-z0-9\-/.:#_¥$€£+])`;
const AFTER = String.raw`(?![A-Za-z0-9]|[\-/.:]\d)`;
const LETTER_DIGITS = new RegExp(String.raw`${BEFORE}([A-Za-z]{1,2})(\s?-\s?|_|\s)?(\d{1,3})${AFTER}`, 'g');
const ERR = new RegExp(String.raw`${BEFORE}(err|er)\s?[-:]?\s?(\d{1,3}|[A-Fa-f]{2})${AFTER}`, 'gi');
/** E7F, F5E, C9A: capitals around one or two digits, shown on a display (never in prose alone). */
const LETTER_DIGIT_LETTER = new RegExp(String.raw`${BEFORE}([A-Z]\d{1,2}[A-Z])${AFTER}`, 'g');
/** 22E, 3E, 4C; not F, which is a floor in addresses (12F). */
const DIGIT_LETTER = new RegExp(String.raw`${BEFORE}(\d{1,2})(\s)?([CcEe])${AFTER}`, 'g');
const LETTERS = new RegExp(String.raw`${BEFORE}([A-Za-z]{2,4})${AFTER}`, 'g');
const NUMBER = new RegExp(String.raw`${BEFORE}(\d{1,4})${AFTER}`, 'g');
/** E一, F十二 from voice input; the numeral must end there (E一直闪 is "E, keeps flashing"). */
const ZH_NUMERAL = new RegExp(
  String.raw`${BEFORE}([EFHPCLUefhpclu])\s?(十[一二三四五六七八九]?|[一二三四五六七八九]十?[一二三四五六七八九]?)(?=$|[\s,.!?，。！？、:：;；了的是啊呀呢吗么]|故障|错误|代码|报|显示|闪|怎|什|咋)`,
  'g',
);

/** Cues that name a code as such: a number after them is a code. */
const CODE_CUE = String.raw`故障代码|错误代码|故障码|错误码|报警码|代码|报错|报警|报故障|故障|报(?!修|价|销|名|告|道|案)|error\s?code|fault\s?code|err(?:or)?\s?code|error|code|fault`;
/** Cues that say something is on the display. */
const SHOW_CUE = String.raw`显示屏显示|屏幕显示|屏显|显示|出现|提示|闪烁|闪|跳|弹出|shows?|showing|showed|displays?|displaying|displayed|reads?|reading|says|saying|flashing|flashes|flashed|blinking|blinks|getting|got|comes up with|came up with|throws|throwing`;
/** Words that may stand between a cue and its code: 显示了E4, 报了个E4, 代码是E4, shows an E4, error code: 11. */
const JOIN = String.raw`(?:\s|了|的|是|为|个|出|着|一个|成|:|"|'|\bis\b|\ban?\b|\bthe\b|\bof\b|\bthis\b|\bnumber\b|#|故障码|错误码|故障|代码|码|错误|error\s?code|error|code)*`;
const CUE_BEFORE = new RegExp(String.raw`(?<![A-Za-z])(${CODE_CUE}|${SHOW_CUE})${JOIN}$`, 'i');
const CODE_CUE_ONLY = new RegExp(String.raw`^(?:${CODE_CUE})$`, 'i');
/** Cues a bare number may follow: the display or the code itself, not "got 2" or "says 5". */
const NUMBER_CUE_ONLY = new RegExp(
  String.raw`^(?:${CODE_CUE}|显示屏显示|屏幕显示|屏显|显示|出现|提示|闪烁|闪|跳|shows?|showing|showed|displays?|displaying|displayed|reads?|reading|flashing|flashes|blinking)$`,
  'i',
);
/** Codes that are not error codes: promo code 1234, zip code, verification code. */
const OTHER_CODES_BEFORE = /(?:promo|discount|coupon|verification|zip|post|area|country|access|pin|qr|bar|security|gift|voucher|referral|tracking|order|confirmation)\s?$/i;
/** The set temperature shown on the display, by product: 空调显示26, 热水器显示45, 冰箱显示5. */
const TEMPERATURE_RANGES: Record<string, [number, number]> = { air_conditioner: [16, 32], water_heater: [30, 80], refrigerator: [0, 9] };
const CODE_WORD_IN = /代码|码|错误|故障|error|code/i;
const ERROR_WORD_AFTER = /^\s?(?:的|是)?\s?(?:error|code|fault|err\b|错误|故障|代码|报警|报错)/i;

const UNIT_AFTER =
  /^\s?(?:度|°|℃|℉|个|台|次|件|只|天|周|年|月|日|号|点|时|分|秒|小时|分钟|元|块|毛|角|米|厘米|毫米|斤|公斤|千克|克|升|毫升|瓦|伏|寸|岁|楼|层|室|栋|座|单元|%|下|声|遍|多|几|万|千|百|格|道|条|盏|(?:kg|ml|kw|mm|cm|am|pm|times?|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|secs?|percent|degrees?|dollars?|bucks|yuan|rmb|pcs|pieces|units?|people|lights?|bars?|dots?|dashes|lines?|beeps?|blinks?|flashes|rings?|stars?|[glwvmcf])(?![A-Za-z0-9]))/i;
const MONEY_OR_ORDER_BEFORE = /(?:[¥$￥€£]|rmb|价格|花了|多少钱|第|共|约|大约|about|around|\d[-/.])\s?$/i;
const TEMPERATURE_NEAR = /温度|冷藏|冷冻|设置|设定|调到|调成|set (?:to|at)|temp/i;
const TEMPERATURE_BEFORE_CUE = /(?:温度|水温|室温|temperature|temp)\s?$/i;

/** Seven-segment letter codes that stand alone; all-lowercase "ue" or "de" in prose never do. */
const BARE_LETTER_CODES = new Set(['UE', 'DE', 'LE', 'OE', 'EC', 'CL', 'UB', 'LC', 'SUD', 'SUDS', 'NF']);
/** Written exactly so, these are display codes; in capitals they are words or abbreviations (DC power). */
const MIXED_CASE_CODES = new Set(['dE', 'dC', 'Ub', 'nF', 'tE', 'bE', 'Sud', 'SUdS', 'Sd', 'nd', 'dL', 'LO', 'HI']);
/** Letter pairs that lead two-letter-and-digit codes: dE1, LE1, UE2. */
const TWO_LETTER_PREFIXES = new Set(['DE', 'LE', 'UE', 'OE', 'FE', 'HE', 'PE', 'TE', 'BE', 'CE', 'EC', 'CL', 'LC', 'DC', 'UC', 'NF', 'SE']);
/** Capital words a display cue may precede that are not codes (显示OK, shows ON). */
const NOT_CODES = new Set([
  'OK',
  'ON',
  'OFF',
  'NO',
  'TV',
  'AC',
  'IT',
  'IS',
  'AM',
  'PM',
  'THE',
  'AND',
  'UP',
  'US',
  'WE',
  'ME',
  'MY',
  'OF',
  'TO',
  'IN',
  'AN',
  'AT',
  'BY',
  'OR',
  'SO',
  'DO',
  'GO',
  'IF',
  'BE',
  'AS',
  'APP',
  'WIFI',
  'LED',
  'LCD',
  'USB',
  'PCB',
]);
/** Categories whose product names are letter-digit strings themselves (P60, S23, X9): no context from them. */
const PERSONAL_DEVICES = new Set(['phone', 'tablet', 'laptop', 'tv']);
/** A brand or category word this close to a code, with no sentence break between, is "next to" it. */
const NEXT_TO_GAP = 8;
const SENTENCE_BREAK = /[,，。.!！?？;；\n]/;
/** A letter and an apostrophe just before: the code letters would be the tail of "it's", "that's". */
const CONTRACTION_BEFORE = /[A-Za-z]['’]$/;

interface Candidate {
  start: number;
  end: number;
  code: string;
  cue?: string;
  /** Where the cue starts: a brand or product before the cue is still next to the code (格力空调显示E1). */
  cueStart?: number;
}

interface Cue {
  word: string;
  start: number;
  /** The cue, or a word between it and the code, names a code (代码, error code): a bare number may follow. */
  namesCode: boolean;
}

interface Context {
  text: string;
  brands: LexiconMention[];
  categories: LexiconMention[];
  appliance: boolean;
  phoneContext: boolean;
}

export function extractErrorCodes(raw: string): ErrorCodeMention[] {
  return CODE_READINGS.get(raw, () => readErrorCodes(raw)).map((m) => ({ ...m, nextTo: { ...m.nextTo } }));
}

/** The slots, the clause reader (each clause, often twice) and the engine each look for the codes of the same texts in one turn. */
const CODE_READINGS = new RecentReadings<ErrorCodeMention[]>();

function readErrorCodes(raw: string): ErrorCodeMention[] {
  const folded = foldText(raw);
  const text = folded.text;
  const brands = brandMentions(text);
  const categories = categoryMentions(text);
  const ctx: Context = {
    text,
    brands,
    categories,
    appliance: categories.some((c) => !PERSONAL_DEVICES.has(c.name)),
    phoneContext: categories.some((c) => c.name === 'phone' || c.name === 'tablet') || brands.some((b) => ['Huawei', 'Honor', 'Apple', 'OPPO', 'vivo', 'OnePlus'].includes(b.name)),
  };
  // Codes never sit inside the model, an address (3单元4C, 12F) or a phone number.
  const taken = [
    modelSpan(text),
    ...findAddresses(text).map((a) => ({ start: a.index, end: a.index + a.raw.length })),
    ...findPhoneNumbers(text).map((p) => ({ start: p.index, end: p.index + p.raw.length })),
  ];
  const codes: Candidate[] = [];
  const add = (c: Candidate | undefined) => {
    if (!c || taken.some((t) => t && c.start < t.end && t.start < c.end)) return;
    if (codes.some((f) => f.start < c.end && c.start < f.end)) return;
    codes.push(c);
  };
  // Surer forms first, so that a number is not taken out of a code that holds it.
  for (const m of text.matchAll(ERR)) add(errCode(m, ctx));
  for (const m of text.matchAll(LETTER_DIGITS)) add(letterDigits(m, ctx));
  for (const m of text.matchAll(LETTER_DIGIT_LETTER)) add(letterDigitLetter(m, ctx));
  for (const m of text.matchAll(DIGIT_LETTER)) add(digitLetter(m, ctx));
  for (const m of text.matchAll(ZH_NUMERAL)) add(dictated(m, ctx));
  for (const m of text.matchAll(LETTERS)) add(letterCode(m, ctx));
  for (const m of text.matchAll(NUMBER)) add(bareNumber(m, ctx));

  return codes
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const brand = pick(brands, c);
      const category = pick(categories, c);
      return {
        code: c.code,
        written: originalWords(raw, folded, c.start, c.end),
        index: folded.origin[c.start]!,
        ...(c.cue ? { cue: c.cue } : {}),
        ...(brand ? { brand: brand.name } : {}),
        ...(category ? { category: category.name } : {}),
        nextTo: { brand: !!brand && beside(text, brand, c), category: !!category && beside(text, category, c) },
      };
    });
}

/** The first error code in the message, for callers that keep one (the ticket's errorCode slot). */
export function extractErrorCode(text: string): string | undefined {
  return extractErrorCodes(text)[0]?.code;
}

function modelSpan(text: string): { start: number; end: number } | undefined {
  const model = extractModel(text);
  if (!model) return undefined;
  const at = text.indexOf(model);
  return at >= 0 ? { start: at, end: at + model.length } : undefined;
}

function cueBefore(text: string, start: number): Cue | undefined {
  const from = Math.max(0, start - 40);
  const before = text.slice(from, start);
  const m = CUE_BEFORE.exec(before);
  if (!m) return undefined;
  if (/^code/i.test(m[1]!) && OTHER_CODES_BEFORE.test(before.slice(0, m.index))) return undefined;
  // 显示错误代码4013: the display cue comes first, but the words after it name a code.
  return { word: m[1]!, start: from + m.index, namesCode: CODE_CUE_ONLY.test(m[1]!) || CODE_WORD_IN.test(m[0].slice(m[1]!.length)) };
}

const isCodeCue = (cue: Cue | undefined) => !!cue?.namesCode;
const found = (start: number, end: number, code: string, cue: Cue | undefined): Candidate => ({ start, end, code, ...(cue ? { cue: cue.word, cueStart: cue.start } : {}) });
const errorWordAfter = (text: string, end: number) => ERROR_WORD_AFTER.test(text.slice(end, end + 12));
const unitAfter = (text: string, end: number) => UNIT_AFTER.test(text.slice(end, end + 10));
/** After a letter code only a measure rules it out (H2 10度?); 点, 个, 号 are words that follow codes (E1点不着). */
const MEASURE_AFTER = /^\s?(?:度|°|℃|%|寸|英寸|米|厘米|毫米|公斤|千克|斤|升|瓦|伏|(?:mm|cm|kg|ml|kw)(?![A-Za-z]))/i;
/** Things named like codes: H5页面, F4乐队, E5处理器, A4纸. */
const NOT_A_CODE_AFTER = /^\s?(?:页面|网页|链接|小程序|游戏|纸|乐队|芯片|处理器|接口|版本?|代|系列|款|号楼|栋|座|级|page|chip|paper|series|version|gen)/i;

function nextToAppliance(ctx: Context, start: number, end: number): boolean {
  const c = { start, end };
  return ctx.categories.some((m) => !PERSONAL_DEVICES.has(m.name) && beside(ctx.text, m, c)) || (ctx.appliance && ctx.brands.some((m) => beside(ctx.text, m, c)));
}

function errCode(m: RegExpMatchArray, ctx: Context): Candidate | undefined {
  const [whole, prefix, value] = m as unknown as [string, string, string];
  const start = m.index!;
  const cue = cueBefore(ctx.text, start);
  // "er 4" in lower case is a hesitation as often as a code; Err/ERR/Er are display prefixes.
  if (prefix === 'er' && !cue) return undefined;
  if (/^[a-f]{2}$/.test(value) && !cue) return undefined;
  return found(start, start + whole.length, (prefix + value).toUpperCase(), cue);
}

function letterDigits(m: RegExpMatchArray, ctx: Context): Candidate | undefined {
  const [whole, letters, sep, digits] = m as unknown as [string, string, string | undefined, string];
  const start = m.index!;
  const end = start + whole.length;
  const cue = cueBefore(ctx.text, start);
  const after = errorWordAfter(ctx.text, end);
  const upper = letters.toUpperCase();
  if (MEASURE_AFTER.test(ctx.text.slice(end, end + 6)) || NOT_A_CODE_AFTER.test(ctx.text.slice(end, end + 6))) return undefined;
  // "is 90", "at 10", "no 2": English words before a number are not code letters.
  if (letters.length === 2 && NOT_CODES.has(upper)) return undefined;
  // "it's -15 out there", "that's 20 now": the end of a contraction, and a minus sign before the
  // digits, say a number (a temperature, a count), never a code letter and its digits.
  if (CONTRACTION_BEFORE.test(ctx.text.slice(Math.max(0, start - 2), start)) || sep === ' -') return undefined;
  const candidate = found(start, end, canonicalLetters(letters) + digits, cue);
  // "E 1": a letter, a space and digits is a code only where something says so.
  if (sep === ' ' && !(cue || after || nextToAppliance(ctx, start, end))) return undefined;
  if (letters.length === 1) {
    const core = /[EFH]/.test(upper) && (upper === 'E' || digits.length <= 2);
    if (core) return candidate;
    if (digits.length === 3 && !isCodeCue(cue)) return undefined;
    // P60 and S23 are phones; a cue that names a code still wins (手机报错P1 is rare but real).
    if (ctx.phoneContext && !isCodeCue(cue) && !after) return undefined;
    return cue || after || ctx.appliance ? candidate : undefined;
  }
  if (TWO_LETTER_PREFIXES.has(upper) && digits.length <= 2 && letters !== letters.toLowerCase()) return cue || after || ctx.appliance ? candidate : undefined;
  // Other capital pairs (CH01, PF, AE2) are codes on an appliance's display (LG, Daikin and
  // Mitsubishi write them so), when something says they are shown or an error follows.
  if (letters === upper && digits.length <= 2 && ctx.appliance && !ctx.phoneContext && (cue || after)) return candidate;
  return isCodeCue(cue) ? candidate : undefined;
}

function letterDigitLetter(m: RegExpMatchArray, ctx: Context): Candidate | undefined {
  const [whole] = m as unknown as [string];
  const start = m.index!;
  const end = start + whole.length;
  const cue = cueBefore(ctx.text, start);
  // A model fragment or a phone (A5X, G7S) reads the same: only a display cue or an error word makes it a code.
  if (ctx.phoneContext && !isCodeCue(cue)) return undefined;
  return (cue && ctx.appliance) || isCodeCue(cue) || errorWordAfter(ctx.text, end) ? found(start, end, whole, cue) : undefined;
}

function digitLetter(m: RegExpMatchArray, ctx: Context): Candidate | undefined {
  const [whole, digits, space, letter] = m as unknown as [string, string, string | undefined, string];
  const start = m.index!;
  const end = start + whole.length;
  const cue = cueBefore(ctx.text, start);
  const before = ctx.text.slice(Math.max(0, start - 8), start);
  if (/wi-?fi\s?$/i.test(before)) return undefined; // WiFi 6E
  if (/(?:room|flat|apt|apartment|unit|suite|block|#|房间?|室)\s?$/i.test(before)) return undefined; // room 3E
  if (/^\s?(?:°|度)/.test(ctx.text.slice(end))) return undefined;
  // 26C is a temperature; so is 4C after 冷藏室 or "set to".
  if (/[Cc]/.test(letter) && (Number(digits) >= 10 || TEMPERATURE_NEAR.test(before)) && !isCodeCue(cue)) return undefined;
  if ((space || letter === letter.toLowerCase()) && !cue) return undefined;
  return found(start, end, digits + letter.toUpperCase(), cue);
}

function dictated(m: RegExpMatchArray, ctx: Context): Candidate | undefined {
  const [whole, letter, numeral] = m as unknown as [string, string, string];
  const start = m.index!;
  const end = start + whole.length;
  const cue = cueBefore(ctx.text, start);
  const value = parseSmallNumber(numeral);
  if (value === undefined || !(cue || errorWordAfter(ctx.text, end) || nextToAppliance(ctx, start, end))) return undefined;
  return found(start, end, letter.toUpperCase() + value, cue);
}

function letterCode(m: RegExpMatchArray, ctx: Context): Candidate | undefined {
  const [whole, letters] = m as unknown as [string, string];
  const start = m.index!;
  const upper = letters.toUpperCase();
  const cue = cueBefore(ctx.text, start);
  const end = start + whole.length;
  if (letters === letters.toLowerCase() && !(isCodeCue(cue) && letters.length <= 3)) return undefined;
  if (NOT_CODES.has(upper)) return undefined;
  const code = canonicalLetters(letters);
  if (MIXED_CASE_CODES.has(letters)) return found(start, end, code, cue);
  // A brand (TCL, LG) or an everyday acronym (SMS, HDMI, PIN) is a word of the sentence, never a code.
  if (EVERYDAY_ACRONYMS.has(upper) || everyBrandMention(ctx.text).some((b) => b.start < end && start < b.end)) return undefined;
  if (BARE_LETTER_CODES.has(upper) && !(upper === 'DE' && letters === 'De')) return found(start, end, code, cue);
  if (cue && letters.length <= 3 && (!WEAK_LETTER_CUE.test(cue.word) || displaySaysIt(ctx, start, end))) return found(start, end, code, cue);
  return undefined;
}

/** Cues any sentence uses ("I got an SMS", "the remote says TCL"): letters after them are a code only when a display or the appliance says them. */
const WEAK_LETTER_CUE = /^(?:got|getting|says|saying|reads?|reading|comes up with|came up with|throws|throwing)$/i;
const DISPLAY_WORD = /display|screen|panel|read-?out|indicator|light|显示|屏|面板|指示灯/i;

/** "the display says PF", "my dryer says PF", "got PF on the screen": the clause around the letters names a display or an appliance. */
function displaySaysIt(ctx: Context, start: number, end: number): boolean {
  const before = ctx.text.slice(0, start);
  let from = before.length;
  while (from > 0 && !SENTENCE_BREAK.test(before[from - 1]!)) from--;
  const rest = ctx.text.slice(end);
  const to = end + (rest.search(SENTENCE_BREAK) < 0 ? rest.length : rest.search(SENTENCE_BREAK));
  const clause = ctx.text.slice(from, to);
  return DISPLAY_WORD.test(clause) || ctx.categories.some((c) => !PERSONAL_DEVICES.has(c.name) && c.start >= from && c.end <= to);
}

function bareNumber(m: RegExpMatchArray, ctx: Context): Candidate | undefined {
  const [whole, digits] = m as unknown as [string, string];
  const start = m.index!;
  const end = start + whole.length;
  const cue = cueBefore(ctx.text, start);
  if (!cue) return undefined;
  if (unitAfter(ctx.text, end) || MONEY_OR_ORDER_BEFORE.test(ctx.text.slice(Math.max(0, start - 6), start))) return undefined;
  if (!cue.namesCode && !NUMBER_CUE_ONLY.test(cue.word)) return undefined;
  const strong = isCodeCue(cue);
  if (digits.length > (strong ? 4 : 3)) return undefined;
  if (!strong && showsTemperature(ctx, start, Number(digits))) return undefined;
  return found(start, end, digits, cue);
}

/** 空调显示26, 热水器显示45, 温度显示60: the display shows the temperature, not a code. */
function showsTemperature(ctx: Context, start: number, n: number): boolean {
  const cueAt = ctx.text.slice(0, start).search(new RegExp(String.raw`(?:${SHOW_CUE})${JOIN}$`, 'i'));
  if (cueAt >= 0 && TEMPERATURE_BEFORE_CUE.test(ctx.text.slice(Math.max(0, cueAt - 6), cueAt))) return true;
  const product = pick(ctx.categories, { start, end: start });
  const range = product && TEMPERATURE_RANGES[product.name];
  return !!range && n >= range[0] && n <= range[1];
}

/** dE, nF, Ub keep their display case; everything else is upper-case. */
function canonicalLetters(letters: string): string {
  if (MIXED_CASE_CODES.has(letters)) return letters;
  if (/^d[eE]$/.test(letters)) return 'dE';
  return letters.toUpperCase();
}

/** The mention nearest before the code, else the first after it. */
function pick(mentions: LexiconMention[], c: { start: number; end: number }): LexiconMention | undefined {
  const before = mentions.filter((m) => m.end <= c.start);
  return before[before.length - 1] ?? mentions.find((m) => m.start >= c.end);
}

function beside(text: string, m: LexiconMention, c: { start: number; end: number; cueStart?: number }): boolean {
  const to = c.cueStart !== undefined && m.end <= c.cueStart ? c.cueStart : c.start;
  const gap = m.end <= c.start ? text.slice(m.end, to) : m.start >= c.end ? text.slice(c.end, m.start) : '';
  return gap.length <= NEXT_TO_GAP && !SENTENCE_BREAK.test(gap);
}
