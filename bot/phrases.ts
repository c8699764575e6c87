/** Fixed bilingual phrases the core itself says, whichever brain is talking. */
export type Lang = 'zh' | 'en';

export const PHRASES = {
  disclosure: {
    zh: '您好，我是售后智能助手（自动回复），可以帮您排查故障、查询保修和报修。',
    en: "Hi, I'm the automated after-sales assistant. I can help troubleshoot, check warranty and book repairs.",
  },
  apology: {
    zh: '抱歉，系统暂时出了点问题。您的留言已经记录，人工客服会尽快联系您。',
    en: "Sorry, something went wrong on our side. Your message is saved and a human agent will contact you shortly.",
  },
  csatThanks: {
    zh: '感谢您的评价！如还有问题，随时联系我们。',
    en: 'Thank you for rating us! Contact us any time if anything else comes up.',
  },
  csatLow: {
    zh: '抱歉这次没让您满意，我们会认真改进，主管会回访了解情况。',
    en: "Sorry we let you down this time. A supervisor will follow up to learn what went wrong.",
  },
  longMessage: {
    zh: '（您的消息较长，我先根据前面的内容回复。）',
    en: '(Your message is long; I am answering from its beginning.)',
  },
  audioOnly: {
    zh: '抱歉，我暂时听不了语音消息，麻烦您用文字描述一下问题（比如产品型号、故障现象或屏幕上的代码）。',
    en: "Sorry, I can't listen to voice messages yet. Please type your question (for example the model, what happens, or the code on the display).",
  },
} as const;

export function say(phrase: keyof typeof PHRASES, lang: Lang): string {
  return PHRASES[phrase][lang];
}

export function csatQuestion(lang: Lang, ticketNumber: string): string {
  return lang === 'zh'
    ? `工单 ${ticketNumber} 已处理完毕。请为本次服务打分（1-5 星，直接回复数字即可）。`
    : `Ticket ${ticketNumber} is resolved. Please rate our service from 1 to 5 (just reply with the number).`;
}
