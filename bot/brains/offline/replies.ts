/** What the offline brain says, in Chinese and English. Kept apart from the policy so wording can change freely. */
import type { KnowledgeHit } from '../../knowledge-search';
import type { Lang } from '../../phrases';
import type { WarrantyAnswer } from '../../warranty-check';
import type { CustomerTicketView } from '../../tools/ticket-view';

const CATEGORY: Record<string, [string, string]> = {
  air_conditioner: ['空调', 'air conditioner'],
  washing_machine: ['洗衣机', 'washing machine'],
  refrigerator: ['冰箱', 'fridge'],
  water_heater: ['热水器', 'water heater'],
  gas_stove: ['燃气灶', 'gas stove'],
  range_hood: ['油烟机', 'range hood'],
  rice_cooker: ['电饭煲', 'rice cooker'],
  microwave: ['微波炉', 'microwave'],
  phone: ['手机', 'phone'],
  tv: ['电视', 'TV'],
  dishwasher: ['洗碗机', 'dishwasher'],
};

export function categoryName(category: string | undefined, lang: Lang): string {
  if (!category) return lang === 'zh' ? '产品' : 'product';
  const names = CATEGORY[category];
  return names ? names[lang === 'zh' ? 0 : 1] : category;
}

const STATUS: Record<string, [string, string]> = {
  new: ['已受理，等待处理', 'received, waiting to be handled'],
  open: ['处理中', 'open'],
  in_progress: ['工程师处理中', 'being handled by an engineer'],
  waiting_customer: ['等待您的回复', 'waiting for your reply'],
  resolved: ['已解决', 'resolved'],
  closed: ['已关闭', 'closed'],
};

function local(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export const reply = {
  steps(hit: KnowledgeHit, lang: Lang): string {
    const lines = [lang === 'zh' ? `根据您的描述，可能是「${hit.title}」。可以先试试：` : `This looks like "${hit.title}". Please try:`];
    (hit.steps ?? []).forEach((step, i) => lines.push(`${i + 1}. ${step}`));
    for (const note of hit.safety ?? []) lines.push((lang === 'zh' ? '⚠ 安全提示：' : '⚠ Safety: ') + note);
    lines.push(lang === 'zh' ? `（参考案例 ${hit.id}）试过之后问题解决了吗？` : `(ref. case ${hit.id}) Did that solve it?`);
    return lines.join('\n');
  },

  approved(hit: KnowledgeHit, lang: Lang): string {
    return `${hit.answer}\n${lang === 'zh' ? `（依据：${hit.id}）` : `(source: ${hit.id})`}`;
  },

  needsEngineer(hit: KnowledgeHit, lang: Lang): string {
    const safety = (hit.safety ?? []).map((n) => (lang === 'zh' ? '⚠ 安全提示：' : '⚠ Safety: ') + n);
    const head =
      lang === 'zh'
        ? `根据您的描述，可能是「${hit.title}」（参考案例 ${hit.id}），这种情况需要工程师上门检修，请不要自行拆机。`
        : `This looks like "${hit.title}" (ref. case ${hit.id}). It needs an engineer visit; please don't open the unit yourself.`;
    return [head, ...safety].join('\n');
  },

  clarify(missing: 'model' | 'errorCode' | 'symptom' | 'category', lang: Lang): string {
    const zh = {
      category: '请问是哪种产品出了问题（空调、洗衣机、冰箱、热水器、手机……）？',
      model: '为了准确判断，请告诉我产品型号（一般在机身侧面或背面的铭牌上），以及屏幕上有没有显示故障代码？',
      errorCode: '显示屏上有没有出现故障代码（比如 E1、F3）？有的话请告诉我。',
      symptom: '能具体描述一下现在的现象吗？比如什么时候开始的、有没有异响、指示灯怎么样。',
    };
    const en = {
      category: 'Which product is the problem with (air conditioner, washing machine, fridge, water heater, phone...)?',
      model: "To pin this down, what's the model number (on the rating label at the side or back)? Does the display show an error code?",
      errorCode: 'Does the display show an error code (like E1 or F3)? If so, please tell me.',
      symptom: 'Could you describe what you see in a bit more detail: when it started, any noises, what the lights do?',
    };
    return (lang === 'zh' ? zh : en)[missing];
  },

  glad(lang: Lang): string {
    return lang === 'zh' ? '太好了，问题解决就好！如果再出现，随时找我。' : "Great, glad it's sorted! If it happens again, just message me.";
  },

  cancelled(lang: Lang): string {
    return lang === 'zh' ? '好的，这次报修先不登记了。之后需要的话随时找我。' : "OK, I won't file this repair. Message me any time if you need it later.";
  },

  startRepair(lang: Lang): string {
    return lang === 'zh' ? '抱歉没能帮您解决，我来为您登记上门维修。' : "Sorry that didn't fix it. Let's book a repair visit.";
  },

  ask(field: 'model' | 'purchase' | 'phone' | 'address' | 'category', lang: Lang): string {
    const zh = {
      category: '请问是什么产品（空调、洗衣机、冰箱等）？',
      model: '请提供产品型号（铭牌上可以找到）。',
      purchase: '请问是什么时候购买的？也可以直接拍一张购买发票/小票发给我，我帮您核对保修。',
      phone: '请留一个方便工程师联系您的手机号。',
      address: '请提供上门服务的详细地址（省市区、街道、小区、门牌号）。',
    };
    const en = {
      category: 'Which product is it (air conditioner, washing machine, fridge...)?',
      model: "What's the model number (on the rating label)?",
      purchase: 'When did you buy it? You can also send a photo of the receipt or invoice and I will check the warranty.',
      phone: 'Which mobile number should the engineer call?',
      address: 'What is the full address for the visit (city, district, street, building, flat)?',
    };
    return (lang === 'zh' ? zh : en)[field];
  },

  confirm(draft: { [K in "category" | "brand" | "model" | "errorCode" | "symptom" | "purchaseDate" | "phone" | "address"]?: string }, lang: Lang): string {
    const product = [draft.brand, categoryName(draft.category, lang), draft.model].filter(Boolean).join(' ');
    if (lang === 'zh') {
      return [
        '跟您确认一下报修信息：',
        `· 产品：${product}`,
        `· 问题：${draft.symptom}${draft.errorCode ? `（故障代码 ${draft.errorCode}）` : ''}`,
        `· 购买时间：${draft.purchaseDate ?? '未提供'}`,
        `· 联系电话：${draft.phone}`,
        `· 上门地址：${draft.address}`,
        '信息正确吗？回复“是”提交工单，或直接告诉我需要修改的地方。',
      ].join('\n');
    }
    return [
      'Let me confirm the repair request:',
      `· Product: ${product}`,
      `· Problem: ${draft.symptom}${draft.errorCode ? ` (error code ${draft.errorCode})` : ''}`,
      `· Purchased: ${draft.purchaseDate ?? 'not given'}`,
      `· Phone: ${draft.phone}`,
      `· Address: ${draft.address}`,
      'Is this right? Reply "yes" to file it, or tell me what to change.',
    ].join('\n');
  },

  filed(ticket: { number: string; firstResponseDue: string; resolutionDue: string }, lang: Lang): string {
    return lang === 'zh'
      ? `已为您提交工单 ${ticket.number}。客服将在 ${local(ticket.firstResponseDue, lang)} 前联系您，预计 ${local(ticket.resolutionDue, lang)} 前处理完毕。`
      : `Your ticket ${ticket.number} is filed. We will contact you by ${local(ticket.firstResponseDue, lang)} and aim to resolve it by ${local(ticket.resolutionDue, lang)}.`;
  },

  complaintFiled(ticket: { number: string; firstResponseDue: string }, lang: Lang): string {
    return lang === 'zh'
      ? `非常抱歉给您带来不好的体验。您的投诉已登记（工单号 ${ticket.number}），专人将在 ${local(ticket.firstResponseDue, lang)} 前联系您。`
      : `I'm very sorry for the trouble. Your complaint is recorded as ticket ${ticket.number}; a dedicated agent will contact you by ${local(ticket.firstResponseDue, lang)}.`;
  },

  warranty(answer: WarrantyAnswer, lang: Lang): string {
    const reason = answer.reason[lang];
    const citation = answer.policy.citation[lang];
    const policy = lang === 'zh' ? `（依据：${citation}）` : ` (policy: ${citation})`;
    // The decision's own reason already says when the date was only stated, not proven.
    const note =
      answer.status === 'cannot_tell'
        ? lang === 'zh'
          ? '暂时无法确定是否在保修期内，工程师上门或客服会人工核实，请保留好购买凭证。'
          : "I can't tell yet whether it's under warranty; an agent will check it by hand, so please keep your proof of purchase."
        : '';
    const paid =
      answer.status === 'expired'
        ? lang === 'zh'
          ? '过保后仍可以付费维修，上门检测费和配件价格以工程师现场报价为准。'
          : 'Out of warranty we can still repair it for a fee; the engineer quotes the inspection and parts on site.'
        : '';
    return [reason + policy, note, paid].filter(Boolean).join('\n');
  },

  status(tickets: CustomerTicketView[], lang: Lang): string {
    return tickets
      .map((t) => {
        const [zh, en] = STATUS[t.status] ?? [t.status, t.status];
        return lang === 'zh'
          ? `工单 ${t.number}（${t.product ?? t.symptom.slice(0, 20)}）：${zh}。${t.status === 'resolved' || t.status === 'closed' ? '' : `预计 ${local(t.resolutionDue, lang)} 前处理完毕。`}`
          : `Ticket ${t.number} (${t.product ?? t.symptom.slice(0, 30)}): ${en}.${t.status === 'resolved' || t.status === 'closed' ? '' : ` Expected resolution by ${local(t.resolutionDue, lang)}.`}`;
      })
      .join('\n');
  },

  /** A phone alone never shows tickets filed elsewhere: the ticket number proves they are the customer's. */
  proveTicket(lang: Lang): string {
    return lang === 'zh'
      ? '为保护您的隐私，查询在其他渠道（如微信、电话）提交的工单，请把工单号（如 AS-20260101-0001）和报修时留的手机号一起发给我。'
      : 'To protect your privacy, for a ticket filed on another channel (WeChat, phone) please send its number (like AS-20260101-0001) together with the phone number you gave when filing it.';
  },

  noTicket(lang: Lang): string {
    return lang === 'zh'
      ? '没有查到您名下的这张工单。请核对工单号（格式如 AS-年月日-序号），或者告诉我下单时留的手机号所在渠道。'
      : "I couldn't find that ticket under your account. Please check the number (it looks like AS-date-number).";
  },

  noTickets(lang: Lang): string {
    return lang === 'zh'
      ? '您在这个渠道暂时没有工单记录。如果是用别的渠道或手机号报修的，请告诉我工单号（格式如 AS-年月日-序号）或报修时留的手机号。'
      : "I can't find any tickets for you on this channel. If you reported it elsewhere, tell me the ticket number (it looks like AS-date-number) or the phone number you gave.";
  },

  handingOver(reason: 'customer_request' | 'angry' | 'stuck' | 'complex', lang: Lang): string {
    const zh = {
      customer_request: '好的，马上为您转接人工客服。',
      angry: '非常抱歉给您带来这么多麻烦，我马上请人工客服专门为您处理。',
      stuck: '这个问题我需要请人工同事来帮您看一下。',
      complex: '这个问题比较复杂，我请人工同事来为您处理。',
    };
    const en = {
      customer_request: "Sure, I'm connecting you to a human agent now.",
      angry: "I'm truly sorry for all the trouble. I'm getting a human agent to handle this personally.",
      stuck: "I'd like a human colleague to look at this for you.",
      complex: "This needs a human colleague; I'm passing it on.",
    };
    return (lang === 'zh' ? zh : en)[reason];
  },

  outOfScope(lang: Lang): string {
    return lang === 'zh'
      ? '抱歉，这个问题超出了我的服务范围。我可以帮您：排查家电和手机故障、查询保修、预约维修、查询工单进度或转人工。'
      : "Sorry, that's outside what I can help with. I can troubleshoot appliance and phone faults, check warranty, book repairs, check ticket status, or get you a human agent.";
  },

  noCommitment(lang: Lang): string {
    return lang === 'zh'
      ? '退款、赔偿、优惠和保修例外需要按政策由工作人员核定，我无法直接承诺或操作。我可以为您登记并转给人工处理。'
      : "I can't promise or arrange money, refunds, discounts or warranty exceptions myself; staff decide those under the published rules. I can record your request and pass it to a human agent.";
  },

  goodbye(lang: Lang): string {
    return lang === 'zh' ? '不客气，祝您生活愉快！有需要随时找我。' : "You're welcome! Have a good day, and message me any time.";
  },

  greeting(lang: Lang): string {
    return lang === 'zh' ? '请问有什么可以帮您？可以直接描述故障现象、故障代码或产品型号。' : 'How can I help? Tell me the problem, any error code, and the model if you know it.';
  },
};
