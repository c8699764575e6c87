/**
 * The last clean-up of a fact's text before it goes on a ticket or is said back: the fault in our
 * customer's words, but without talk about the form ("the reason is wrong -", "原因写错了"), an
 * insistence that it is a fault ("…ARE a fault", "…也算质量问题吧"), insults and shouting
 * ("useless", "破热水器", "TODAY"), or a word cut in half at the front ("s a thick layer of ice").
 * An angry customer hears the fault in plain words, never their own outburst quoted back.
 */

/** A form field named as wrong, at the front: what follows is the new value. */
const FORM_TALK_FRONT =
  /^\s*(?:(?:the|my)\s+)?(?:reason|problem|issue|fault|description|symptom)(?:\s+(?:field|box|bit|part))?\s+(?:is|was|'s)\s+(?:wrong|incorrect|not right)\b[\s\-–—:;,.!]*|^\s*(?:原因|理由|问题|故障|描述)(?:那栏|这栏|那一栏|这一栏|那项|这项|栏)?\s*(?:写错了|填错了|不对|错了|有误)[\s\-–—:：;；,，。!！]*(?:应该是|是)?/i;
/** "X ARE a fault", "X is clearly a defect", "…也算故障吧", "…就是质量问题": the X is the fault. */
const INSISTS =
  /\s+(?:is|are)\s+(?:also\s+|clearly\s+|definitely\s+|obviously\s+|surely\s+|still\s+)?(?:a\s+|an\s+)?(?:fault|defect|quality (?:issue|problem)|manufacturing (?:fault|defect))\b[^,.;]*|\s*(?:这|这个|这种|它)?(?:也算|算不算|就是|属于|明显是|肯定是)(?:是)?(?:故障|质量问题|产品缺陷|质量缺陷)(?:吧|吗|啊|呀|了)?/gi;
/** Words of anger about the product or us, not of the fault. */
const INSULTS =
  /\b(?:useless|crappy|crap|rubbish|garbage|junk|stupid|damn(?:ed)?|bloody|fucking|freaking|effing|shitty|pathetic|lousy|cheap)\s+|(?:什么|这个|那个|你们的?)?(?:破|烂|垃圾|狗屁|坑爹)(?=[\u4e00-\u9fff]{1,4}(?:[^\u4e00-\u9fff]|$|就|又|还|一|老|总|不|没|坏|漏|响|显示))/gi;
/** One or two letters at the very front that are no word: the tail of a word cut off ("s a thick…"). */
const WORD_TAIL = /^(?!(?:a|i|an|am|as|at|be|by|do|go|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we|ok|tv|ac)\b)[a-z]{1,2}\s+(?=[a-z])/;

/** The old value set aside after a correction ("…，不是不想要", "…, not the noise"). */
const NOT_THE_OLD = /[\s,，;；]*(?:而不是|不是|not|rather than)\s*[^,，.。;；]*$/i;

/** Complaints that nobody helps: about us, not about the product. */
const NOBODY = /[\s,，]*(?:and\s+)?(?:nobody|no one|no-one)\s+(?:cares|helps|came|comes|answers|listens|does anything|fixed it)\b|[\s,，]*(?:也|都|根本)?没(?:有)?人(?:管|理|来|处理|回复)(?:过)?/gi;

/** Asking for a person at the end: the handoff itself, not the fault. */
const ASKS_PERSON =
  /[\s,，]*(?:(?:get|give|put)\s+me\s+(?:through\s+to\s+)?(?:a|an|to a|your)?\s*(?:person|human|real person|manager|supervisor|agent)|(?:我要|给我)?(?:转|找)(?:人工|客服|经理|领导|你们领导))(?![A-Za-z])[^,，.。]*$/i;

/** "我刚说了啊", "都说过了", "like I said", "as I told you": talk about the conversation, at the front, not the fault. */
const ALREADY_SAID_FRONT =
  /^\s*(?:(?:我|我们)?(?:刚|刚才|刚刚|前面|上面|之前|早就|都|已经|不是)*(?:说|讲|告诉你)(?:过)?(?:了|过)(?:吗|嘛)?(?:啊|呀|嘛|呢|的|吧)?|(?:like|as)\s+i\s+(?:said|told you|mentioned|wrote)(?:\s+(?:before|already|earlier|above))?|i\s+(?:already|just)\s+(?:said|told you|mentioned)(?:\s+(?:this|that|it))?|again)[\s,，。.!！:：;；\-–—]*/i;
/**
 * Someone else's report at the front ("楼上邻居来说", "物业反映", "my neighbour came to say (that)",
 * "the landlord told me"): who noticed it is not the fault; what follows is.
 */
const REPORTED_FRONT =
  /^\s*(?:(?:楼上|楼下|隔壁|对门|对面)?(?:的)?(?:邻居|物业|房东|租客|保安|老婆|老公|爱人|家里人|我妈|我爸|孩子|保姆|阿姨)(?:家)?(?:刚|刚才|今天|昨天)?(?:来|跑来|过来|上来|下来|找来|打电话)?(?:跟我|和我|找我)?(?:说|讲|反映|投诉|告诉我|提醒我)(?:了)?(?:说)?[\s,，:：]*)|^\s*(?:(?:the|my|our)\s+)?(?:(?:upstairs|downstairs|next[- ]door)\s+)?(?:neighbou?rs?|landlord|landlady|tenants?|property (?:management|manager)|building (?:manager|management)|wife|husband|partner|mum|mom|dad|kids?|cleaner|nanny)\s+(?:just\s+)?(?:came\s+(?:up\s+|down\s+|over\s+|round\s+|by\s+)?to\s+(?:say|tell (?:me|us))|told\s+(?:me|us)|says|said|complained|rang\s+to\s+say|called\s+to\s+say|pointed out)\s*(?:that\s+)?[\s,:]*/i;
/** A closing "mainly the dripping", "主要是漏水": the fault said again with weight; dropped when its words are already there. */
const MAINLY_TAIL =
  /[\s,，;；。.]+(?:but\s+)?(?:mainly|mostly|especially|primarily|above all|the main (?:thing|problem|issue) is)\s+(?:the\s+)?([^,，;；。.]+)[\s.。!！]*$|[\s,，;；。.]*(?:主要是|最主要是|主要|尤其是|特别是)([^,，;；。.]+)[\s.。!！]*$/i;

/** The emphasised fault of a closing "mainly …" is already in the text before it (drip ~ drips, 漏水 ~ 漏水). */
function repeatsBefore(before: string, emphasised: string): boolean {
  const words = emphasised.toLowerCase().match(/[a-z]{3,}|[\u4e00-\u9fff]{2}/g) ?? [];
  const lower = before.toLowerCase();
  // English by its stem: "dripping" ~ "drips", "humming" ~ "hums", "leaking" ~ "leaks".
  const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  const content = words.filter((w) => !/^(?:and|the|but|for|with|its|that|this|one|all|not|also|very|really)$/.test(w));
  return content.length > 0 && content.some((w) => lower.includes(/^[a-z]/.test(w) ? stem(w) : w));
}

/** Whether the customer's message opens by saying a field of the form is wrong ("问题写错了 是…"). */
export const saysFieldWrong = (text: string): boolean => FORM_TALK_FRONT.test(text);

/** `corrected`: the message said a field was wrong, so a trailing "不是…"/"not …" is the old value set aside. */
export function cleanFieldText(text: string, corrected = saysFieldWrong(text)): string {
  let out = text.replace(FORM_TALK_FRONT, '');
  if (corrected) out = out.replace(/^\s*(?:是|it'?s\s+)/i, '').replace(NOT_THE_OLD, '');
  out = out.replace(NOBODY, '').replace(ASKS_PERSON, '');
  out = out.replace(ALREADY_SAID_FRONT, '').replace(REPORTED_FRONT, '');
  out = out.replace(MAINLY_TAIL, (whole, en?: string, zh?: string) => (repeatsBefore(out.slice(0, out.length - whole.length), en ?? zh ?? '') ? '' : whole));
  out = out.replace(WORD_TAIL, '').replace(INSISTS, '').replace(INSULTS, '');
  // SHOUTED words said in a normal voice ("THIRD time", "TODAY"); codes with digits (E4, KFR-35GW) and short names (LG, AC) stay.
  out = out.replace(/\b[A-Z]{3,}\b/g, (w) => (/^(?:LED|LCD|USB|OLED|WIFI|HDMI|IMEI|ABS)$/.test(w) ? w : w.toLowerCase()));
  out = out
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,，。.;；:：\-–—]+|[\s,，;；:：\-–—]+$/g, '')
    .trim();
  return out.length >= 2 ? out : text.trim();
}
