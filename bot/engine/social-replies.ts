/** What the engine says around the flows: greetings, thanks, cancelling, resuming, handing over. */
import type { Lang } from '../phrases';
import type { Bilingual } from './commands';

const L = (zh: string, en: string): Bilingual => ({ zh, en });

export const SOCIAL = {
  greeting: L('您好！请说说遇到了什么问题，比如产品、故障现象或屏幕上的代码。', "Hello! Tell me what's wrong: the appliance, what it does, or the code on its display."),
  // "在吗", "anyone there?": answered as asked (someone is here), then what is wrong.
  here: L('在的，请说说遇到了什么问题：哪个产品、什么现象，或屏幕上的代码。', "Yes, I'm here. Tell me what's wrong: the product, what it does, or the code on its display."),
  help: L(
    '我可以帮您排查家电和手机故障、查保修、预约维修、查工单进度，也可以转人工。请说说遇到了什么问题？',
    'I can troubleshoot appliances and phones, check warranty, book repairs, check ticket status, or get you a person. What can I help with?',
  ),
  // "你是不是AI", "are you a bot?": said honestly, with what it does and the way to a person.
  whoAmI: L(
    '我是售后智能助手，是自动回复的程序，不是真人。我可以帮您排查家电和手机故障、查保修、预约维修、查工单进度；想和真人客服说，回复“转人工”就行。',
    'I\'m an automated after-sales assistant: a program, not a person. I can troubleshoot appliances and phones, check warranty, book repairs and check ticket status; if you\'d rather talk to a person, reply "human".',
  ),
  thanks: L('不客气！还有其他需要随时找我。', "You're welcome! Message me any time."),
  bye: L('好的，祝您生活愉快，再见！', 'Take care, goodbye!'),
  glad: L('太好了，能用就好！如果再出现，随时找我。', "Great, glad it's working! If it happens again, just message me."),
  // A booking being filled in when it started working again: said plainly that nothing is filed.
  gladNotFiled: L('太好了，能用就好！报修就不提交了，如果再出现，随时找我。', "Great, glad it's working! I won't file the repair; if it happens again, just message me."),
  outOfScope: L(
    '抱歉，这个我帮不上忙。我能处理的是家电和手机的售后：故障排查、保修、预约维修和工单进度。',
    "Sorry, I can't help with that. I handle after-sales for appliances and phones: troubleshooting, warranty, repair bookings and ticket status.",
  ),
  // A second question from outside after-sales: declined again in other words, with no person offered for it.
  outOfScopeAgain: L(
    '这个也不在我能帮忙的范围里，不好意思。家电或手机用着有什么问题、保修或报修的事，随时问我。',
    "That one's outside what I can help with too, sorry. Anything about an appliance or phone, its warranty or a repair, just ask.",
  ),
  anythingElse: L('还有其他需要帮忙的吗？', 'Anything else I can help with?'),
  notFixedCarryIn: L('抱歉没能解决，我来帮您登记送修（官方服务中心检测，也可以寄修）。', "Sorry that didn't fix it. Let's register a repair at an official service centre (or by mail-in)."),
  notFixed: L('抱歉没能解决，我来帮您预约工程师上门。', "Sorry that didn't fix it. Let's book an engineer visit."),
  noThanks: L('好的，有需要随时找我。', 'OK. Message me any time if you need us.'),
  heardOffer: L('明白了。这种情况还是建议工程师上门检测一下，需要的话回复“好的”，我来登记。', 'Understood. An engineer visit is still the best next step; reply "yes" and I will set it up.'),
  heardFeedback: L(
    '明白了。如果按上面的方法试过还是不行，回复“还是不行”，我帮您预约工程师上门。',
    'Got it. If the steps above still don\'t fix it, reply "still not working" and I will book an engineer.',
  ),
  heardOfferAgain: L('收到。要安排工程师上门的话，回复“好的”就行；不需要的话回复“不用了”。', 'Noted. If you want the engineer visit, just reply "yes"; if not, "no thanks".'),
  heardFeedbackAgain: L('收到。您可以先按上面的步骤试一下；要直接预约上门的话，回复“报修”。', 'Noted. Try the steps above first; to book a visit straight away, reply "book a repair".'),
  leftUnfiled: L('刚才的报修还没提交，需要的时候随时找我继续。', "The booking we started isn't filed yet; message me any time to finish it."),
  noVisit: L('好的，不给您安排上门。以后需要的话，直接说“报修”就行。', 'OK, no visit. If you ever want one, just say "book a repair".'),
  notClear: L('我没太明白您的意思。', "Sorry, I didn't quite follow."),
  sorry: L('抱歉给您添麻烦了。', "I'm sorry for the trouble."),
  whatToChange: L(
    '好的，请告诉我要改哪一项（产品、问题、购买时间、电话或地址），直接发新的内容就行。',
    'Sure: which part should change (product, problem, purchase date, phone or address)? Just send the new details.',
  ),
  handoffFailed: L(
    '抱歉，现在没能为您转到人工客服，您的消息已经记下了。请过一会儿再发“转人工”试一次。',
    'Sorry, I couldn\'t pass you to a person just now; what you wrote is kept. Please send "human" again in a little while.',
  ),
  // Worded as a refusal ("无法", "can't"): a sentence naming money must never read as a promise.
  noCommitment: L(
    '退款、赔偿、优惠和保修例外需要按政策由工作人员核定，我无法直接承诺或操作。我可以为您登记并转给人工处理。',
    "I can't promise or arrange money, refunds, discounts or warranty exceptions myself; staff decide those under the published rules. I can record your request and pass it to a human agent.",
  ),
} as const;

export function cancelled(title: Bilingual | undefined, lang: Lang): string {
  if (!title) return lang === 'zh' ? '好的。' : 'OK.';
  return lang === 'zh' ? `好的，${title.zh}已取消。` : `OK, I've cancelled the ${title.en}.`;
}

export function resuming(title: Bilingual, lang: Lang): string {
  return lang === 'zh' ? `回到刚才的${title.zh}：` : `Back to the ${title.en}:`;
}

/**
 * When nothing in the knowledge base answers a question asked in the middle of a flow. After
 * self-help or an offer, the customer hears what can be done instead of a wall: an engineer, or a person.
 */
export function noAnswerToQuestion(lang: Lang, canOffer = false): string {
  if (canOffer) {
    return lang === 'zh'
      ? '这一点我这里没有确切的资料，不想给您说错。需要的话我可以帮您登记，让工程师来处理；也可以回复“转人工”请客服确认。'
      : 'I don\'t have reliable information on that and won\'t guess. If you like, I can register it for an engineer to handle, or reply "human" and a person will confirm it.';
  }
  return lang === 'zh'
    ? '这个问题我这里没有确切资料，工程师或客服联系您时可以一并确认。'
    : "I don't have a reliable answer to that here; the engineer or our staff can confirm it when they contact you.";
}

/** What the customer hears when a person takes over, by why. The desk's expected wait follows. */
export function handingOver(reason: string, lang: Lang): string {
  const lines: Record<string, Bilingual> = {
    customer_request: L('好的，我把对话转给人工客服。', "Sure, I'm passing you to a person."),
    angry: L('非常抱歉给您添了这么多麻烦，我请人工客服专门跟进处理。', "I'm truly sorry for all the trouble. I'm getting a person to handle this personally."),
    stuck: L('这个问题需要人工同事来帮您看一下。', 'A colleague needs to look at this for you.'),
    complex: L('这个问题比较复杂，我请人工同事来处理。', "This needs a colleague's decision; I'm passing it on."),
    policy_exception: L('这需要工作人员按规定来定，我把您的要求转给人工客服。', "Staff decide this under the rules; I'm passing your request to a person."),
  };
  return (lines[reason] ?? lines.stuck!)[lang];
}
