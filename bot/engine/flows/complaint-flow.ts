/**
 * Complaint (投诉): a heated one goes to a person at once; a calmer one is filed with a deadline.
 * Nobody is promised money here: what is owed is decided by staff under the rules.
 */
import type { CustomerTicketView } from '../../tools/ticket-view';
import { MONEY_DEMAND, WANTS_REPLACEMENT, demandsAfterRepairs } from '../after-sales-words';
import { SOCIAL } from '../social-replies';
import { promiseTime } from '../wording';
import type { FlowSpec } from './flow';
import { answerWithSource } from './fault-flow';
import { repairCoverRule, repeatedRepairRule } from './policy-flow';
import { damageByUs } from '../../understanding/damage-by-us';
import { damageHeard } from '../damage-heard';
import { repairDidNotHold, repairFeeBack } from '../../understanding/repair-fee-back';

export const complaintFlow: FlowSpec = {
  name: 'complaint',
  title: { zh: '投诉', en: 'complaint' },
  slots: [],
  async finish(kit) {
    const u = kit.turn.understanding;
    // The fee for a repair that did not hold: that visit's money, not the product's (no return rules,
    // no two-repairs rule); a person checks the visit's record and decides, the bot promises nothing.
    if (repairFeeBack(kit.turn.text)) {
      kit.say(
        kit.lang === 'zh'
          ? '非常抱歉，花了钱修完没多久又坏了，换谁都会生气。上次上门的维修费能不能退、这台怎么修好，要由人工客服查过那次的维修记录后按规定处理，我这里不能直接答应。'
          : "I'm very sorry: you paid for a repair and the fault came straight back, which is not how it should be. Whether that visit's fee is refunded, and how the fault gets fixed properly, is decided by a person once they have checked that visit's record under our rules; I can't promise it here.",
      );
      // What normally happens to a fault back so soon (a re-repair without a second charge), from the knowledge base.
      const cover = await repairCoverRule(kit, kit.lang);
      if (cover) {
        kit.cite(cover.id);
        kit.say(answerWithSource(cover, kit.lang));
      }
      return { handoff: 'policy_exception' };
    }
    // Damage our own people did: heard in our words and filed for a person, with what they need to know (bot/engine/damage-heard.ts).
    const damage = damageByUs(kit.turn.text);
    if (damage) {
      const filed = await kit.tools.call('createTicket', {
        type: 'complaint',
        symptom: kit.turn.redactedText.slice(0, 500),
        category: kit.facts.category || undefined,
        brand: kit.facts.brand || undefined,
        model: kit.facts.model || undefined,
      });
      if (!filed.ok) return { handoff: 'angry' };
      const ticket = filed.result as CustomerTicketView;
      kit.filed.push(ticket.number);
      const whoPays = MONEY_DEMAND.test(kit.turn.text) || /赔|\bcompensat\w*|\bpay for\b|\breimburs\w*/i.test(kit.turn.text);
      kit.say(damageHeard(damage, kit.lang, ticket.number, promiseTime(ticket.firstResponseDue, kit.lang, undefined, kit.tools.context.now), whoPays));
      return { done: true };
    }
    // "修了三回还不好，该给我换新的吧": the rule on repeated repairs is said, so the customer knows
    // what they are entitled to while a person checks the repair record.
    const sayRepairsRule = async () => {
      const rule = await repeatedRepairRule(kit, kit.lang);
      if (!rule) return;
      kit.cite(rule.id);
      kit.say(answerWithSource(rule, kit.lang));
      kit.say(kit.lang === 'zh' ? '是否符合要看您的维修记录，人工客服会帮您核对。' : 'Whether it applies depends on your repair record; the person will check it with you.');
    };
    if (MONEY_DEMAND.test(kit.turn.text)) {
      // ("fixed twice, still broken, I want a refund": the refund asked for is the rule's own remedy, said first.)
      if (demandsAfterRepairs(kit.turn.text)) await sayRepairsRule();
      kit.say(SOCIAL.noCommitment[kit.lang]);
      return { handoff: 'policy_exception' };
    }
    if (WANTS_REPLACEMENT.test(kit.turn.text)) await sayRepairsRule();
    // "修完没两天又坏了，还要再付钱吗": a paid repair that did not hold is normally re-repaired without a
    // second charge; said from the knowledge base while a person takes the complaint.
    else if (repairDidNotHold(kit.turn.text)) {
      const cover = await repairCoverRule(kit, kit.lang);
      if (cover) {
        kit.cite(cover.id);
        kit.say(answerWithSource(cover, kit.lang));
      }
    }
    // Heated goes to a person now; a calm complaint is filed with a deadline, even an urgent one.
    if (u.sentiment <= -0.5 || u.urgency === 'P1' || (u.urgency === 'P2' && u.sentiment < -0.2)) return { handoff: 'angry' };
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
        ? `非常抱歉给您添了麻烦。投诉已登记，工单号 ${ticket.number}，专人会在 ${promiseTime(ticket.firstResponseDue, kit.lang, undefined, kit.tools.context.now)} 前联系您。`
        : `I'm sorry for the trouble. Your complaint is recorded as ticket ${ticket.number}; a dedicated person will contact you by ${promiseTime(ticket.firstResponseDue, kit.lang, undefined, kit.tools.context.now)}.`,
    );
    return { done: true };
  },
};
