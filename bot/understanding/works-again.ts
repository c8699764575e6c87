/**
 * "现在转了", "又能用了", "好了 原来是滚轮没放好", "it's turning now", "goes round again": the customer
 * says the thing works now, often beside what they found wrong ("the ring had come off its track").
 * That is a fix, never "sorry that didn't fix it": the cause told beside it ("掉出来了", "was off")
 * is the past, not a further failure. A failure said after the good news ("转了一会又不转了") still
 * stands: the later word wins, as the answer reader decides.
 */
import { readAnswer, saidLast } from './answers';
import { furtherFailure } from './further-failure';

/** What a working appliance does, in the customer's verb (zh). */
const ZH_DOES = '转|开机|启动|制冷|制热|出水|出热水|加热|热|排水|脱水|充电|充上电|充满|充进电|充得进|用|打着|点着|着|点火|打火|工作|运转|亮|动|出风|进水';
/** "现在转了", "现在又能用了", "放回去就转了", "转起来了", "又能正常加热了", "那个模式关掉以后能充满了" (a setting undone). */
const ZH_WORKS_NOW = new RegExp(
  `(?:现在|这下|然后就|马上就|立马|一下就|(?:回去|回原位|放好|放正|装好|装上|卡好|卡上|插好|插紧|拧紧)(?:以后|之后|后)?(?:就|又)|(?:关掉|关了|关闭|取消|改回|调回|改好|调好)(?:这个|那个)?(?:设置|功能|模式|选项)?(?:以后|之后|后)(?:就|又)?)(?:又|也|都)?(?:能|可以|会)?(?:正常)?(?:${ZH_DOES})(?:起来)?了|(?:转|热|亮|动|运转)起来了|又(?:能|可以)(?:正常)?(?:${ZH_DOES})了|有(?:反应|热水|火|风|画面|声音|电|信号)了|^(?:亮了|转了|着了|热了)+`,
);
/** "过一会又能用了": a fault that comes back on by itself is intermittent, never fixed (as the answer lexicon reads it). */
const ZH_BY_ITSELF = /(?:过|隔|等)(?:上)?(?:一)?(?:会儿?|阵儿?|阵子|下子?|段时间|几分钟|半天|半小时)(?:后|以后|之后)?(?:就|它)?(?:自己)?$/;
/** A failure told after the good news: "转了一会又不转了", "亮了一下又灭了". */
const ZH_FAILS_AFTER = /又(?:不|没|灭|停|坏|卡|漏|报|响)|还是(?:不|没)/;

/** What a working appliance does (en), as the customer says it is doing it now ("charging to 100 now": a battery-care limit switched off). */
const EN_DOES = 'turning|spinning|rotating|going round|going around|working|running|heating|cooling|draining|igniting|lighting|lighting up|charging|firing|starting|blowing|flowing';
/** "it's turning now", "turning again", "now it spins", "goes round fine now", "lights up again". */
const EN_WORKS_NOW = new RegExp(
  String.raw`(?<![a-z'])(?:(?:it'?s|its|it is|is|are|they'?re|plate'?s|tray'?s)\s+)?(?:${EN_DOES})(?:\s+(?:just\s+)?(?:fine|normally|properly|ok|okay|perfectly|smoothly|as (?:normal|usual|it should)))?(?:\s+(?:up\s+)?to\s+(?:full|100\s*%?|100 percent))?\s+(?:again|now)\b` +
    String.raw`|(?<![a-z'])now\s+(?:it|the \w+)\s+(?:turns|spins|rotates|goes round|works|runs|heats|cools|drains|lights|lights up|ignites|charges|starts)\b` +
    String.raw`|(?<![a-z'])(?:turns|spins|rotates|goes round|works|runs|heats|cools|drains|lights|lights up|ignites|charges|starts|responds?|respond)\s+(?:fine\s+|normally\s+|properly\s+)?(?:again|now)\b` +
    String.raw`|(?<![a-z'])(?:got it (?:going|working|running)|(?:(?:the )?(?:power|hot water|heat|heating|cooling|picture|sound|signal|display|flame|spark))(?:'s| is| has come) back(?: on)?(?: now| again)?\b)`,
  'i',
);
/** A negation or a failure right before the "working" words: "not turning now", "stopped working again". */
const EN_NOT_BEFORE = /(?:not|n't|never|no longer|stopped|stops|quit|keeps?)\s+(?:\w+\s+)?$/i;
const EN_FAILS_AFTER = /\b(?:but|then)\s+(?:it\s+)?(?:stopped|stops|died|dies|cut out|cuts out|went off|goes off|quit)\b/i;
/** "works again after a while": back on by itself for a time is intermittent, never fixed. */
const EN_BY_ITSELF = /^\s*(?:later|after|for a (?:bit|while|few)|by itself|on its own|for (?:a )?(?:few |couple of )?(?:seconds|minutes))/i;

/** A part put right, said bare ("放正了", "装回去了"): the step, not its outcome. */
const PUT_RIGHT = /^(?:装|拧|插|卡|调|放)(?:回去|好|正|紧|到位)了$/;

/** Whether the message says the product works now (a fix), whatever cause it tells beside. */
export function worksAgain(text: string): boolean {
  const answer = readAnswer(text);
  // The answer reader already weighed "好了一会又不行了": the later of fixed and still-broken stands.
  const verdict = saidLast(answer, 'fixed', 'notFixed');
  if (verdict === 'notFixed') return false;
  // "好了 原来是插头松了", "all good now, there was a coin in the pump": an outcome the answer reader knows.
  // (A bare "放正了", "put it back", is a step done, not how it went: steps-only-report.ts reads those.)
  // (Not "ok now the freezer is going soft too": the "ok now" opens another part failing, further-failure.ts.)
  if (verdict === 'fixed' && answer.cues.some((c) => c.kind === 'fixed' && !PUT_RIGHT.test(c.words)) && !furtherFailure(text)) return true;
  const zh = ZH_WORKS_NOW.exec(text);
  if (zh && !ZH_FAILS_AFTER.test(text.slice(zh.index + zh[0].length)) && !ZH_BY_ITSELF.test(text.slice(0, zh.index))) return true;
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(new RegExp(EN_WORKS_NOW.source, 'gi'))) {
    if (EN_NOT_BEFORE.test(lower.slice(0, m.index))) continue;
    const after = lower.slice(m.index + m[0].length);
    if (EN_FAILS_AFTER.test(after) || EN_BY_ITSELF.test(after)) continue;
    return true;
  }
  return false;
}
