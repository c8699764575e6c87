/**
 * Model numbers: appliance codes (KFR-35GW/NhGd1B, XQB80-Z3569, RF28R7351SR, WW90T534DAW/S1),
 * phone models (lexicons/phone-models.ts) and what follows 型号/model. A model is letters and
 * digits together, so prose ("still not working", "the white one"), phone numbers, dates, prices,
 * ticket, order and serial numbers are never one. Words around a model do not hide it
 * ("RF28R7351SR. But seriously…", "型号是KFR-35GW/(35592)FNhAa-B1 麻烦快点").
 */
import { findBrands } from '../../../kernel/lexicon/brands';
import { findPhoneNumbers } from '../../text/phone-numbers';
import { readLaptopModel } from './laptop-model';
import { readPhoneModel } from './phone-model';

const CUED = /(?:型号|机型|model(?:\s*(?:number|no\.?|#))?)\s*(?:[:：#]|是|为|is)?\s*([A-Za-z0-9][A-Za-z0-9\-\/().+@]{2,40})/i;
/** Where the model was read, between the cue and the code: "model on the back says 55U6K", "型号在背面写着 65E3F". */
const CUED_FAR =
  /(?:型号|机型|\bmodel(?:\s*(?:number|no\.?|#))?)\s*(?:(?:on|at|from|in) (?:the )?(?:back|side|label|sticker|plate|nameplate|box|bottom|receipt)\s*|(?:在|看)?(?:背面|后面|侧面|铭牌上?|标签上?|贴纸上?|盒子上?)\s*)(?:says|reads|shows|is|:|：|写着?|写的是|是|为)\s*([A-Za-z0-9][A-Za-z0-9\-\/().+@]{2,40})/i;
// Letters, optional digits, a dash, then letters/digits with optional / or - parts.
const APPLIANCE = /(?<![A-Za-z0-9])([A-Z]{2,6}\d{0,4}-[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[\/@-][A-Za-z0-9()]+)*|[A-Z]{2,6}-\d[A-Za-z0-9]*)(?![A-Za-z0-9])/;
// Capital letters then digits and capitals, without a dash (RF28R7351SR, WW90T534DAW/S1).
const BARE_CODE = /(?<![A-Za-z0-9\-\/])([A-Z]{1,5}\d[A-Z0-9]{3,20}(?:[\/@-][A-Z0-9()]+)*)(?![A-Za-z0-9])/g;
const APPLIANCE_ANY_CASE = new RegExp(APPLIANCE.source, 'i');
const BARE_CODE_ANY_CASE = new RegExp(BARE_CODE.source, 'gi');
const NOT_A_MODEL = /^(?:AS-\d{8}|SN|S\/N|E-\d|IMEI)/i;
// Words before a code that make it a serial, order or tracking number instead.
const OTHER_NUMBER_BEFORE =
  /(?:序列号|串号|机身码|条码|SN码?|S\/N|IMEI|订单号?|单号|工单|物流|快递|运单|发票号?|编号|serial(?:\s*(?:number|no\.?))?|order(?:\s*(?:number|no\.?|#|id))?|(?:invoice|inv\.?|receipt|bill|transaction)(?:\s*(?:number|no\.?|#))?|tracking|ticket|call[-_\s]?id|\bid)\s*(?:号码|号)?\s*(?:[:：#是为]|is)?\s*$/i;

/** Letters and digits both, no long digit run (orders, tracking), not a date, phone or price. */
function plausible(code: string, text: string, index: number): boolean {
  if (NOT_A_MODEL.test(code) || !/[A-Za-z]/.test(code) || !/\d/.test(code)) return false;
  if (/\d{9,}/.test(code) || /^\d{4}[-\/.]\d{1,2}[-\/.]\d{1,2}$/.test(code)) return false;
  if (findPhoneNumbers(code).length) return false;
  return !OTHER_NUMBER_BEFORE.test(text.slice(Math.max(0, index - 16), index));
}

/** A code with an unmatched closing bracket or a full stop after it had them from the sentence. */
function trimmed(code: string): string {
  let out = code.replace(/[.]+$/, '');
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
  return out;
}

interface Candidate {
  model: string;
  index: number;
}

/**
 * Codes in the text. Unasked, a code must be written in capitals and a bare one needs two letters
 * and three digits; in a reply to the model question lower case (kfr-35gw, ww90t534daw) and two
 * digits will do. Never more than five digits in a row (AB12345678 is a serial).
 */
function codeCandidates(text: string, asked = false): Candidate[] {
  const found: Candidate[] = [];
  const appliance = (asked ? APPLIANCE_ANY_CASE : APPLIANCE).exec(text);
  if (appliance && plausible(appliance[1]!, text, appliance.index)) found.push({ model: trimmed(appliance[1]!), index: appliance.index });
  for (const m of text.matchAll(asked ? BARE_CODE_ANY_CASE : BARE_CODE)) {
    const code = trimmed(m[1]!);
    const letters = code.replace(/[^A-Za-z]/g, '').length;
    const digits = code.replace(/\D/g, '').length;
    if (letters >= 2 && digits >= (asked ? 2 : 3) && !/\d{6,}/.test(code) && plausible(code, text, m.index)) found.push({ model: code, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A code right after a brand: letters first (WAN28, FV90), or digits first with letters inside
 * (a TV's size-led "55UQ7500", a laptop's "15s-fq5111TU"); "@" joins parts as Haier writes them.
 */
const AFTER_BRAND_CODE =
  /^\s{0,2}((?:[A-Za-z]{1,5}-?\d{2,5}[A-Za-z0-9]*|\d{2,3}[A-Za-z]{1,4}\d{2,5}[A-Za-z0-9]*|\d{1,3}[A-Za-z]{0,3}-[A-Za-z0-9]*\d[A-Za-z0-9]*)(?:[-\/@][A-Za-z0-9]+)*)(?![A-Za-z0-9])/;

/**
 * "Bosch WAN28", "西门子 WM14", "(LG FV90)": a short code written straight after a brand is that
 * product's model, in any case. A display code's shape (E15, F21: one letter, one or two digits)
 * is left to the code reader.
 */
function afterBrand(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const b of findBrands(text)) {
    const at = b.index + b.text.length;
    const m = AFTER_BRAND_CODE.exec(text.slice(at));
    if (!m || /^[A-Za-z]-?\d{1,2}$/.test(m[1]!)) continue;
    const index = at + m[0].length - m[1]!.length;
    if (plausible(m[1]!, text, index)) found.push({ model: trimmed(m[1]!), index });
  }
  return found;
}

export function extractModel(text: string): string | undefined {
  const cued = CUED_FAR.exec(text) ?? CUED.exec(text);
  if (cued) {
    const code = trimmed(cued[1]!);
    if (plausible(code, text, cued.index + cued[0].length - cued[1]!.length)) return code;
  }
  const phone = readPhoneModel(text);
  const laptop = readLaptopModel(text);
  const candidates: Candidate[] = [...(phone ? [{ model: phone.model, index: phone.index }] : []), ...(laptop ? [laptop] : []), ...codeCandidates(text), ...afterBrand(text)];
  return candidates.sort((a, b) => a.index - b.index)[0]?.model;
}

// What customers put around a model when they answer the question (型号是…, it's…, model:).
const ANSWER_LEAD = /^(?:(?:我的|我家的?|这台的?)?(?:型号|机型)\s*(?:是|为|:)?|(?:the\s+)?model\s*(?:number|no\.?)?\s*(?:is|:)?|it'?s|it is|is|是)\s*/i;
const ANSWER_TAIL = /[\s,，。.!！~]*(?:吧|啊|呀|哦|呢|哈|谢谢|thanks|thank you|please)?[\s,，。.!！~]*$/i;

/**
 * A reply to "what is the model?": a model anywhere in it, or the whole reply when it is one code
 * written any way (rf28r7351sr, q7pro). Plain words are never a model: "still not working",
 * "not sure" and "the white one" give undefined, and the question stays open.
 */
export function extractModelAnswer(text: string): string | undefined {
  const found = extractModel(text);
  if (found) return found;
  const bare = text.trim().replace(ANSWER_LEAD, '').replace(ANSWER_TAIL, '');
  if (/^[A-Za-z0-9][A-Za-z0-9\-\/().+@]{2,40}$/.test(bare)) return plausible(bare, bare, 0) && !/^\d/.test(bare) ? trimmed(bare) : undefined;
  // Asked for the model, a code typed in lower case among other words is still the model (it's ww90t534daw I think).
  return codeCandidates(text, true)[0]?.model;
}
