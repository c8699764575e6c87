/**
 * At "did that help?", a list of what the customer did and nothing about how it went: "滤网拆下来洗了
 * 插头也重新插过了", "unplugged it for ten minutes, cleaned the filter, checked the hose". Someone whose
 * problem went away says so; listing the steps done almost always means "I did all that and it
 * still fails". So the list is read as not fixed, even where one step reads like a fix on its own
 * ("放正了", "put it back"). An outcome said outright ("好了", "works now", "还是不行") always wins.
 */
import { readAnswer } from './answers';

/** A step done, in Chinese: a verb of doing with 了/过 ("换过了", "擦了", "重新插了一遍", "也检查过"). */
const ZH_STEP =
  /(?:换|更换|擦|清|洗|刷|冲|拔|插|装|拆|拧|紧|放|摆|调|按|关|开|断|重启|复位|重置|检查|看|试|弄|倒|排|晾|晒|吹|等|吸|掏|通|疏通|除|加|接|拿|取|抹|捅|摇|晃|拍|卸|修|剪|打开|关掉|装回|解|解除|松)[\u4e00-\u9fff]{0,6}?(?:了|过)|(?:都|也|全)(?:试|做|弄|检查|看)(?:过|了)/;
/** A step done, in English: a past-tense verb of doing, or a part found in the state the steps ask for. */
const EN_STEP =
  /^(?:(?:ok(?:ay)?|so|and|also|then|already|i|i'?ve|we|we'?ve|have|just)[\s,]+)*(?!(?:worked|stopped|started|seemed|happened|died|failed|tripped|leaked|smelled|sparked|burned|crashed|jammed|blocked|clogged|used|needed|wanted)\b)(?:re-)?[a-z]{3,}ed\b|\b(?:replaced|changed|swapped|wiped|cleaned|cleared|checked|reset|restarted|rebooted|unplugged|plugged|reseated|refitted|reinserted|put|turned|tightened|loosened|opened|closed|descaled|emptied|removed|took|tried|pressed|held|dried|flushed|switched|made sure|rinsed|washed|scrubbed|brushed|blew|tested|topped up|filled|drained|adjusted|moved|levell?ed|pulled|pushed|reconnected|disconnected|reinstalled|updated|charged|waited|left it|gave it|did)\b|\b(?:is|are|'s|sits?|now)\s+(?:\w+\s+)?(?:new|fresh|clean|open|straight|level|in place|seated|dry|tight|plugged in|switched on|properly seated|back in)\b|\bnew (?:batteries|battery|filter|fuse|bulb)\b/i;
/** A fault still told inside the list ("换了电池还是打不着"): not a bare list, the answer reader reads it. */
const ZH_FAULT_LEFT = /还是|依然|仍然|照样|不[\u4e00-\u9fff]|没(?:用|反应|效果|变化|着|热|亮|动)|[?？吗]/;
const EN_FAULT_LEFT = /\b(?:still|but|nothing|no luck|same|won'?t|doesn'?t|didn'?t|isn'?t|not|stopped|died|broke|again)\b|\?/i;
/** Step words that are a question or a plan, not done: "要不要换", "should I replace". */
const PLAN = /要不要|需不要|是不是要|可以换|要换|准备|打算|想|\b(?:should|shall|will|going to|can i|do i|need to|want to)\b/i;
/** Where one step ends and the next begins (a space too, in Chinese: "换过了 擦了"). */
const PIECES = /[,，。;；.!！\n]+|\s+(?:and then|then|and|also|plus)\s+/i;
const ZH_PIECES = /[,，。;；、.!！\n\s]+|(?<=了)(?=[\u4e00-\u9fff])/;

/** "everything you said", "都试过了", "照做了": all the steps at once. */
const ALL_DONE =
  /(?:都|全部|全|每一步|每个步骤|一步一步)(?:都)?(?:试|做|弄|照做|按|检查)(?:过|了)|(?:都)?按(?:照)?(?:步骤|说明|上面的?|你的|您的)(?:方法|步骤)?(?:都|全)?(?:做|弄|试|操作|来)(?:了|过)|照做了|按(?:你|您)?说的(?:都)?(?:做|弄|试)(?:了|过)|\b(?:did|done|tried|followed) (?:all|every|each) (?:of )?(?:the |those |these |your )?(?:steps?|that|things?|them)?\b|\bdid everything\b|\bdone all (?:of )?(?:that|those|them|it)\b/i;

/** Whether the message lists steps done and says nothing of how it went. */
export function reportsStepsOnly(text: string): boolean {
  const answer = readAnswer(text);
  // An outcome said outright wins: "好了", "works now", "还是不行". (A bare "放正了" is a step, not an outcome.)
  // (A question mark, not the answer reader's question: "did the reset, cleared the filter" opens like one.)
  if (answer.kinds.includes('notFixed') || /[?？]|[吗么嘛][\s。!！~]*$/.test(text)) return false;
  if (answer.cues.some((c) => c.kind === 'fixed' && !PUT_RIGHT.test(c.words))) return false;
  if (PLAN.test(text)) return false;
  const zh = /[\u4e00-\u9fff]/.test(text);
  if ((zh ? ZH_FAULT_LEFT : EN_FAULT_LEFT).test(text)) return false;
  if (ALL_DONE.test(text)) return true;
  const pieces = text
    .split(zh ? ZH_PIECES : PIECES)
    .map((p) => (p ?? '').trim())
    .filter((p) => p.length >= 2);
  const steps = pieces.filter((p) => (zh ? ZH_STEP : EN_STEP).test(p));
  // Two steps or more make a list; one step alone ("换了电池") may still be on its way to an outcome.
  return steps.length >= 2;
}

/** A part put right, said bare: the step itself ("放正了", "装回去了"), no outcome with it. */
const PUT_RIGHT = /^(?:装|拧|插|卡|调|放)(?:回去|好|正|紧|到位)了$/;
