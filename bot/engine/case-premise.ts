/**
 * What the customer said still works ("冷冻室还是好的", "the outdoor unit is running", "指示灯亮着",
 * "the light comes on"), kept for the conversation, and the knowledge cases whose premise it
 * contradicts: a freezer that freezes means the compressor runs and the fridge cools, so "压缩机不启动、
 * 完全不制冷" and "freezer not freezing" are not their problem; a display that lights means it has
 * power, so "won't turn on, no power" is not either. Such a case is passed over for the next one.
 */
import { globalPattern } from '../../kernel/text/global-pattern';

/** A part or function of the appliance a customer may say works, with what its working rules out. */
interface Part {
  id: string;
  /** The part named, in either language. */
  words: RegExp;
  /** Other parts whose working this one's working proves (a freezing freezer: the compressor runs, it cools). */
  proves?: string[];
}

const PARTS: Part[] = [
  { id: 'freezer', words: /冷冻(?:室|层|区|柜)?|冻(?:得|的)(?:住|很?硬|挺硬|很好)|\bfreezer\b|\bfreez(?:es|ing)\b/i, proves: ['compressor', 'cooling'] },
  { id: 'fridge', words: /冷藏(?:室|层|区)?|\bfridge (?:part|section|compartment|side)\b/i, proves: ['compressor', 'cooling'] },
  { id: 'compressor', words: /压缩机|\bcompressor\b/i, proves: ['power'] },
  { id: 'outdoor', words: /外机|室外机|\boutdoor unit\b|\boutside unit\b|\bcondenser\b/i, proves: ['power'] },
  { id: 'fan', words: /风扇|风机|出风|吹风|\bfans?\b|\bblow(?:s|ing)? air\b|\bair (?:comes out|is blowing)\b/i, proves: ['power'] },
  { id: 'light', words: /指示灯|灯|显示屏|显示|屏幕|面板|\blights?\b|\bdisplay\b|\bscreen\b|\bpanel\b|\bled\b/i, proves: ['power'] },
  { id: 'power', words: /通电|有电|电源|开机|\bpower\b|\bturns? on\b|\bswitch(?:es)? on\b/i },
  { id: 'drain', words: /排水|\bdrain(?:s|ing)?\b/i },
  { id: 'spin', words: /脱水|甩干|\bspin(?:s|ning)?\b/i },
  { id: 'fill', words: /进水|\bfill(?:s|ing)?\b|\bwater (?:comes|goes) in\b/i },
  { id: 'ignition', words: /点火|打火|打着|着火|\bignit\w*|\blights? up\b/i },
  { id: 'heating', words: /加热|制热|\bheat(?:s|ing)?\b/i },
  { id: 'cooling', words: /制冷|\bcool(?:s|ing)?\b/i },
  { id: 'sound', words: /声音|\bsound\b|\baudio\b/i },
  { id: 'picture', words: /画面|图像|\bpicture\b|\bimage\b/i },
];

/** Each part's words made global once: the part lookups run several times a turn, over every part. */
const EVERY_MENTION: ReadonlyMap<Part, RegExp> = new Map(PARTS.map((part) => [part, globalPattern(part.words)]));

/** Where the part is named in the text; the cheap non-global test first, as most parts are not named. */
function mentionsOf(part: Part, text: string): Iterable<RegExpExecArray> {
  return part.words.test(text) ? text.matchAll(EVERY_MENTION.get(part)!) : [];
}

/** Said to work: 正常, 好的, 没问题, 亮着, 在转, 冻得很硬; works, fine, is on, runs, still freezes. */
const WORKS_ZH =
  /^[^，。,.;；!?！？]{0,4}?(?:都|也|还|倒|倒是|还是|是)?(?:正常|好的|好好的|没问题|没毛病|没事|挺好|很好|能用|好用|亮(?:的|着)|是亮的|会亮|在转|转(?:的|着)|会转|能转|在响|有声音|能打着|打得着|冻得?(?:住|很?硬|挺硬|很好|好好的)|很冷|很凉|挺凉|制冷正常)/;
const WORKS_EN =
  /^[^,.;!?]{0,12}?\b(?:(?:is|are|'s|seems?|still|works?|working|runs?|running|comes? on|lights? up|turns? on|spins?|drains?|freezes?|cools?|heats?)\b[^,.;!?]{0,10}\b(?:fine|ok|okay|normal(?:ly)?|perfectly|properly|well|cold|on|running|working)\b|(?:still )?(?:works?|working|runs?|running|comes? on|lights? up|spins?|drains?|freezes?|is freezing|cools?|heats?)\b(?![^,.;!?]{0,6}\b(?:not|n't)\b))/i;
/** A sound right after the igniter is named: the spark heard, which says nothing of a flame. */
const SPARKING_ONLY = /^[^，。,.;；!?！？]{0,3}?(?:有声音?|有响声|在响|会响|响|啪|咔|哒|嗒)/;
/** A negation right after the part: "冷冻室也不冷", "the fan doesn't run" is no working part. */
const NEGATED_AFTER = /^[^，。,.;；!?！？]{0,6}?(?:不|没|无|坏|停|\bnot\b|n['’]t\b|\bnever\b|\bno longer\b|\bstopped\b)/i;

/** Frozen right after the fridge compartment is named: too cold, a fault of its own. */
const FROZEN_AFTER = /^[^，。,.;；!?！？]{0,6}?(?:冻|结冰|结成冰|结霜)|^[^,.;!?]{0,20}?\b(?:freez\w*|frozen|ice)\b/i;

/**
 * Another device's part named just before: "机顶盒灯亮着", "the cable box's light is on" say the box
 * works, not the TV (whose "显示无信号" case is then still its problem).
 */
const OTHER_DEVICE_BEFORE =
  /(?:机顶盒|盒子|光猫|路由器?|插座|插排|插线板|遥控器?|手机)(?:的|上的|上面的|那个)?\s*$|\b(?:set[- ]?top[- ]?box|cable box|tv box|box|router|modem|socket|remote|phone)(?:'s)?\s*(?:(?:front|status|power|indicator) )?$/i;

/** The parts this message says work (and what their working proves), in the order said. */
export function workingPartsIn(text: string): string[] {
  const found = new Set<string>();
  for (const part of PARTS) {
    for (const m of mentionsOf(part, text)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // "冻得很硬" names the working in the part's own words.
      const selfWorking = part.id === 'freezer' && /^冻/.test(m[0]);
      if (!selfWorking && NEGATED_AFTER.test(after)) continue;
      if (OTHER_DEVICE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      // Food freezing in the fridge compartment ("冷藏室的菜都冻住了") is that compartment's fault, not its working.
      if (part.id === 'fridge' && FROZEN_AFTER.test(after)) continue;
      // An igniter heard clicking ("打火有声音", "点火啪啪响") is sparking, not lighting: no sign the burner catches.
      if (part.id === 'ignition' && SPARKING_ONLY.test(after)) continue;
      if (selfWorking || WORKS_ZH.test(after) || WORKS_EN.test(after)) {
        found.add(part.id);
        for (const p of part.proves ?? []) found.add(p);
      }
    }
  }
  return [...found];
}

/** The parts said to work so far, this message's added to those before. */
export function mergeWorking(before: readonly string[], text: string): string[] {
  return [...new Set([...before, ...workingPartsIn(text)])];
}

/** A title that says a part fails: the part followed closely by a negation or a failure word ("冷冻室不冻", "compressor does not run"). */
const FAILS_AFTER_ZH = /^[^，。,.;；、/\sa-z]{0,2}?(?:不|没|无|坏|失灵|故障|停)/i;
const FAILS_AFTER_EN = /^\s*(?:[a-z]+\s+){0,2}?(?:not|no|won['’]?t|doesn['’]?t|isn['’]?t|fails?|failure|dead|stopped|off)\b/i;
const FAILS_AFTER = { test: (after: string) => FAILS_AFTER_ZH.test(after) || FAILS_AFTER_EN.test(after) };
/** Failures that need the whole appliance dead or not cooling at all: ruled out by any part that works on power, or by a cooling part. */
const TOTAL = [
  { needs: 'power', words: /不通电|没电|开不了机|不开机|\bno power\b|\bwon['’]?t (?:turn|switch|power) on\b|\bnot (?:turning|switching|powering) on\b/i },
  { needs: 'cooling', words: /完全不制冷|完全不凉|一点都不(?:制冷|凉)|\bnot cooling at all\b|\bno cooling at all\b/i },
];

/** Whether a case's title rests on a part failing that the customer said works. */
export function contradictsWorking(title: string, working: readonly string[]): boolean {
  if (!working.length) return false;
  for (const part of PARTS) {
    if (!working.includes(part.id)) continue;
    for (const m of mentionsOf(part, title)) if (FAILS_AFTER.test(title.slice(m.index + m[0].length))) return true;
  }
  return TOTAL.some((t) => working.includes(t.needs) && t.words.test(title));
}

/** Where a message turns from one part to another: commas, "but", "但是", "就是". */
const CLAUSES = /[,，。.;；!！?？\n]+|\s+(?:but|while|and|though|although|yet)\s+|(?:但是|可是|不过|但|就是|只是|而且|而)/i;

/**
 * The message without the clauses that only say a part works: searched with them, "the freezer
 * still freezes fine" pulls up freezing cases for a warm fridge. Everything is kept when nothing
 * else is left.
 */
export function withoutWorkingClauses(text: string): string {
  const pieces = text.split(CLAUSES).filter((p) => p && p.trim());
  const kept = pieces.filter((p) => !workingPartsIn(p).length || NEGATED_ANYWHERE.test(p));
  return kept.length && kept.length < pieces.length ? kept.join(/[\u4e00-\u9fff]/.test(text) ? '，' : ', ') : text;
}
/** A clause that also says something fails ("灯亮但不转" cut badly) is kept. */
const NEGATED_ANYWHERE = /不|没|无|坏|\bnot\b|n['’]t\b|\bnever\b|\bno\b|\bwarm\b|\bstopped\b/i;
