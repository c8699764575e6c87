/**
 * "你们师傅能来吗", "can someone come today, the baby is freezing" once a ticket exists: the bot cannot
 * fix a visit time itself, but "I can't confirm that here" leaves the customer cold. It does the
 * concrete thing it can: asks for the visit on the ticket (today, when they want today), flags it
 * urgent there when someone vulnerable is in the cold or waiting, and says who confirms the time and
 * by when. The same words whether the customer waits for a person or talks to the bot after filing.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { TicketStatusResult } from '../tools/ticket-status';
import { atRisk, wantedWhen, type AtRisk } from '../understanding/visit-asked-for';
import { carriedIn, promiseTime } from './wording';

const WHO: Record<AtRisk, { zh: string; en: string }> = {
  elderly: { zh: '家里有老人', en: 'elderly people at home' },
  infant: { zh: '家里有小孩', en: 'a young child at home' },
  unwell: { zh: '家里有人身体不便', en: 'someone unwell at home' },
  cold: { zh: '天冷家里没法取暖', en: 'the cold with no heating' },
};

export interface VisitRequest {
  ticketNumber: string;
  text: string;
  tools: ToolBox;
  lang: Lang;
  /** When someone will contact the customer, already worded ("11月24日 15:00"). */
  promise?: string;
  /** The ticket's product: one repaired at a service centre gets no visit (how it is repaired answers instead). */
  category?: string;
}

export async function visitRequested(r: VisitRequest): Promise<string | undefined> {
  if (r.category && carriedIn(r.category)) return undefined;
  const risks = atRisk(r.text);
  const when = wantedWhen(r.text);
  const urgent = risks.some((k) => k !== 'cold') || (Boolean(when) && risks.length > 0);
  const why = risks.map((k) => WHO[k]);
  const note = `Customer asks for an engineer visit${when === 'today' ? ' today' : when ? ' as soon as possible' : ''}.${urgent ? ` URGENT: ${why.map((w) => w.en).join(', ')}; please expedite the visit.` : ''}`;
  const saved = await r.tools.call('updateTicket', { ticketNumber: r.ticketNumber, note });
  if (!saved.ok) return undefined;
  if (r.lang === 'zh') {
    const asked = `这种情况是要师傅上门看的。我已在工单 ${r.ticketNumber} 上申请上门${when === 'today' ? '，并注明希望今天就来' : when ? '，并注明希望尽快' : ''}`;
    const flag = urgent ? `；因为${why.map((w) => w.zh).join('、')}，已标注为加急` : '';
    const next = `。具体几点到要由负责的同事排班后跟您确认${r.promise ? `，最迟 ${r.promise} 前会打电话给您` : ''}，我这里没法直接定时间。`;
    const care = urgent && risks.includes('cold') ? '\n等师傅期间，先让家里人多穿点、盖厚被子，用安全的方式取暖；有人身体不舒服请直接打120。' : '';
    return `${asked}${flag}${next}${care}`;
  }
  const asked = `An engineer visit is the right next step here. I've requested a visit on ticket ${r.ticketNumber}${when === 'today' ? ', asking for today' : when ? ', asking for it as soon as possible' : ''}`;
  const flag = urgent ? `, and flagged it urgent because of ${why.map((w) => w.en).join(' and ')}` : '';
  const next = `. The exact time is set by the colleague who schedules the engineers${r.promise ? `; they will call you by ${r.promise} to confirm it` : ''}. I can't fix the time myself from here.`;
  const care = urgent && risks.includes('cold') ? '\nWhile you wait, keep everyone warm with extra layers and blankets and use only safe heating; if anyone feels unwell, call 120.' : '';
  return `${asked}${flag}${next}${care}`;
}

/** The same for a ticket filed in this chat with the bot: its product and contact time read from the ticket. */
export async function visitOnFiled(tools: ToolBox, ticketNumber: string, text: string, lang: Lang): Promise<string | undefined> {
  const outcome = await tools.call('ticketStatus', { ticketNumber });
  const result = outcome.ok ? (outcome.result as TicketStatusResult) : undefined;
  const t = result?.found ? result.tickets.find((x) => x.number === ticketNumber) : undefined;
  if (!t || t.status === 'resolved' || t.status === 'closed') return undefined;
  return visitRequested({ ticketNumber, text, tools, lang, category: t.category, promise: promiseTime(t.firstResponseDue, lang, undefined, tools.context.now) });
}
