/**
 * The purchase date in a message: which of its date mentions (date-mentions.ts) is the day the
 * product was bought, with the precision the customer gave and the span of days it can mean.
 *
 * A mention is the purchase when a purchase word (买/下单/装/bought/got it...) is closer to it
 * than any word of another event (坏/报修/上门/师傅说/broke/called...): "上周坏了，去年买的" is
 * bought last year, "师傅说上周来修" is no purchase at all. Without a purchase word a date still
 * counts when the message is little more than the date ("前年夏天吧", "last May I think": the
 * answer to "when did you buy it?"), or when the caller says that question was just asked.
 */
import type { PurchaseDate } from '../types';
import type { DateSpan } from '../../../kernel/date-span';
import { findDateMentions, valueOf, type DateMention } from './date-mentions';
import { DATE_FILLER as FILLER } from './date-filler';
import { precisionOfSpan } from './date-readings';
import { DAY_TO_COME, PART_OF_DAY } from '../visit-time';
import { withoutTakenBack } from './taken-back';

// ("I got a rice cooker …" is buying; "got an error / a call last week" is not.)
// Signing for a delivery (签收, "signed for it", "it came on the 28th", "the parcel arrived Monday") starts the 三包 days as buying does.
const PURCHASE_CUE =
  /买|购|入手|置办|添置|下单|下的单|拍下|签收|签的收|\bsigned for\b|\b(?:it|they|the (?:parcel|package|box|order|delivery)) (?:came|arrived|was delivered|got here)\b|收到|送来|送到|到货|到手|安装|装的|装好|刚装|装上|提货|开始用|开始使用|用上|\bbought\b|\bbuy\b|\bpurchas\w*|\bgot (?:(?:a|an)\b(?! (?:error|call|message|text|code|reply|notification|e-?mail|letter|warning|shock|fault|problem|issue|bill|charge|refund|quote|visit|ticket|response|answer|sms|alert|beep)\b)|it|this|that|the|them|mine|one|my|in|on|from|at|for|around|about|roughly|approximately|sometime|back in|early|late|last|this)\b|\bordered\b|\bdeliver(?:ed|y)\b|\binstalled\b|\barrived\b|\breceived\b|\bpicked (?:it |this |them )?up\b|\b(?:had|owned|have had|used) (?:it|this|them|mine|the \w+) since\b|\bsince i (?:bought|got)\b|\bgift\b|\bpresent\b|发票|小票|收据|\breceipt\b|\binvoice\b|\binv\.?\s*(?:no\b|#)/gi;

// (装修/翻修 is doing up the home, "2021年装修的时候买的": no repair of the product, so no event.)
const EVENT_CUE =
  /坏|(?<![装翻])修|上门|师傅|工程师|预约|约了|约的|打(?:过|了)?电话|来电|联系|投诉|反映|出现|开始(?!用|使用)|发现|漏|滴水|不制冷|不制热|不工作|不转|不亮|不启动|没反应|故障|异响|响|停了|跳闸|换(?:过|了)|保养|清洗|到期|过保|保修(?:期)?到|质保(?:期)?到|保到|截止|寄回|寄修|返厂|检测|(?<![买送拿运寄带搬回])来(?!的时候)|报|\bbroke\b|\bbroken\b|\bstopp?ed\b|\bstarted\b|\bbegan\b|(?<!\b(?:it|they|parcel|package|box|order|delivery) )\bcame\b|\bcoming\b|\bvisit\w*|\btechnician\b|\bengineer\b|\bcalled\b|\bphoned\b|\brang\b|\bcontacted\b|\brepair\w*|\bfixed\b|\bappointment\b|\bserviced\b|\bhappened\b|\bnoticed\b|\bleak\w*|\bfail\w*|\bdied\b|\bquit\b|\bexpir\w*|\bwarranty (?:ends|ended|runs|ran|until|till)\b|(?<!(?:had|owned|used) (?:it|this|them|mine|the \w+) )\bsince\b(?! i (?:bought|got))|\breported\b|\bcomplain\w*|\bemailed\b|\breturned\b/gi;

/** The purchase date named as a field of the form ("购买时间不对", "the purchase date is", "the date is still wrong"). */
const NAMES_THE_FIELD =
  /购买(?:日期|时间)|买的时间|购机(?:日期|时间)|\bpurchase date\b|\bdate of purchase\b|(?:日期|\bdate\b)(?:'s|\s+is|\s+was)?\s*(?:还是|也|又|still\s+|also\s+)?(?:不对|错了|写错|有误|\bwrong\b|\bincorrect\b|\bnot right\b)/i;

/** How far (in characters, plus penalties) a purchase word may be from its date. */
const WINDOW = 24;
/** An event word this close to a date claims it even when nothing else is said. */
const EVENT_NEAR = 4;
// A clause break, a conjunction or another date between a word and a date loosens their tie.
const BREAK = /[，。,;；!！?？\n]|\.\s|然后|但是|可是|结果|后来|现在|目前|\b(?:and|but|then|so|which|because|now)\b/gi;
/**
 * In Chinese chat a space between two phrases is their comma: "转盘不转了 去年5月在苏宁买的" dates the
 * buying, not the fault. Counted only between a date and an event word: two dates of one purchase
 * said with a space between them ("2023年11月吧 双十一买的") still narrow each other down.
 */
const SPACE_BREAK = /(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff\d]|$)|(?<=[\u4e00-\u9fff]|^)\s+(?=[\u4e00-\u9fff])/g;
const PENALTY = 12;

export interface PurchaseDateOptions {
  /** The bot's last question was "when did you buy it?": a date not tied to another event answers it. */
  asked?: boolean;
  /** The conversation's language, for all-digit dates (24.7.15 is year first in Chinese); by default the message's own. */
  locale?: 'zh' | 'en';
}

interface Cue {
  index: number;
  end: number;
  latin: boolean;
}

function cuesOf(text: string, pattern: RegExp): Cue[] {
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, end: m.index + m[0].length, latin: /^[a-z]/i.test(m[0]) }));
}

function distance(text: string, mention: DateMention, cue: Cue, mentions: DateMention[], inside: number, spaces: boolean): number {
  const end = mention.index + mention.length;
  if (cue.end > mention.index && cue.index < end) return inside;
  const after = cue.index >= end;
  const [from, to] = after ? [end, cue.index] : [cue.end, mention.index];
  const gap = to - from;
  // "bought it when we moved in, 2022": a date alone in its clause at the end belongs to the clause before it.
  const tacked = !after && tackedOnAtTheEnd(text, mention) ? 1 : 0;
  // English words are long, and English names the event before its date ("bought the fridge in
  // May", "stopped cooling last week"): a word before the date binds at half its distance.
  let cost = cue.latin && !after ? gap / 2 : gap;
  const breaks = (text.slice(from, to).match(BREAK)?.length ?? 0) + (spaces ? (text.slice(from, to).match(SPACE_BREAK)?.length ?? 0) : 0);
  cost += PENALTY * Math.max(0, breaks - tacked);
  cost += PENALTY * mentions.filter((o) => o !== mention && o.index >= from && o.index + o.length <= to).length;
  return cost;
}

/** The date said last, alone after a comma ("…, 2022", "…, back in 2021 I think"): an afterthought to the clause before it. */
function tackedOnAtTheEnd(text: string, mention: DateMention): boolean {
  const before = text.slice(0, mention.index);
  const after = text.slice(mention.index + mention.length);
  return (
    /[，,]\s*(?:(?:that was|it was|was|way back|back|sometime|around|about|roughly|maybe|probably)\s+)*$|[，,]\s*(?:那是|是|大概|大约|应该是)?$/i.test(before) &&
    /^\s*(?:年|吧|左右|or so|i think|i believe|if i remember(?: right(?:ly)?)?)?[\s.。!！]*$/i.test(after)
  );
}

/** `inside`: what a cue within the date's own words counts as (新买 is a purchase; 十来天's 来 is no visit). */
const nearest = (text: string, mention: DateMention, cues: Cue[], mentions: DateMention[], inside: number, spaces = false) =>
  Math.min(Infinity, ...cues.map((c) => distance(text, mention, c, mentions, inside, spaces)));

/** Little but the date is left once dates and filler words are taken out (no digits: "上个月电费500" is not an answer). */
function isJustADate(text: string, mentions: DateMention[]): boolean {
  // "周六上午", "Saturday after 6", "明天周一最好": a time to come, said without a word about buying, is no purchase date.
  if (PART_OF_DAY.test(text) || DAY_TO_COME.test(text)) return false;
  let rest = '';
  let at = 0;
  for (const m of mentions) {
    rest += text.slice(at, m.index) + ' ';
    at = m.index + m.length;
  }
  rest = (rest + text.slice(at)).replace(FILLER, ' ');
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = rest.match(/[a-z]{2,}/gi)?.length ?? 0;
  return han <= 4 && words <= 2 && !/\d/.test(rest);
}

// A word that opens a new clause of its own: "last week it stopped" dates the stopping.
const SUBJECT = /\b(?:it|i|we|they|he|she|this|that|the|my|our|its|which|then|and|but)\b|[，。,;；]/i;

/**
 * "the fridge that I got roughly at the end of last year stopped cooling": the date closes the
 * clause its purchase verb opened, and the fault verb right after it (no subject of its own
 * between) is the sentence's main verb, not the date's. The purchase keeps the date.
 */
function boughtThenBroke(text: string, mention: DateMention, purchaseCues: Cue[], eventCues: Cue[]): boolean {
  const end = mention.index + mention.length;
  const verb = purchaseCues.filter((c) => c.latin && c.end <= mention.index && mention.index - c.end <= WINDOW).at(-1);
  if (!verb || BREAK_ONE.test(text.slice(verb.end, mention.index))) return false;
  const event = eventCues.find((c) => c.index >= end);
  if (!event || eventCues.some((c) => c.index < mention.index && c.index > verb.end)) return false;
  return !SUBJECT.test(text.slice(end, event.index));
}
const BREAK_ONE = new RegExp(BREAK.source, 'i');

type Scored = { mention: DateMention; purchase: number; event: number };

/** Specific before vague ("just bought it last week" is last week), then the closest tie, then the first. */
function best(candidates: Scored[]): DateMention | undefined {
  return [...candidates].sort((a, b) => Number(!!a.mention.weak) - Number(!!b.mention.weak) || a.purchase - b.purchase || a.mention.index - b.mention.index)[0]?.mention;
}

export function extractPurchaseDate(said: string, today?: string, options: PurchaseDateOptions = {}): PurchaseDate | undefined {
  // "前年..不对 去年春天买的": the date taken back is no candidate; the one after the cue is read.
  const text = withoutTakenBack(said, findDateMentions(said, today, options.locale));
  const mentions = text === said ? findDateMentions(said, today, options.locale) : findDateMentions(text, today, options.locale);
  if (!mentions.length) return undefined;
  const purchaseCues = cuesOf(text, PURCHASE_CUE);
  const eventCues = cuesOf(text, EVENT_CUE);
  const scored: Scored[] = mentions.map((mention) => ({
    mention,
    purchase: nearest(text, mention, purchaseCues, mentions, 0),
    event: nearest(text, mention, eventCues, mentions, Infinity, true),
  }));
  const cued = (s: Scored) => s.purchase <= WINDOW && (s.purchase < s.event || boughtThenBroke(text, s.mention, purchaseCues, eventCues));
  let chosen = best(scored.filter(cued));
  // A message that is only a date and an event word ("two weeks ago the engineer came") dates the event.
  // (Said as a bare answer, every date in it is of the purchase: "last year in spring" is spring 2025.)
  let bare = false;
  if (!chosen && !eventCues.length && isJustADate(text, mentions)) [chosen, bare] = [best(scored), true];
  // "the purchase date is wrong, 2023 - no wait, it was 2024": naming the field answers it, as if asked.
  if (!chosen && (options.asked || NAMES_THE_FIELD.test(text))) [chosen, bare] = [best(scored.filter((s) => s.event > EVENT_NEAR)), true];
  if (!chosen) return undefined;
  // Other dates of the purchase itself (not of the fault, not a vague "recently") narrow it down.
  chosen = narrowedByOthers(
    chosen,
    scored.filter((s) => s.mention !== chosen && !s.mention.weak && (bare ? s.event > EVENT_NEAR : cued(s))).map((s) => s.mention),
  );
  return {
    value: chosen.value,
    precision: chosen.precision,
    text: chosen.text,
    earliest: chosen.span.earliest,
    latest: chosen.span.latest,
    ...(chosen.ambiguous ? { ambiguous: true } : {}),
    ...(chosen.approximate ? { approximate: true } : {}),
  };
}

/**
 * Two mentions of the same purchase said at different precision ("2024年11月 … 双十一买的", "last
 * year, in the spring"): the purchase lies where both allow. A mention read in this year only
 * because no year was said (双十一, 5月10日) takes the other's year when that is the only way they
 * agree. Mentions that cannot agree leave the chosen one as it was.
 */
function narrowedByOthers(chosen: DateMention, others: DateMention[]): DateMention {
  if (chosen.weak) return chosen;
  const year = (iso: string) => Number(iso.slice(0, 4));
  const length = (x: DateSpan) => Date.parse(x.latest) - Date.parse(x.earliest);
  // Every year in the value moves: a season is written as a span ("2026-03/2026-05").
  const moveYears = (value: string, years: number) => (years ? value.replace(/\b\d{4}\b/g, (y) => String(Number(y) + years)) : value);
  let span = chosen.span;
  // The value is written as the most precise mention used says it, moved to the agreed year.
  let best = { mention: chosen, years: 0 };
  let rereadAnchor: { anchor?: string } | undefined;
  for (const other of others) {
    let meet = intersect(span, other.span);
    let years = 0;
    // The narrower mention (a month, a festival) is the one whose year was guessed: it moves.
    // (Equally narrow, "前年9月 … 国庆前": the one read in a year only because none was said moves, not the one that named it.)
    const otherIsNarrow = length(other.span) < length(span) || (length(other.span) === length(span) && Boolean(other.readIn) && !chosen.readIn);
    const [narrow, wide] = otherIsNarrow ? [other.span, span] : [span, other.span];
    if (!meet && year(narrow.earliest) === year(narrow.latest) && year(wide.earliest) === year(wide.latest)) {
      years = year(wide.earliest) - year(narrow.earliest);
      // Read again in that year when the words allow: the guessed year's span was cut at today (年底 in December).
      const reread = (otherIsNarrow ? other : chosen).readIn?.(year(wide.earliest));
      meet = intersect(reread?.span ?? shiftYears(narrow, years), wide);
      if (reread && meet) rereadAnchor = { anchor: reread.anchor };
    }
    if (!meet) continue;
    span = meet;
    if (otherIsNarrow) best = { mention: other, years };
    else if (years) best = { mention: best.mention, years: best.years + years };
  }
  if (span === chosen.span) return chosen;
  const precision = precisionOfSpan(span);
  // A span read afresh in the agreed year is written from its own days, not from the cut one.
  const value = rereadAnchor ? valueOf(span, precision, rereadAnchor.anchor) : moveYears(best.mention.value, best.years);
  return { ...chosen, span, value, precision };
}

function intersect(a: DateSpan, b: DateSpan): DateSpan | undefined {
  const earliest = a.earliest > b.earliest ? a.earliest : b.earliest;
  const latest = a.latest < b.latest ? a.latest : b.latest;
  return earliest <= latest ? { earliest, latest } : undefined;
}

function shiftYears(span: DateSpan, years: number): DateSpan {
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { earliest: shift(span.earliest), latest: shift(span.latest) };
}
