/** Fixed bilingual phrases the core itself says, whichever brain is talking. */
export type Lang = 'zh' | 'en';

export const PHRASES = {
  disclosure: {
    zh: '您好，我是售后智能助手（自动回复），可以帮您排查故障、查询保修和报修。',
    en: "Hi, I'm the automated after-sales assistant. I can help troubleshoot, check warranty and book repairs.",
  },
  apology: {
    zh: '抱歉，系统暂时出了点问题。您的留言已经记录，人工客服会尽快联系您。',
    en: 'Sorry, something went wrong on our side. Your message is saved and a human agent will contact you shortly.',
  },
  csatThanks: {
    zh: '感谢您的评价！如还有问题，随时联系我们。',
    en: 'Thank you for rating us! Contact us any time if anything else comes up.',
  },
  csatLow: {
    zh: '抱歉这次没让您满意，我们会认真改进，主管会回访了解情况。',
    en: 'Sorry we let you down this time. A supervisor will follow up to learn what went wrong.',
  },
  longMessage: {
    zh: '（您的消息较长，我先根据前面的内容回复。）',
    en: '(Your message is long; I am answering from its beginning.)',
  },
  audioOnly: {
    zh: '抱歉，我暂时听不了语音消息，麻烦您用文字描述一下问题（比如产品型号、故障现象或屏幕上的代码）。',
    en: "Sorry, I can't listen to voice messages yet. Please type your question (for example the model, what happens, or the code on the display).",
  },
  /** WeChat (unverified account): the answer was not ready in time; it comes with the customer's next message. */
  answerPending: {
    zh: '正在为您查询，请稍候片刻后回复任意内容获取答复。',
    en: 'Still working on your answer. In a moment, send any message to get it.',
  },
  /** WeChat: one message holds only so much; the rest comes with the customer's next message. */
  moreToCome: {
    zh: '（内容较长，回复任意内容查看后续。）',
    en: '(There is more. Send any message to see the rest.)',
  },
  /** For the agents: a message the platform will only deliver after the customer writes again. */
  deliveryParked: {
    zh: '未送达：客户需先发来消息，我们才能送达此条（微信规则）。客户再次发消息时会自动补发。',
    en: 'Not delivered: the customer must write first (WeChat rule). It is sent automatically when they write again.',
  },
  /** For the agents (WeCom 微信客服): the session is with a person in WeCom, queued for one, or ended. */
  deliveryParkedSession: {
    zh: '未送达：该客户的微信客服会话已转人工或已结束，机器人无法发送。客户再次发消息时会自动补发。',
    en: 'Not delivered: this WeCom session is with a person or has ended, so it cannot be sent now. It is sent automatically when the customer writes again.',
  },
  /** For the agents (WeCom 微信客服): the customer-service account the customer last wrote to is not usable. */
  deliveryParkedAccount: {
    zh: '未送达：客户上次联系的微信客服账号无效或已停用（请检查 WECOM_OPEN_KFID）。客户再次发消息时会自动补发。',
    en: 'Not delivered: the WeCom customer-service account the customer last wrote to is invalid or disabled (check WECOM_OPEN_KFID). It is sent automatically when the customer writes again.',
  },
} as const;

export function say(phrase: keyof typeof PHRASES, lang: Lang): string {
  return PHRASES[phrase][lang];
}

/** The survey after a person resolved a handoff with no ticket: no number to name. */
export function handoffCsatQuestion(lang: Lang): string {
  return lang === 'zh'
    ? '客服已处理完您的问题。请为本次服务打分（1-5 星，直接回复数字即可）。'
    : 'Our team has finished with your request. Please rate our service from 1 to 5 (just reply with the number).';
}

/** The survey when the chat ends but the ticket stays open for a visit or a repair still to come. */
export function chatEndedCsatQuestion(lang: Lang, ticketNumber: string, pending: 'visit' | 'repair'): string {
  if (lang === 'zh')
    return `本次对话已结束。工单 ${ticketNumber} 仍在跟进（${pending === 'visit' ? '等待师傅上门' : '等待维修'}），有进展会通知您，想了解进度随时在这里问我。请为本次客服服务打分（1-5 星，直接回复数字即可）。`;
  return `This chat is finished. Ticket ${ticketNumber} stays open until the ${pending === 'visit' ? "engineer's visit" : 'repair'} is done; ask me here any time how it is going. Please rate this chat from 1 to 5 (just reply with the number).`;
}

export function csatQuestion(lang: Lang, ticketNumber: string): string {
  return lang === 'zh'
    ? `工单 ${ticketNumber} 已处理完毕。请为本次服务打分（1-5 星，直接回复数字即可）。`
    : `Ticket ${ticketNumber} is resolved. Please rate our service from 1 to 5 (just reply with the number).`;
}
