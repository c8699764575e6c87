/**
 * A number left for the booking is not a wish for a person. "有事打我电话 138…", "call me on 0433 …
 * if anything comes up", "my son's number is …, ring him", "联系我儿子 电话 139…": the customer says
 * how to reach them (or a relative) about the repair. The call-me words read like "call me back",
 * but nothing asks for a person now; the number belongs on the form. A person is still fetched when
 * asked for in so many words (转人工, 要真人, talk to someone) or when a call is wanted now because
 * the chat is not helping ("you're useless, just get someone to ring me now").
 */

/** "if anything", "有事", "随时": a call only when there is something to say about the job. */
const WHEN_NEEDED =
  /有事|有(?:什么|啥)(?:事|情况|问题|消息|进展)|有(?:情况|消息|进展|变化)|随时|需要的话|方便的话|到时(?:候)?|来之前|上门前|出发前|打不通|联系不上|\bif (?:anything|something|needed|need be|there'?s|you need|the engineer|he|she|they)\b|\bif (?:i'?m|i am) not\b|\bany ?time\b|\bwhenever\b|\bbefore (?:coming|he|she|they|the engineer)\b|\bwhen (?:he|she|they|the engineer|you)\b|\bfor the (?:booking|visit|appointment|engineer)\b/i;
/** A person asked for in so many words. */
const PERSON_OUTRIGHT =
  /人工|真人|活人|客服(?:人员)?(?:给我|跟我)|主管|经理|领导|负责人|机器人|\b(?:human|agent|operator|real person|representative|manager|supervisor|a person|bot|robot|someone|somebody)\b|\b(?:talk|speak|chat) (?:to|with)\b|(?:跟|和)(?:人|你们的人)(?:说|谈|聊)/i;
/** A call wanted at once, or because the chat is not helping. */
const NOW_OR_FED_UP =
  /马上|立刻|立即|赶紧|赶快|现在就|尽快|没用|解决不了|说不清|听不懂|说了(?:半天|多少遍)|\b(?:right now|now|immediately|asap|urgent(?:ly)?|useless|pointless|hopeless|can'?t help|not helping|waste of (?:my )?time|going (?:round|around) in circles)\b/i;
/** "call me back", "回个电话": the customer waits for us to call, which a person does. */
const CALL_BACK = /回(?:个|我)?电话|回电|\bcall (?:me )?back\b|\bring (?:me )?back\b|\bphone (?:me )?back\b/i;

/** Whether the message leaves a way to reach the customer for the job, asking no person to take over. */
export function leavesContactForJob(text: string, numberGiven: boolean): boolean {
  if (PERSON_OUTRIGHT.test(text) || NOW_OR_FED_UP.test(text)) return false;
  const whenNeeded = WHEN_NEEDED.test(text);
  if (CALL_BACK.test(text) && !whenNeeded) return false;
  return numberGiven || whenNeeded;
}
