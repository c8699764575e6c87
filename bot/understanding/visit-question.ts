/**
 * Questions about how the visit itself goes, asked while a booking is being filled in (playtest
 * round 14): will the engineer call before coming, how soon someone comes, whether somebody has to
 * stay home all day, and "I have no mobile / no texts" at the phone step. Their words ("多久",
 * "phone", "手机", "ring me") sent them elsewhere: a warranty period, the phone as the product, a
 * call for a person. Read here once, they are answered in our words (bot/engine/visit-answers.ts)
 * and the form goes on.
 */

import { asksNewInstall } from './new-install';
import { missesVisitCall } from './plain-question';

export type VisitQuestion = 'callFirst' | 'howSoon' | 'stayHome' | 'noMobile' | 'repairTime' | 'parts';

/** Asking rather than telling: a question mark, a question particle or word, an English question opening. */
const ASKS_ZH = /[?？]|[吗么嘛呢吧](?=$|[\s,，。!！])|能不能|可不可以|会不会|是不是|要不要|用不用|行不行|需不需要|得不得|怎么办|咋办|多久|多长时间|几天|几号|几点|什么时候|啥时候|哪天|最快|多快/;
const ASKS_EN = /[?]|^\s*(?:so |and |ok,? |okay,? )?(?:will|would|do|does|did|is|are|can|could|should|must|how|when|what|who)\b/i;

/** Someone calling or letting the customer know before the visit. */
const CALL_FIRST_ZH =
  /(?:之前|以前|前|提前|事先|先)[^，。？?！!]{0,8}(?:打(?:个|一个|一下)?电话|来(?:个)?电话?|电话(?:联系|通知|确认)|联系|通知|说一声|打(?:个)?招呼|约(?:好)?(?:时间)?)|(?:打(?:个)?电话|联系|通知)[^，。？?！!]{0,4}(?:再来|再上门|才来|再过来)/;
const CALL_FIRST_EN =
  /\b(?:call|ring|phone|text|contact|message|notify|warn)\b[^?.!]{0,30}\b(?:before|first|ahead|beforehand|in advance|prior)\b|\b(?:let (?:me|us) know|give (?:me|us) (?:a )?(?:call|ring|heads[- ]up))\b[^?.!]{0,30}\b(?:before|first|ahead|coming|arriv\w*|on the way)\b|\b(?:get|receive) a (?:call|text|phone call)\b[^?.!]{0,30}\b(?:before|first|ahead)\b/i;

/** How soon the engineer gets there (not how long a repair or a warranty lasts). */
const HOW_SOON_ZH =
  /(?:师傅|工程师|人)[^，。？?！!]{0,3}(?:多久|几天|几号|什么时候|啥时候|哪天|最快|最早)[^，。？?！!]{0,3}(?:能|才|会|可以)?(?:到|来|上门|过来)|(?:多久|多长时间|什么时候|啥时候|几点)[^，。？?！!]{0,6}(?:有人|师傅|工程师|客服|你们)?(?:会)?(?:联系|打电话|来电|回电|回复)|(?:多久|多长时间|几天|几号|几个小时|什么时候|啥时候|哪天|最快|最早|多快|要等|得等)[^，。？?！!]{0,8}(?:(?<!回)来(?!电|货)|上门|派人|派师傅|安排(?:师傅|人|上门)|(?:师傅|工程师|人)[^，。？?！!]{0,3}到)|(?:(?<!回)来|上门|过来|(?:师傅|工程师)[^，。？?！!]{0,2}到)[^，。？?！!]{0,4}(?:要|得|需要|大概|大约)?(?:等)?(?:多久|多长时间|几天|几个小时)|上门[^，。？?！!]{0,6}(?:多久|几天|几号|哪天|什么时候|啥时候|最快|最早)/;
const HOW_SOON_EN =
  /\bwhen (?:will|would|do|does|can) (?:i|we) (?:hear|get a call)\b|\b(?:when|how soon) (?:will|would|do|does|can) (?:someone|somebody|you|they|the engineer|the technician|your staff) (?:call|contact|ring|phone|get back|get in touch)\b|\b(?:how (?:soon|quickly|fast|long)|when(?:'s| is| will| would| can| could| do| does)?|how many (?:days|hours)|earliest|what day)\b[^?.!]{0,40}\b(?:come|comes|coming|here|arrives?|arriving|gets? (?:here|to me|there|out)|visit|turns? up|shows? up|come out|be out|send (?:someone|somebody|an engineer|a technician)|booked in)\b|\bhow long\b[^?.!]{0,20}\b(?:the )?wait\b|\bwait(?:ing)? (?:time|for (?:a|the) (?:visit|engineer|technician))\b|\bwhat(?:'s| is) the wait\b/i;

/** Having to be home, all day or at all. */
const STAY_HOME_ZH =
  /(?:邻居|家人|朋友|亲戚|老人|保姆|阿姨|物业)[^，。？?！!]{0,6}(?:开门|在家|接待)|(?:要|得|需要|必须|用不用|要不要|是不是要|一定要)(?:我|家人|人)?(?:在家|待在家|留在家|守在家)(?:里)?(?:等|守着|候着)|(?:一直|一整天|整天|全天|一天|一上午|一下午)[^，。？?！!]{0,4}(?:在家|等|守着)|家里?[^，。？?！!]{0,3}(?:要|得|必须|需要|一定要)?(?:有人|留人|留个人)|(?:请假|调休)[^，。？?！!]{0,6}(?:等|在家|陪)|(?:白天|上班时间?|平时|工作日)[^，。？?！!]{0,6}(?:没人|不在家|家里没人)|(?:没人在家|家里没人|家里没有人|不在家)[^，。？?！!]{0,8}(?:怎么办|咋办|行吗|可以吗|行不行|能来吗|影响吗|有影响)/;
const STAY_HOME_EN =
  /\b(?:neighbou?r|friend|relative|family|someone else|my (?:wife|husband|partner|mum|mom|dad|parents?|son|daughter|kids?))\b[^?.!]{0,25}\blet (?:the |him |her |them )?(?:engineer |technician )?(?:in|them in|him in|her in)\b|\blet (?:the )?(?:engineer|technician) in\b|\b(?:stay (?:in|home|at home)|wait (?:in|at home|around|all day|in all day)|be (?:at )?home|be in (?:all|the whole)|(?:all|the whole) day|someone (?:needs? to|has to|have to|must|should) be (?:home|in|there)|(?:need|have|has) to be (?:home|in|there)|nobody(?:'s| is| will be)? (?:home|in)|no one(?:'s| is| will be)? (?:home|in)|not (?:be )?(?:home|in) (?:during|in the|all)|take (?:the|a|time|a day) ?(?:day )?off|time off work)\b/i;

/** No mobile, only a landline, or no text messages: the phone step's way in. */
const NO_MOBILE_ZH =
  /短信[^，。？?！!]{0,6}(?:收不到|接收不了|收不了|没收到过?|老是没有)|(?:没有|没|不用|不使用)(?:智能)?手机(?!号?[^，。？?！!]{0,2}(?:坏|不|开))|只有(?:座机|固话|家里的?电话)|座机|固话|家里的?电话|收不到(?:短信|验证码)|(?:没法|不能|接收不了|收不了)(?:接收)?(?:短信|验证码)/;
const NO_MOBILE_EN =
  /\b(?:no|don'?t have an?|do not have an?|haven'?t got an?|without an?|not got an?) (?:mobile|cell|cellphone|smartphone|mobile phone|cell phone)\b|\blandline\b|\b(?:home|house) (?:phone|number|line)\b|\b(?:can'?t|cannot|can not|don'?t|do not|unable to|never) (?:get|receive) (?:any )?(?:texts?|sms|text messages?|messages?)\b|\bno (?:sms|texts?|text messages?)\b|\b(?:texts?|sms|text messages?)\b[^?.!]{0,20}\b(?:never|don'?t|doesn'?t|do not|won'?t|can'?t) (?:arrive|come|reach|get through)/i;

/** How long the repair itself takes (not how soon someone comes): nobody can say before the engineer has looked. */
const REPAIR_TIME_ZH =
  /(?:修|维修|修理|修好|弄好|搞定)[^，。？?！!]{0,6}(?:要|得|需要|大概|一般)?(?:多久|多长时间|几个小时|几天|多少时间)|(?:多久|多长时间|几天|几个小时)[^，。？?！!]{0,4}(?:能|可以|才能)?(?:修好|弄好|修完|搞定)/;
const REPAIR_TIME_EN =
  /\bhow long\b[^?.!]{0,25}\b(?:repair|fix|job|the work|take to (?:repair|fix|mend))\w*|\bhow long (?:will|would|does|do) (?:it|the repair|the job|the fix) (?:usually |normally )?take\b|\b(?:fixed|repaired|done) (?:on the spot|in one visit|the same day|right away)\b/i;

/**
 * Whether the engineer brings the parts, or the customer must get them ("师傅会带配件来吗", "零件要我自己买吗",
 * "will the technician have the spare part with him?"): about the visit, not how to replace a part oneself.
 */
const PARTS_ZH =
  /(?:师傅|工程师|维修工|维修人员|你们|他们|人)[^，。？?！!]{0,8}(?:带|拿|备|准备|自带)(?:着|上|好|齐)?[^，。？?！!]{0,4}(?:配件|零件|备件|材料|部件)|(?:配件|零件|备件|材料)[^，。？?！!]{0,8}(?:我自己|要我|需要我|得我|我要|我得)(?:自己)?(?:先)?(?:去)?(?:买|准备|备|提供)|(?:要不要|需不需要|用不用|是否需要|要|需要)我?(?:自己)?(?:先)?(?:去)?(?:买|准备|备)(?:好)?(?:配件|零件|备件)/;
const PARTS_EN =
  /\b(?:engineers?|technicians?|techs?|repair ?m[ae]n|they|he|she|you|your (?:engineers?|technicians?|staff|people))\b[^?.!]{0,25}\b(?:bring|carry|carries|have|has|take|come with)\w*\b[^?.!]{0,20}\b(?:parts?|spares?|replacements?|components?)\b|\b(?:do|should|must|will) (?:i|we) (?:need to |have to )?(?:buy|order|get|provide|supply|source) (?:the |a |any )?(?:spare )?(?:parts?|spares?|components?)\b(?! for (?:the |a )?(?:filter|remote|cartridge))/i;

/**
 * A repair handed in rather than done at home (mail-in, a service centre, the workshop): how long
 * that takes and how it comes back is the knowledge base's answer, not the home visit's.
 */
const HANDED_IN =
  /寄修|送修|返厂|寄(?:过去|回去|到)|送(?:到|去)(?:网点|维修点|服务中心|售后)|(?:网点|维修点|服务中心|门店)(?:里)?修|\bmail[- ]?in\b|\bby (?:post|mail|courier)\b|\b(?:post|send|ship|mail)(?:ed|ing)? (?:it |them )?(?:in|off|away)\b|\bworkshop\b|\bservice (?:cent(?:er|re)|point|shop)\b|\brepair (?:cent(?:er|re)|shop)\b|\b(?:drop(?:ped)?|hand(?:ed)?) (?:it )?(?:off|in)\b/i;

/** The kind of visit question the text asks, if it asks one (a missing mobile counts said plainly too). */
export function visitQuestion(text: string): VisitQuestion | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const zh = /[\u4e00-\u9fff]/.test(t);
  // "我没有手机", "I don't have a mobile": a statement, but the step it blocks is ours to unblock.
  if (zh ? NO_MOBILE_ZH.test(t) : NO_MOBILE_EN.test(t)) return 'noMobile';
  // ("新买的洗碗机师傅什么时候来装": a new appliance's installation, which the installation rules answer.)
  if (asksNewInstall(t)) return undefined;
  // ("明天上午我出门，师傅打不通电话怎么办": the call may be missed; the plain answer says what then, plain-question.ts.)
  if (missesVisitCall(t)) return undefined;
  const asks = zh ? ASKS_ZH.test(t) : ASKS_EN.test(t);
  if (zh ? STAY_HOME_ZH.test(t) && (asks || /没人|不在家/.test(t)) : STAY_HOME_EN.test(t) && (asks || /\b(?:nobody|no one)\b/i.test(t))) return 'stayHome';
  if (!asks) return undefined;
  if (zh ? PARTS_ZH.test(t) : PARTS_EN.test(t)) return 'parts';
  if (zh ? CALL_FIRST_ZH.test(t) : CALL_FIRST_EN.test(t)) return 'callFirst';
  const cover = /保修|质保|三包|包修|warrant|guarantee|\bcover/i.test(t);
  if ((zh ? REPAIR_TIME_ZH.test(t) : REPAIR_TIME_EN.test(t)) && !cover && !HANDED_IN.test(t)) return 'repairTime';
  // ("上门维修保修多久" asks how long the cover lasts, not how soon someone comes.)
  if ((zh ? HOW_SOON_ZH.test(t) : HOW_SOON_EN.test(t)) && !cover) return 'howSoon';
  return undefined;
}

/** A charge asked about: a fee, a cost, paying, free. */
const FEE = /收费|收钱|要钱|费用|多少钱|付钱|花钱|免费|[检上]门?费|\b(?:fees?|charges?|charged|cost|costs|pay|paying|free|price)\b/i;
/** For looking at it or coming out, not for a part or a new unit. */
const LOOKING =
  /检测|检查|看一?看|看一下|瞧瞧|上门|过来|来一趟|跑一趟|出车|诊断|\b(?:check\w*|inspect\w*|look(?:ing)? at|diagnos\w*|assess\w*|visit|call[- ]?out|come out|coming out|come round|come over|technician coming|engineer coming|examin\w*|test(?:ing)? it)\b/i;
const PART = /配件|零件|部件|内胆|滤网|滤芯|遥控器|电池|压缩机|电机|主板|屏幕|\b(?:part|parts|accessor\w*|filter|remote|battery|compressor|motor|board|screen|new one)\b/i;

/** "is there a fee to check it?", "检测要收费吗", "上门要钱吗": what looking at the product or a visit costs. */
export function asksServiceFee(text: string): boolean {
  return FEE.test(text) && LOOKING.test(text) && !PART.test(text);
}

/**
 * "要收钱吗", "do I pay for this?" with a repair being booked: a charge asked about with nothing named, which
 * can only be this repair's (the fee rule answers it), unless a part or a new unit is named.
 */
export function asksChargeOfThisRepair(text: string): boolean {
  return FEE.test(text) && !PART.test(text);
}

/** Naming the person who comes or the visit ("上门", "the engineer"): with these, "哪天能到" is about the visit, not a parcel. */
export const NAMES_VISIT = /上门|师傅|工程师|维修(?:员|人员)|技术员|\b(?:engineer|technician|repair ?man|visit)\b/i;
