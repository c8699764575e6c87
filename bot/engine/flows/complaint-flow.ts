/**
 * Complaint (投诉): a heated one goes to a person at once; a calmer one is filed with a deadline.
 * Nobody is promised money here: what is owed is decided by staff under the rules.
 */
import type { CustomerTicketView } from '../../tools/ticket-view';
import { MONEY_DEMAND } from '../after-sales-words';
import { SOCIAL } from '../social-replies';
import { promiseTime } from '../wording';
import type { FlowSpec } from './flow';

export const complaintFlow: FlowSpec = {
  name: 'complaint',
  title: { zh: '投诉', en: 'complaint' },
  slots: [],
  async finish(kit) {
    const u = kit.turn.understanding;
    if (MONEY_DEMAND.test(kit.turn.text)) {
      kit.say(SOCIAL.noCommitment[kit.lang]);
      return { handoff: 'policy_exception' };
    }
    if (u.sentiment <= -0.5 || u.urgency === 'P1' || u.urgency === 'P2') return { handoff: 'angry' };
    const created = await kit.tools.call('createTicket', {
      type: 'complaint',
      symptom: (kit.facts.symptom ?? kit.turn.redactedText).slice(0, 500),
      category: kit.facts.category || undefined,
      brand: kit.facts.brand || undefined,
      model: kit.facts.model || undefined,
    });
    if (!created.ok) return { handoff: 'stuck' };
    const ticket = created.result as CustomerTicketView;
    kit.filed.push(ticket.number);
    kit.say(
      kit.lang === 'zh'
        ? `非常抱歉给您添了麻烦。投诉已登记，工单号 ${ticket.number}，专人会在 ${promiseTime(ticket.firstResponseDue, kit.lang)} 前联系您。`
        : `I'm sorry for the trouble. Your complaint is recorded as ticket ${ticket.number}; a dedicated person will contact you by ${promiseTime(ticket.firstResponseDue, kit.lang)}.`,
    );
    return { done: true };
  },
};
