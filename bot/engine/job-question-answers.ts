/**
 * The answers to questions about the job asked in the middle of it (bot/understanding/job-questions.ts),
 * the same in a repair form and while waiting for a person: what a human agent would say at once,
 * honestly. A new unit instead of a repair gets China's 三包 rules from the knowledge base (a
 * customer abroad hears that local rules may give more, warranty-terms-abroad.ts); what the bot
 * cannot see (an earlier booking, whether it was cancelled) is said plainly, and the person who
 * takes over is told to look it up (`note`, written on the ticket by the caller).
 */
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { saysPastFifteenDays, type JobQuestion } from '../understanding/job-questions';
import { entryById } from './entry-by-id';
import { BUSINESS_HOURS, citation } from './wording';
import { SANBAO_RULES_EN } from '../sanbao-words';

export interface JobAnswer {
  text: string;
  /** Knowledge entries the answer quotes. */
  citations: string[];
  /** For the person who takes over: written on the ticket when there is one. */
  note?: string;
}

interface Ask {
  tools: ToolBox;
  lang: Lang;
  /** The customer's message (for the months since buying). */
  text: string;
  /** Waiting for a person already (a handoff), rather than in a form the bot files. */
  waiting: boolean;
}

const SANBAO_DAYS = { id: 'pol-sanbao-returns-7-15', zh: '三包退换货 7天退货 15天换货', en: 'statutory returns 7-day return 15-day exchange' };
const TWO_REPAIRS = { id: 'pol-two-repairs-exchange', zh: '三包期内两次修理仍不能使用可换货或退货', en: 'two failed repairs entitle an exchange or refund' };

export async function jobQuestionAnswer(kind: JobQuestion, ask: Ask): Promise<JobAnswer | undefined> {
  const zh = ask.lang === 'zh';
  const who = ask.waiting ? (zh ? '接手的人工客服' : 'the person handling your case') : zh ? '工程师或客服' : 'the engineer or our staff';
  switch (kind) {
    case 'replacement':
      return replacementAnswer(ask);
    case 'handoverSees':
      return {
        text: zh
          ? '能看到。您在这里说的都会跟着您的问题走：登记的信息（问题、型号、电话等）写在工单上，转给人工时我们这段对话也一起转过去，不用从头再讲一遍。'
          : "Yes. What you've told me goes with your case: the details (the problem, the model, your number) are on the ticket, and the person who takes over sees this conversation too, so you won't have to explain it all again.",
        citations: [],
      };
    case 'earlierBooking':
      return {
        text: zh
          ? `您之前的那次预约我在这里查不到，不能替您确认。${who}可以用您当时留的手机号或姓名在系统里查，我已经写下来请他们查一下；方便的话告诉我当时留的手机号。`
          : `I can't see your earlier booking from here, so I can't confirm it myself. ${cap(who)} can search for it with the phone number or name you gave then; I've written that down for them. If you can, tell me the number you used for that booking.`,
        citations: [],
        note: '客户提到之前有过一次预约，请用手机号/姓名查找 / Customer mentions an earlier booking: please look it up by their phone number or name',
      };
    case 'cancelled':
      return {
        text: zh
          ? `您说的那次预约我这里看不到，没法告诉您有没有取消，不想乱说。我已经写下来，请${who}用您的手机号查一下那次预约现在的状态，再告诉您。`
          : `I can't see that booking from here, so I can't tell you whether it was cancelled, and I won't guess. I've written it down for ${who} to check its status with your phone number and tell you.`,
        citations: [],
        note: '客户问之前的预约是否被取消，请查后告知 / Customer asks whether an earlier booking was cancelled: please check and tell them',
      };
    // (In the customer's own time: a customer abroad is called by day where they are, never at "8:00 China time".)
    case 'nightCall': {
      const { open, close } = BUSINESS_HOURS;
      return {
        text: zh
          ? `不会半夜打给您：电话只在工作时间打，按您当地的时间是每天 ${open}:00–${close}:00 之间。`
          : `No one will ring you in the middle of the night: calls are only made during working hours, between ${open}:00 and ${close}:00 your local time.`,
        citations: [],
      };
    }
  }
}

/** A new one instead of a repair: the 7/15-day rule and the two-repairs rule, and what that means for a product some months old. */
async function replacementAnswer(ask: Ask): Promise<JobAnswer | undefined> {
  const { tools, lang } = ask;
  const days = await entryById(tools, SANBAO_DAYS.id, SANBAO_DAYS[lang]);
  const twice = await entryById(tools, TWO_REPAIRS.id, TWO_REPAIRS[lang]);
  if (!days?.answer || !twice?.answer) return undefined;
  const zh = lang === 'zh';
  const lead = saysPastFifteenDays(ask.text)
    ? zh
      ? '已经用了几个月的话，按三包规定一般不能直接换新，要先免费维修：'
      : `Some months after buying, under ${SANBAO_RULES_EN} a new one is not given straight away; a free repair comes first:`
    : zh
      ? '能不能直接换新，要看买了多久，按三包规定：'
      : `Whether you can have a new one depends on how long ago you bought it. Under ${SANBAO_RULES_EN}:`;
  const decides = zh
    ? '品牌自己的政策有时更宽，具体由工程师检测后、客服按您的购买日期和维修记录确认。'
    : "Some brands give more than this; after the engineer's check, our staff confirm it from your purchase date and repair record.";
  const source = (hit: KnowledgeHit) => (zh ? `（${citation(hit, lang)}）` : `(${citation(hit, lang)})`);
  return {
    text: [lead, [days.answer, twice.answer].join(zh ? '' : ' '), source(days), decides].join('\n'),
    citations: [days.id, twice.id],
  };
}

function cap(s: string): string {
  return `${s[0]!.toUpperCase()}${s.slice(1)}`;
}

/** What is said when the bot cannot answer a question in the middle of a job: it is written down for the person. */
export function questionWrittenDown(lang: Lang, filed: boolean): string {
  if (lang === 'zh')
    return filed
      ? '这个问题我自己答不了，不想给您说错；我已经把它写在您的工单上，工程师或客服联系您时会答复。'
      : '这个问题我自己答不了，不想给您说错；我先把它记下来，提交时写在工单上，工程师或客服联系您时会答复。';
  return filed
    ? "I can't answer that myself and won't guess; I've written your question on your ticket, and the engineer or our staff will answer it when they contact you."
    : "I can't answer that myself and won't guess; I've written your question down, it goes on the ticket when I file it, and the engineer or our staff will answer it when they contact you.";
}

/** The note on the ticket with the questions the customer asked that the bot could not answer. */
export function questionsNote(questions: string[]): string {
  return `客户的问题，请联系时答复 / Customer's questions to answer: ${questions.map((q) => `“${q.slice(0, 200)}”`).join('; ')}`;
}
