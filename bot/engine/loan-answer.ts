/**
 * The answer to "can you lend me one while it's being repaired?": honest, because the bot cannot
 * promise a loan unit. Some brands lend one for a long repair; whether they do is the service
 * centre's or the engineer's call. With a ticket filed the request is written on it for the person
 * who handles it, and said so; without one, the customer is told who to ask.
 */
import type { Lang } from '../phrases';

export function loanAnswer(lang: Lang, notedOn: string | undefined): string {
  if (lang === 'zh')
    return notedOn
      ? `维修期间借用的机器，我这里没法答应您：有的品牌在维修时间比较长时会提供备用机，有没有、怎么借，要看品牌和服务网点的安排。我已经在工单 ${notedOn} 上记下您想借一台用，处理您工单的同事会跟您确认。`
      : '维修期间借用的机器，我这里没法答应您：有的品牌在维修时间比较长时会提供备用机，有没有、怎么借，要看品牌和服务网点的安排。报修提交后可以向联系您的工程师或客服提出；需要的话也可以回复“转人工”，请客服帮您问。';
  return notedOn
    ? `I can't promise a loan unit from here: some brands lend one when a repair takes long, and whether yours does is up to the brand and the service point. I've noted on ticket ${notedOn} that you'd like one, and the person handling it will confirm with you.`
    : 'I can\'t promise a loan unit from here: some brands lend one when a repair takes long, and whether yours does is up to the brand and the service point. Once the repair is filed you can ask the engineer or the person who contacts you; or reply "human" and a person will check for you.';
}

/** The note written on the ticket for the person handling it. */
export const LOAN_NOTE = 'Customer asks whether a loan unit can be lent while theirs is being repaired.';
