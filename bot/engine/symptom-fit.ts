/**
 * Whether a case is about the symptom the customer described. Search ranks cases by shared words,
 * so "the TV keeps switching itself off" lands on "TV says no signal" (same product, same "TV"), a
 * set that switches itself on lands on "will not turn on", a frozen picture on "black screen". Each
 * side is read for the kinds of symptom it names; when both name some and they share none, the
 * case is about another symptom and must not be given: honest no-case help is better than another
 * fault's steps. A side that names no kind we know decides nothing (the search's match stands).
 */
import { LIQUID_TITLE } from './flows/liquid-first';

export type SymptomKind =
  | 'offBySelf'
  | 'onBySelf'
  | 'restarts'
  | 'freezes'
  | 'noPower'
  | 'noSignal'
  | 'noSound'
  | 'noPicture'
  | 'noise'
  | 'noiseWhenOff'
  | 'alarm'
  | 'noHeat'
  | 'noCool'
  | 'noSpin'
  | 'lines'
  | 'smell'
  | 'leak';

/** By itself, with nobody pressing anything: 自己, 自动, 突然, "by itself", "on its own", "randomly". */
const BY_ITSELF_EN = String.raw`(?:by (?:itself|themselves)|on (?:its|their) own|randomly|suddenly|without warning|for no reason|in the (?:middle of the )?night)`;

const KINDS: [SymptomKind, RegExp][] = [
  [
    'offBySelf',
    new RegExp(
      [
        '(?:自己|自动|突然|莫名其妙|无缘无故|动不动就?)(?:就)?(?:关机|关了|关掉|断电|停机|停了|熄火|灭了|黑了|没电了)',
        '(?:老是|经常|总是|一会儿?就|几分钟就|几秒就?|一半就?|到一半)[^，。,.]{0,4}(?:自己)?(?:关机|断电|停机|停了|跳停)',
        String.raw`\b(?:switch|turn|shut|power|cut)(?:s|es|ed|ing)? (?:itself |themselves )?(?:off|down|out)\b[^.,;!?]{0,25}\b${BY_ITSELF_EN}`,
        String.raw`\b(?:switch|turn|shut|power)(?:s|es|ed|ing)? (?:itself|themselves) (?:off|down)\b`,
        String.raw`\b(?:keeps?|kept) (?:switching|turning|shutting|powering|cutting) (?:itself |themselves )?(?:off|down|out)\b`,
        String.raw`\b(?:randomly|suddenly) (?:switch|turn|shut|power)\w* (?:itself )?(?:off|down)\b`,
        String.raw`\bcuts? out\b`,
        String.raw`\bstops? (?:in the middle|halfway|mid[- ]?(?:cycle|wash|way)|partway)\b`,
      ].join('|'),
      'i',
    ),
  ],
  [
    'onBySelf',
    new RegExp(
      [
        '(?:自己|自动|突然|半夜)(?:就)?(?:开机|开了|启动|打开|亮了|亮起来|运转起来|转起来)',
        String.raw`\b(?:switch|turn|power)(?:s|es|ed|ing)? (?:itself|themselves) (?:back )?on\b`,
        String.raw`\b(?:switch|turn|power|come|start)(?:s|es|ed|ing)? (?:back )?on\b[^.,;!?]{0,25}\b${BY_ITSELF_EN}`,
        String.raw`\b(?:keeps?|kept) (?:switching|turning|coming) (?:itself )?on\b`,
      ].join('|'),
      'i',
    ),
  ],
  ['restarts', /重启|自己重新启动|反复开关机|开机又关机|\brestart(?:s|ed|ing)\b|\breboot\w*|\bboot ?loop\w*|\bkeeps? restarting\b/i],
  [
    'freezes',
    /(?:画面|屏幕|图像|系统|手机|电视|平板|电脑|界面|页面|应用|app)[^，。,.]{0,6}(?:卡住|卡死|不动了?|定格|冻住)|死机|卡死|\b(?:picture|screen|image|display|apps?|phone|tablet|laptop|tv|system)\b[^.,;!?]{0,15}\b(?:freez(?:es|ing)|froze|frozen|hangs?|hung|locks? up|locked up|stuck)\b|\b(?:frozen|freezing) (?:screen|picture|image)\b/i,
  ],
  [
    'noPower',
    /开不了机|开不开机|不开机|无法开机|不通电|通不上电|\b(?:won['’]?t|doesn['’]?t|does not|will not|can['’]?t|cannot) (?:turn|switch|power) on\b|\bnot (?:turning|switching|powering) on\b|\bno power\b|\bcompletely dead\b/i,
  ],
  ['noSignal', /无信号|没(?:有)?信号|信号(?:不好|差|弱)|\bno signal\b|\b(?:weak|poor|lost) signal\b/i],
  ['noSound', /没(?:有)?声音|无声|不出声|\bno (?:sound|audio)\b|\bsound (?:is )?(?:gone|missing)\b|\bsilent\b/i],
  ['noPicture', /黑屏|没(?:有)?(?:图像|画面)|无图像|\bblack screen\b|\bno (?:picture|image)\b|\bscreen (?:is |goes |went |stays )?(?:black|blank|dark)\b/i],
  ['alarm', /报警|警报|嘀嘀|滴滴(?:响|叫)|蜂鸣|\bbeep\w*|\balarm\w*/i],
  ['noHeat', /不加热|不热|不出热水|\bnot heat\w*|\b(?:doesn['’]?t|does not|won['’]?t|will not) heat\b|\bno heat\w*|\bno hot water\b|\blukewarm\b/i],
  ['noCool', /不制冷|不冷|不凉|\bnot (?:cool\w*|cold)\b|\b(?:doesn['’]?t|does not|won['’]?t|will not) cool\b/i],
  ['noSpin', /不脱水|甩不干|脱不了水|\b(?:won['’]?t|doesn['’]?t|does not|will not|not) spin(?:ning)?\b|\bclothes (?:stay|are still) (?:wet|soaked)\b/i],
  ['lines', /竖线|横线|亮线|彩线|条纹|\b(?:lines?|stripes?|bands?) (?:on|across|down)\b|\b(?:vertical|horizontal|coloured|colored) (?:lines?|stripes?)\b/i],
  ['smell', /异味|臭味|怪味|霉味|焦味|难闻|\bsmell\w*|\bodou?r\w*|\bstink\w*|\bmusty\b/i],
  ['leak', /漏水|滴水|渗水|\bleak\w*|\bdrip\w*/i],
];

/** A noise: 异响, 噪音, 嗡嗡, 还在响; noise, clicking, buzzing, humming. */
const NOISE =
  /异响|噪音|响声|声音(?:很|特别|太|好)?大|嗡嗡|咔咔|咔哒|吱吱|咯咯|哒哒|(?:还在|一直|老是|总是|还)响(?!应)|\bnois(?:e|es|y)\b|\bclick\w*|\bbuzz\w*|\brattl\w*|\bhumm?(?:s|ing)\b|\bgrind\w*|\bsqueak\w*|\bknock\w*|\bcrackl\w*|\bstatic\b|\bhiss\w*|杂音|沙沙|滋滋/i;
/** Said while it is off or unplugged: 关了, 关机后, 拔了电源, "when it's off", "unplugged". */
const WHILE_OFF =
  /关(?:了|掉)?(?:机|电源)?(?:以后|之后|后)?(?:还|也|仍然|依然)|关机(?:状态|的时候|时)|(?:拔|断)(?:了|掉)?(?:电源|插头|电)[^，。,.]{0,6}(?:还|也|仍)|\b(?:even )?when (?:it(?:['’]s| is)|they(?:['’]re| are)) (?:off|switched off|turned off|unplugged)\b|\b(?:while|even) (?:it(?:['’]s| is) )?(?:off|switched off|turned off|unplugged)\b|\bunplugged\b/i;

/** The kinds of symptom a text names. */
export function symptomKinds(text: string): Set<SymptomKind> {
  const kinds = new Set<SymptomKind>(KINDS.filter(([, words]) => words.test(text)).map(([kind]) => kind));
  if (NOISE.test(text)) kinds.add(WHILE_OFF.test(text) ? 'noiseWhenOff' : 'noise');
  // A set that switches itself off or on is not one that will not turn on ("关机" read as power).
  if (kinds.has('offBySelf') || kinds.has('onBySelf')) kinds.delete('noPower');
  return kinds;
}

/** Whether the customer named a symptom we can tell apart: then a question back about "what is it doing" is no help. */
export const namesSymptom = (described: string): boolean => symptomKinds(described).size > 0;

/**
 * Whether a case titled `title` is about another symptom than the one described: both name kinds
 * of symptom and share none. Unknown on either side is no evidence against the case.
 */
export function aboutAnotherSymptom(title: string, described: string): boolean {
  const said = symptomKinds(described);
  if (!said.size) return false;
  const about = symptomKinds(title);
  return about.size > 0 && ![...about].some((k) => said.has(k));
}

/**
 * Whether an approved answer (a Q&A) is unrelated to a described symptom: the customer names a
 * symptom and the answer's title names none (a wall-bracket answer for a TV that switches itself
 * off). Topic answers that do speak to a description (liquid damage) are judged by their own rule.
 */
export function answerIgnoresSymptom(hit: { kind?: string; title: string }, described: string): boolean {
  if (hit.kind !== 'qa' || LIQUID_TITLE.test(hit.title)) return false;
  return symptomKinds(described).size > 0 && symptomKinds(hit.title).size === 0;
}
