/** Fixed bilingual phrases the core itself says, whichever brain is talking. */
import { formatDuration } from '../kernel/duration';

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
  relayed: {
    zh: '收到，已转给跟进您这个问题的人工客服，他们会在这里回复您。',
    en: 'Got it. I have passed this to the person handling your case; they will reply here.',
  },
  relayedAgain: {
    zh: '这条也转过去了，人工客服看到后会在这里回复您。',
    en: 'That is passed on too; the person handling your case will answer here.',
  },
  relayedUrgent: {
    zh: '已把这条消息标为紧急转给人工客服，请先按上面的安全提示做。',
    en: 'I have flagged this message as urgent for the person handling your case; please follow the safety advice above first.',
  },
} as const;

export function say(phrase: keyof typeof PHRASES, lang: Lang): string {
  return PHRASES[phrase][lang];
}

/** "An agent will reply; expected within ..." from the ticket's first-response deadline. */
export function agentExpected(lang: Lang, ticketNumber: string, dueIso: string, now: Date): string {
  const within = formatDuration(Math.max(60_000, Date.parse(dueIso) - now.getTime()));
  const withinZh = within.replace('d', '天').replace('h', '小时').replace('m', '分钟');
  return lang === 'zh'
    ? `已为您转接人工客服（工单号 ${ticketNumber}），预计 ${withinZh} 内回复，请保持联系方式畅通。`
    : `I've passed this to a human agent (ticket ${ticketNumber}); expect a reply within ${within}.`;
}

export function csatQuestion(lang: Lang, ticketNumber: string): string {
  return lang === 'zh'
    ? `工单 ${ticketNumber} 已处理完毕。请为本次服务打分（1-5 星，直接回复数字即可）。`
    : `Ticket ${ticketNumber} is resolved. Please rate our service from 1 to 5 (just reply with the number).`;
}
