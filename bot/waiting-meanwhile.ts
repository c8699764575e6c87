/**
 * The questions of the wait itself that are not about the clock (issue 16, "waiting"): "这段时间我
 * 该怎么办", "can I still use it until they come?", "冰箱里的东西怎么办", "how long will the repair
 * take?". Each gets its own answer from what the bot knows (the danger told, the product on the
 * ticket, the kind of case), never "noted" alone: with a danger, one line that the safety advice
 * still holds (not the advice again); without one, whether to keep using it and when to stop; what
 * to have ready for the person; for a refund, what keeps it moving. Decided by rules.
 */
import type { Ticket } from '../tickets/ticket';
import { readEngineState } from './engine/engine-state';
import { stillSafe } from './engine/safety-follow-up';
import { categoryName } from './engine/wording';
import type { Lang } from './phrases';
import type { WaitingTurn } from './waiting-turn';

type Bi = Record<Lang, string>;

/** "这段时间我该做什么", "等的时候怎么办", "what should I do in the meantime", "anything I should do until then?". */
const MEANWHILE =
  /这段时间|这期间|这几天|等(?:待)?(?:的)?(?:时候|期间|的这段)|(?:来|联系我?|上门|回复)之前|在此之前|(?:我|咱们?)(?:现在|先|暂时|这边)?(?:该|应该|需要|要|能)?(?:怎么办|怎么弄|怎么处理|干什么|做什么|做些什么|准备什么|准备些什么)|\bmeantime\b|\bmeanwhile\b|\buntil (?:then|they|someone|somebody|an? (?:engineer|technician|agent))\b|\bwhile (?:i|we) wait\b|\bbefore (?:they|someone|somebody|the (?:engineer|technician|agent)) (?:come|comes|call|calls|get|gets|reply|replies)\b|\bwhat (?:should|do|can|shall) (?:i|we) do (?:now|until|while|before|till)\b|\bwhat(?:'s| is) the next step\b|\bshould i (?:do|prepare) anything\b|\banything (?:i|we) (?:should|can|need to) (?:do|prepare)\b/i;
/** A bare "what should I do?": about the wait only when the message names no fault code (then it is the code's question). */
const WHAT_TO_DO = /\bwhat (?:should|do|can|shall) (?:i|we) do\b/i;
const CODE = /\b[A-Za-z]{1,2}-?\d{1,3}\b/;
/** "还能用吗", "先用着行吗", "can I still use it", "is it safe to keep using". */
const STILL_USE =
  /还能(?:不能)?(?:用|开|继续用)|能(?:不能)?继续用|(?:可以|能)先用|先用着|照常用|接着用|还可以用|凑合用|\b(?:can|could|may|should) (?:i|we) (?:still |keep |carry on |continue )?(?:use|using|run|running|turn (?:it|\w+) on)\b|\b(?:ok|okay|safe|fine|alright) to (?:keep )?(?:use|using|run)\b|\bkeep using\b|\bstill use\b/i;
/** What is inside or made by it ("冰块还能用吗", "can I still eat the meat"): not the product's own use. */
const CONTENTS = /(?:冰块|冰|食物|肉|菜|东西|衣服|衣物|碗|盘子|饭|奶|药|水)(?:还|能|可以)|\b(?:ice|food|meat|milk|clothes|dishes|water)\b/i;
/** The food of a fridge that stopped cooling. */
const FOOD = /(?:里面|里边|冰箱里|冷冻|冷藏)的?(?:东西|食物|菜|肉|吃的)|食物|冻肉|\b(?:food|groceries|meat|frozen stuff|what'?s inside)\b/i;
/** "要修多久", "几天能修好", "how long will the repair take". */
const REPAIR_TIME =
  /修(?:好|完)?(?:要|得|需要)?(?:多久|多长时间|几天)|(?:多久|多长时间|几天)(?:才)?(?:能|可以)?修(?:好|完)|维修(?:周期|时间)|\bhow long (?:will|does|would|do) (?:the |a |it )?(?:repair|fix|fixing|repairing)\b|\bhow long (?:will|does|would) it take to (?:repair|fix)\b|\bhow long (?:to|until it'?s?) (?:fix|repair|fixed|repaired)\b|\bhow many days (?:to|for) (?:the )?(?:repair|fix)\b/i;
const NOT_COOLING = /不制冷|不冷|不凉|制冷(?:差|不好|效果差)|温度(?:高|降不下)|化了|\bnot (?:cold|cooling|cool)\b|\bwarm\b|\bstopped cooling\b|\bthaw/i;
/** A leak told before or now: the use advice is to stop it, not "keep using it unless it leaks". */
const LEAKING = /漏水|渗水|滴水|冒水|漏了|\bleak(?:s|ing|ed)?\b|\bdripping\b/i;
/** "能全额退吗", "will I get the full amount back", "会不会扣钱". */
const REFUND_AMOUNT =
  /全额|退全款|全款|退多少|能退多少|扣(?:钱|费|款|多少)|折旧费|\bfull (?:amount|refund|price)\b|\ball (?:of )?(?:my|the) money\b|\bhow much (?:will|do|would) (?:i|we) get\b|\bdeduct\w*\b|\brestocking fee\b/i;
/** A refund or a return as the case. */
const REFUND = /退款|退货|退钱|退回|\brefund|\breturn(?:ed|ing)?\b|\bmoney back\b/i;

export interface MeanwhileAsked {
  meanwhile: boolean;
  stillUse: boolean;
  food: boolean;
  repairTime: boolean;
  refundAmount: boolean;
}

/** What of the wait this message asks about; undefined when it asks none of it. */
/** "How long until someone calls", "多久才有人联系": the clock, answered by the promise, not what to do meanwhile. */
const HOW_LONG_UNTIL = /\bhow long (?:until|till|before)\b[^?？.!。]*|多久[^?？。！]*(?:联系|回复|打电话|来)/gi;

export function meanwhileAsked(said: string): MeanwhileAsked | undefined {
  const text = said.replace(HOW_LONG_UNTIL, ' ');
  const asked = {
    meanwhile: MEANWHILE.test(text) || (WHAT_TO_DO.test(text) && !CODE.test(text)),
    stillUse: STILL_USE.test(text) && !CONTENTS.test(text),
    food: FOOD.test(text) && /怎么办|怎么处理|怎么弄|放哪|会不会坏|会坏|坏掉|\b(?:what (?:do|should|can) (?:i|we) do|spoil|go off|go bad)\b/i.test(text),
    repairTime: REPAIR_TIME.test(text),
    refundAmount: REFUND_AMOUNT.test(text),
  };
  return Object.values(asked).some(Boolean) ? asked : undefined;
}

/** Products whose fault leaves the customer with something to do now, beyond "keep it off". */
const PRODUCT_TIPS: Record<string, Bi> = {
  refrigerator: {
    zh: '冰箱不制冷时尽量少开门，门关严能多保冷几个小时；容易坏的生鲜先吃掉或放到别处，冷冻的肉化透了就尽快做熟，别再冻回去。',
    en: 'Keep the fridge door shut as much as you can: a closed fridge stays cold for some hours. Eat or move the food that spoils first, and cook meat that has fully thawed rather than refreezing it.',
  },
  washing_machine: {
    zh: '洗衣机先别再开程序；里面有衣物和积水的话，拔掉电源后再把衣物取出来晾着。',
    en: 'Do not start another programme; if clothes and water are still inside, unplug it first, then take the clothes out to dry.',
  },
  dishwasher: { zh: '洗碗机先别再开程序；拔掉电源后可以把碗取出来手洗。', en: 'Do not run another cycle; with it unplugged you can take the dishes out and wash them by hand.' },
  water_heater: {
    zh: '热水器先别再用，关掉电源（燃气的关掉燃气阀）；这几天洗澡可以先用别的方式烧水。',
    en: 'Leave the water heater off (the power off, or the gas valve shut on a gas model); heat water another way for the next days.',
  },
  phone: {
    zh: '有条件的话先备份手机里的照片和资料（电池鼓包、发烫的除外，那种先不要再开机充电），送修前记下锁屏密码或关闭“查找我的手机”。',
    en: 'If you can, back up your photos and data first (not if the battery is swollen or hot: then leave it off), and before a repair note the passcode or turn off Find My.',
  },
  laptop: { zh: '有条件的话先备份电脑里的重要资料，送修前记下开机密码。', en: 'If you can, back up what matters on the laptop first, and note its login password for the repair.' },
  tablet: { zh: '有条件的话先备份平板里的照片和资料。', en: 'If you can, back up the photos and data on the tablet first.' },
};

/** What to have ready when the person calls. */
const READY: Bi = {
  zh: '等的时候可以先准备好：购买凭证（发票或订单截图）、机身铭牌上的型号，有条件的话拍一段故障的照片或短视频，客服联系您时能更快处理。',
  en: 'While you wait, it helps to have ready: the proof of purchase (invoice or order screenshot), the model from the label on the unit, and if you can, a photo or short video of the fault; the person can then move faster.',
};

const READY_REFUND: Bi = {
  zh: '退款这段时间您不用另外操作：保留好订单号和退货的快递单号，平台上的退货或售后申请先不要取消，客服联系您时会核对进度。',
  en: 'For the refund there is nothing more you need to do now: keep the order number and the return tracking number, and do not cancel the return or after-sales request on the platform; the person will check where it stands when they contact you.',
};

const USE_WITH_CARE: Bi = {
  zh: '在人工客服联系您之前，{p}如果还能正常、安全地用，可以先用着；一旦有焦味、冒烟、打火、漏电、漏水或响声越来越大，就马上停用并拔掉电源。',
  en: 'Until the person contacts you, if the {p} still works normally and safely you can keep using it; if you notice a burning smell, smoke, sparks, a shock, a leak or a noise getting worse, stop at once and unplug it.',
};

const STOP_THE_LEAK: Bi = {
  zh: '{p}在漏水的话，修好之前先别用：拔掉电源，有进水阀的先关上，下面垫毛巾或放个盆接水，别让水流到插座和电线那里。',
  en: 'While the {p} is leaking, leave it off until it is repaired: unplug it, shut its water inlet valve if it has one, and put a towel or a bowl under it so no water reaches sockets or cables.',
};

const REPAIR_HOW_LONG: Bi = {
  zh: '修多久要看工程师检测的结果：简单的故障一般上门当次就能修好，需要换配件的要等配件到，具体时间客服联系您时会跟您说清楚。',
  en: 'How long the repair takes depends on what the engineer finds: a simple fault is usually fixed on the first visit, and one that needs a part waits for the part; the person will give you the timing when they contact you.',
};

/** How much comes back: the rule's two cases, and who settles the amount. */
const REFUND_HOW_MUCH: Bi = {
  zh: '退多少要看退货的原因：性能故障按三包退货的，退还全部货款；七天无理由退货、商品和配件完好的，一般也全额退款，运费按平台规则；缺配件、有损坏或影响再次销售的，商家可能扣除相应费用。具体金额客服核对订单后会告诉您。',
  en: "How much comes back depends on why it was returned: a return for a performance fault under China's statutory warranty rules gets the full price back; a 7-day no-reason return with the product and accessories complete is usually refunded in full too, with shipping per the platform rules; missing parts or damage can mean a deduction. The person will confirm the exact amount once they have checked the order.",
};

const PHONE_WANTED: Bi = { zh: '另外工单上还没有电话，留个手机号，客服可以直接打给您。', en: 'There is no phone number on the ticket yet: leave one and they can call you directly.' };

function productOf(turn: WaitingTurn, ticket: Ticket | undefined): string | undefined {
  return turn.understanding.slots.category ?? ticket?.category ?? readEngineState(turn.tools.context.conversation.state.policy).product.category;
}

/** The answer to what the message asks of the wait, one line each, never a line the customer already had. */
export function meanwhileAnswer(asked: MeanwhileAsked, turn: WaitingTurn): string[] {
  const { lang, ticket } = turn;
  const category = productOf(turn, ticket);
  const danger = Boolean(turn.safety?.kinds.length);
  const refund = REFUND.test(`${ticket?.symptom ?? ''} ${turn.text}`) && !danger;
  const lines: string[] = [];
  if (asked.repairTime) lines.push(REPAIR_HOW_LONG[lang]);
  // "能全额退吗" in a case about a return (said now, on the ticket, or earlier in the chat).
  const aboutRefund = refund || REFUND.test(`${ticket?.symptom ?? ''} ${(turn.earlierReplies ?? []).join(' ')}`);
  if (asked.refundAmount && aboutRefund) lines.push(REFUND_HOW_MUCH[lang]);
  if (asked.meanwhile || asked.stillUse || asked.food) {
    // The danger's advice was given: one line that it holds, not the block again.
    if (danger) lines.push(stillSafe(turn));
    else if (refund && !asked.stillUse) lines.push(READY_REFUND[lang]);
    else if ((asked.stillUse || asked.meanwhile) && LEAKING.test(`${ticket?.symptom ?? ''} ${turn.text}`)) lines.push(STOP_THE_LEAK[lang].replace('{p}', categoryName(category, lang)));
    else if (asked.stillUse || asked.meanwhile) lines.push(USE_WITH_CARE[lang].replace('{p}', categoryName(category, lang)));
    // The fridge's tip is for one that stopped cooling (not frost or a noise).
    const fits = category !== 'refrigerator' || NOT_COOLING.test(`${ticket?.symptom ?? ''} ${turn.text}`);
    const tip = category && fits ? PRODUCT_TIPS[category]?.[lang] : undefined;
    // With a danger the safety advice decides what may be touched: no product tip beside it.
    if (tip && !danger && (asked.meanwhile || asked.food || (category === 'refrigerator' && asked.stillUse))) lines.push(tip);
    if (asked.meanwhile && !refund) lines.push(READY[lang]);
    if (asked.meanwhile && ticket && !ticket.contactPhone && !turn.understanding.slots.phone) lines.push(PHONE_WANTED[lang]);
  }
  // Said already, asked again: one line pointing back to it, not the lines again, and never nothing.
  const earlier = turn.earlierReplies ?? [];
  const fresh = lines.filter((line) => !earlier.some((r) => r.includes(line)));
  if (fresh.length || !lines.length) return fresh;
  const first = lines[0]!;
  const gist = lang === 'zh' ? (/^[^。！？]*[。！？]/.exec(first)?.[0] ?? first) : (/^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first);
  return [lang === 'zh' ? `上面已经说过，要点是：${gist}` : `As I said above, in short: ${gist}`];
}
