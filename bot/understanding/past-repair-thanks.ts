/**
 * "上回师傅来把洗碗机弄好了，一直没问题，来道个谢", "the technician fixed our oven on Monday, works great,
 * cheers": the customer reports a repair that already worked and thanks us. There is no problem to ask
 * about and nothing to file; the reply thanks them and closes (bot/engine/past-repair-thanks.ts). A
 * repair that did not hold ("修好了没两天又坏了", "fixed it but it's leaking again") is not this.
 */

/** The repair done and holding: 修好了, 弄好了, fixed, sorted, the repair worked. */
const REPAIRED =
  /(?:修|弄|搞|整|处理|调|换)好了|修得(?:很|挺|特别|非常)?(?:好|快|专业)|(?:已经|都)?(?:修复|解决)了|搞定了|(?:用着|用得|现在|一直)(?:都)?(?:挺|很|特别|非常)?(?:好|正常|没问题)|\b(?:fixed|sorted|repaired|mended|sorted out|got it working)\b|\bthe (?:repair|fix)\b[^.!?]{0,15}\b(?:worked|held|did the trick)\b|\b(?:works?|working|running|heats?|cools?) (?:fine|great|perfectly|well|like new|normally)\b/i;
/**
 * Our person praised for the visit (师傅很负责, 服务特别好, very professional, patient and tidy): with thanks
 * and a past visit, that is feedback on a finished repair even when "fixed" is not said.
 */
const PRAISED =
  /负责|细心|耐心|认真|专业|热情|周到|仔细|靠谱|麻利|服务(?:态度)?(?:很|挺|特别|非常|真|超)?好|表扬|点赞|好评|\b(?:responsible|professional|patient|polite|courteous|friendly|helpful|tidy|thorough|careful|efficient|knowledgeable|excellent|brilliant|great (?:job|work|service))\b/i;
/** Said to thank: 谢谢, 感谢, 道个谢, thank you, cheers, appreciate. */
const THANKS = /谢|感谢|感激|点赞|表扬|\b(?:thanks?|thank you|cheers|appreciate\w*|grateful|kudos|great job)\b/i;
/** It happened before now: our person came, a visit, last time, a day named. */
const PAST_VISIT =
  /师傅|工程师|维修(?:员|人员)|上门|上次|上回|之前|前几天|前两天|昨天|上周|上个月|报修的|\b(?:engineer|technician|tech|repair ?man|your (?:guy|man|person|people|team)|came (?:out|over|round)|visit|last (?:week|time|month)|yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** The fault back, or something else wrong: a problem to help with, not a thank-you. */
const STILL_WRONG =
  /又(?:坏|不|漏|响|出|开始|报|显示|有)|还是|但(?:是)?|不过|可是|结果|没(?:过|用)(?:几|两|多久)|\b(?:again|but|however|except|stopped|broke|broken|no longer|not (?:working|cooling|heating|draining))\b|\bstill (?:not|no|doesn'?t|won'?t|leak|mak|show)/i;
const QUESTION = /[?？]|[吗嘛么][\s。!！~]*$/;

/** Whether the message thanks us for a repair that already worked, with nothing wrong and nothing asked. */
export function thanksForPastRepair(text: string): boolean {
  return (REPAIRED.test(text) || PRAISED.test(text)) && THANKS.test(text) && PAST_VISIT.test(text) && !STILL_WRONG.test(text) && !QUESTION.test(text);
}
