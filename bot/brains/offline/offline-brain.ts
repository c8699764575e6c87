/**
 * The offline brain (the default): a dialogue policy over the tools. It answers from the
 * knowledge base with a citation or asks one clarifying question, never invents an answer,
 * restates a repair request before filing it, and hands off when asked, when stuck twice, or
 * when the turn is P1.
 */
import { z } from 'zod';
import type { Brain, BrainReply, TurnInput } from '../../brain';
import type { KnowledgeHit } from '../../knowledge-search';
import type { Lang } from '../../phrases';
import type { HandoffResult } from '../../tools/hand-off';
import type { CustomerTicketView } from '../../tools/ticket-view';
import type { ToolBox } from '../../tools/tool';
import type { WarrantyAnswer } from '../../warranty-check';
import { carries, readAnswer, saidLast, saysOnly } from '../../understanding/answers';
import { absorb, draftSchema, missing, type Draft, type FormField } from './repair-form';
import { reply } from './replies';

const policySchema = z.object({
  stage: z.enum(['idle', 'awaiting_feedback', 'collecting', 'confirming']).default('idle'),
  draft: draftSchema.default({ skipped: [] }),
  askedFor: z.enum(['category', 'model', 'purchase', 'phone', 'address']).optional(),
  lastCaseId: z.string().optional(),
  /** Turns in a row where nothing matched well enough. */
  misses: z.number().int().default(0),
  warrantyAsked: z.boolean().default(false),
  /** The question a clarification was asked about, searched again with the answer. */
  lastQuery: z.string().optional(),
});
type Policy = z.output<typeof policySchema>;

const MONEY_DEMAND = /(退款|赔偿|赔我|补偿|打款|返现|优惠码|折扣|打[一二三四五六七八九]折|免单|免费换新|refund|compensat|pay me|payout|discount|coupon|promo code|free replacement|reimburse)/i;
const WARRANTY_WORDS = /(保修|三包|过保|在保|质保|warranty|guarantee)/i;
const COMPONENT = /(压缩机|电机|马达|程控器|主板|面板|屏幕|背光|磁控管|加热管|内胆|电池|充电器|耳机|compressor|motor|main ?board|panel|backlight|magnetron|heating element|inner tank|battery|charger|headset)/i;

export class OfflineBrain implements Brain {
  readonly name = 'offline';
  readonly usesHistory = false;

  async reply(turn: TurnInput, tools: ToolBox): Promise<BrainReply> {
    const policy = policySchema.parse(turn.conversation.state.policy ?? {});
    const lang = turn.replyLanguage;
    const u = turn.understanding;
    const out = new Reply(lang);
    policy.draft = absorb(policy.draft, u, turn.text, policy.askedFor);
    // A receipt photo answers "when did you buy it?" (the form invites one); the warranty check
    // still weighs the receipt's own evidence, this only fills the form and its restatement.
    const receiptDate = turn.receipt?.ok ? turn.receipt.fields.purchaseDate?.value : undefined;
    if (receiptDate && !policy.draft.purchaseDate) policy.draft.purchaseDate = receiptDate;
    if (!policy.draft.symptom && (u.intent === 'fault_report' || u.intent === 'repair_request') && turn.text.length > 3) {
      policy.draft.symptom = turn.text.slice(0, 300);
    }

    // Safety and explicit requests for a person come before everything else.
    if (u.safety) {
      await this.handOff(tools, out, 'safety', turn, lang);
      return out.done(this.reset(policy));
    }
    if (u.intent === 'human_request') {
      await this.handOff(tools, out, 'customer_request', turn, lang);
      return out.done(this.reset(policy));
    }
    if (MONEY_DEMAND.test(turn.text) && u.intent !== 'ticket_status') {
      out.say(reply.noCommitment(lang));
      if (u.intent === 'complaint' || u.urgency === 'P1' || u.sentiment <= -0.5) {
        await this.handOff(tools, out, 'policy_exception', turn, lang);
        return out.done(policy);
      }
      // A real fault inside the demand still gets its answer.
      if (u.slots.errorCode || u.intent === 'fault_report') return this.answerFault(turn, tools, out, policy, lang);
      return out.done(policy);
    }
    if (u.intent === 'complaint') {
      await this.complaint(turn, tools, out, lang);
      return out.done(this.reset(policy));
    }
    if (u.urgency === 'P1') {
      await this.handOff(tools, out, 'angry', turn, lang);
      return out.done(this.reset(policy));
    }

    // Then whatever the conversation was waiting for.
    const answer = readAnswer(turn.text);
    // "不用了", "算了", "never mind": the form stops instead of asking the same question again.
    if ((policy.stage === 'confirming' || policy.stage === 'collecting') && saidLast(answer, 'cancel', 'affirm') === 'cancel') {
      out.say(reply.cancelled(lang));
      return out.done(this.reset(policy));
    }
    if (policy.stage === 'confirming') {
      // A plain yes files; "对，地址改成…" is a correction and is restated first.
      if (saysOnly(answer, 'affirm', 'thanks')) {
        await this.file(turn, tools, out, policy, lang);
        return out.done(this.reset(policy));
      }
      if (carries(answer, 'deny') && !Object.values(u.slots).some(Boolean)) {
        out.say(lang === 'zh' ? '好的，请告诉我需要修改哪一项。' : 'Sure, tell me what to change.');
        return out.done(policy);
      }
      // A correction: restate again with it.
      return this.continueForm(turn, out, policy, lang);
    }
    // While filling the form, a bare answer ("13800138000", "去年6月买的") often reads as no intent at all.
    const gaveDetails = Object.values(u.slots).some(Boolean) || policy.askedFor !== undefined;
    if (policy.stage === 'collecting' && (gaveDetails || !['ticket_status', 'thanks_bye'].includes(u.intent))) {
      return this.continueForm(turn, out, policy, lang);
    }
    if (policy.stage === 'awaiting_feedback') {
      if (carries(answer, 'fixed') || (carries(answer, 'affirm') && !carries(answer, 'notFixed'))) {
        out.say(reply.glad(lang));
        return out.done(this.reset(policy));
      }
      if (carries(answer, 'notFixed', 'deny')) {
        out.say(reply.startRepair(lang));
        policy.stage = 'collecting';
        return this.continueForm(turn, out, policy, lang);
      }
    }

    // The answer to a clarifying question rarely reads as a fault on its own ("就是不好用了", "the white one").
    const greetsOnly = saysOnly(answer, 'greeting');
    if (policy.misses > 0 && ['out_of_scope', 'consultation', 'fault_report'].includes(u.intent) && !greetsOnly) {
      return this.answerFault(turn, tools, out, policy, lang);
    }
    if (WARRANTY_WORDS.test(turn.text) && (u.slots.purchaseDate || turn.receipt) && u.intent !== 'repair_request') {
      await this.warranty(turn, tools, out, policy, lang);
      if (policy.warrantyAsked) return out.done(policy);
    }
    if (greetsOnly) {
      out.say(reply.greeting(lang));
      return out.done(policy);
    }
    switch (u.intent) {
      case 'ticket_status':
        await this.status(turn, tools, out, lang);
        // "The fridge stopped cooling; also, where is my last ticket?" answers both.
        if (u.secondaryIntents.some((i) => i === 'fault_report' || i === 'repair_request')) {
          return this.answerFault(turn, tools, out, policy, lang, true);
        }
        return out.done(policy);
      case 'thanks_bye':
        out.say(reply.goodbye(lang));
        return out.done(this.reset(policy));
      case 'out_of_scope':
        out.say(reply.outOfScope(lang));
        return out.done(policy);
      case 'repair_request':
        if (WARRANTY_WORDS.test(turn.text) || turn.receipt) await this.warranty(turn, tools, out, policy, lang);
        if (out.handedOff) return out.done(policy);
        policy.stage = 'collecting';
        return this.continueForm(turn, out, policy, lang);
      default:
        if (turn.receipt && !u.slots.errorCode) {
          await this.warranty(turn, tools, out, policy, lang);
          return out.done(policy);
        }
        return this.answerFault(turn, tools, out, policy, lang);
    }
  }

  private async answerFault(turn: TurnInput, tools: ToolBox, out: Reply, policy: Policy, lang: Lang, statusDone = false): Promise<BrainReply> {
    const u = turn.understanding;
    const draft = policy.draft;
    const query = policy.misses > 0 && policy.lastQuery ? `${policy.lastQuery} ${turn.redactedText}` : turn.redactedText;
    const hits = await this.search(tools, query, draft);
    const best = hits.find((h) => h.confident);
    if (best) {
      policy.misses = 0;
      policy.lastQuery = undefined;
      policy.lastCaseId = best.id;
      out.cite(best.id);
      if (best.answer && best.kind !== 'fault') {
        out.say(reply.approved(best, lang));
        if (!statusDone && u.secondaryIntents.includes('ticket_status')) await this.status(turn, tools, out, lang);
        return out.done(policy);
      }
      if (best.engineerVisit || !(best.steps?.length)) {
        out.say(reply.needsEngineer(best, lang));
        policy.stage = 'collecting';
        draft.category ??= best.category;
        return this.continueForm(turn, out, policy, lang);
      }
      draft.category ??= best.category;
      out.say(reply.steps(best, lang));
      out.quick(lang === 'zh' ? ['解决了', '还是不行'] : ['Fixed', 'Still not working']);
      policy.stage = 'awaiting_feedback';
      if (!statusDone && u.secondaryIntents.includes('ticket_status')) await this.status(turn, tools, out, lang);
      return out.done(policy);
    }
    policy.misses += 1;
    policy.lastQuery = query.slice(-300);
    if (policy.misses >= 2) {
      await this.handOff(tools, out, 'stuck', turn, lang);
      return out.done(this.reset(policy));
    }
    // One clarifying question, for the most useful thing we do not know yet.
    out.say(reply.clarify(!draft.category ? 'category' : !draft.model ? 'model' : !draft.errorCode ? 'errorCode' : 'symptom', lang));
    return out.done(policy);
  }

  private async continueForm(turn: TurnInput, out: Reply, policy: Policy, lang: Lang): Promise<BrainReply> {
    policy.stage = 'collecting';
    const next = missing(policy.draft);
    if (next) {
      if (next === 'purchase' && turn.attachments.some((a) => a.kind === 'image')) {
        out.say(lang === 'zh' ? '抱歉，这张图片没能识别出购买日期。' : "Sorry, I couldn't read a purchase date from that picture.");
      }
      policy.askedFor = next;
      out.say(reply.ask(next, lang));
      return out.done(policy);
    }
    policy.draft.symptom ??= turn.text.slice(0, 300);
    policy.stage = 'confirming';
    policy.askedFor = undefined;
    // 关键信息二次确认: the customer sees exactly what will be filed.
    out.say(reply.confirm(policy.draft, lang));
    out.quick(lang === 'zh' ? ['是', '修改'] : ['Yes', 'Change something']);
    return out.done(policy);
  }

  private async file(turn: TurnInput, tools: ToolBox, out: Reply, policy: Policy, lang: Lang): Promise<void> {
    const d = policy.draft;
    let warrantyStatus: 'in_warranty' | 'expired' | 'unknown' | 'unverified' = 'unknown';
    if (d.category && (d.purchaseDate || turn.receipt?.fields.purchaseDate)) {
      const check = await tools.call('verifyWarranty', { category: d.category, brand: d.brand, purchaseDate: d.purchaseDate });
      if (check.ok) {
        const answer = check.result as WarrantyAnswer;
        warrantyStatus = answer.status === 'cannot_tell' ? 'unknown' : !answer.verified && answer.status === 'in_warranty' ? 'unverified' : answer.status;
        if (!policy.warrantyAsked) out.say(reply.warranty(answer, lang));
      }
    }
    const created = await tools.call('createTicket', {
      type: 'repair_request',
      symptom: d.symptom ?? turn.text.slice(0, 300),
      category: d.category,
      brand: d.brand,
      model: d.model,
      serial: d.serial,
      errorCode: d.errorCode,
      purchaseDate: d.purchaseDate,
      warrantyStatus,
      phone: d.phone,
      address: d.address,
    });
    if (created.ok) out.say(reply.filed(created.result as CustomerTicketView, lang));
    else await this.handOff(tools, out, 'stuck', turn, lang);
  }

  private async warranty(turn: TurnInput, tools: ToolBox, out: Reply, policy: Policy, lang: Lang): Promise<void> {
    const d = policy.draft;
    if (!d.category) {
      policy.askedFor = 'category';
      out.say(reply.ask('category', lang));
      return;
    }
    if (!d.purchaseDate && !turn.receipt?.fields.purchaseDate) {
      if (turn.receipt && !turn.receipt.ok) {
        out.say(lang === 'zh' ? '抱歉，这张图片没能识别出购买日期。' : "Sorry, I couldn't read a purchase date from that picture.");
      }
      out.say(reply.ask('purchase', lang));
      policy.askedFor = 'purchase';
      return;
    }
    const component = COMPONENT.exec(turn.text)?.[0];
    let check = await tools.call('verifyWarranty', { category: d.category, brand: d.brand, purchaseDate: d.purchaseDate, component });
    // A part the rules do not list for this product is judged as the whole unit.
    if (!check.ok && component) check = await tools.call('verifyWarranty', { category: d.category, brand: d.brand, purchaseDate: d.purchaseDate });
    if (check.ok) {
      policy.warrantyAsked = true;
      out.say(reply.warranty(check.result as WarrantyAnswer, lang));
    }
  }

  private async complaint(turn: TurnInput, tools: ToolBox, out: Reply, lang: Lang): Promise<void> {
    const u = turn.understanding;
    // Heated complaints go to a person straight away; calmer ones get a ticket and a deadline.
    if (u.sentiment <= -0.6 || u.urgency === 'P1' || u.urgency === 'P2') {
      await this.handOff(tools, out, 'angry', turn, lang);
      return;
    }
    const created = await tools.call('createTicket', {
      type: 'complaint',
      symptom: turn.redactedText.slice(0, 500),
      category: u.slots.category,
      brand: u.slots.brand,
      model: u.slots.model,
    });
    if (created.ok) out.say(reply.complaintFiled(created.result as CustomerTicketView, lang));
  }

  private async status(turn: TurnInput, tools: ToolBox, out: Reply, lang: Lang): Promise<void> {
    const { ticketNumber, phone } = turn.understanding.slots;
    const result = await tools.call('ticketStatus', { ticketNumber, phone });
    const found = result.ok ? (result.result as { found: boolean; tickets: CustomerTicketView[]; needsTicketNumber?: boolean }) : { found: false, tickets: [] };
    out.say(found.found ? reply.status(found.tickets, lang) : 'needsTicketNumber' in found && found.needsTicketNumber ? reply.proveTicket(lang) : ticketNumber ? reply.noTicket(lang) : reply.noTickets(lang));
  }

  private async handOff(tools: ToolBox, out: Reply, reason: HandoffResult['reason'], turn: TurnInput, lang: Lang): Promise<void> {
    const summary = [turn.understanding.slots.category, turn.understanding.slots.model, turn.redactedText].filter(Boolean).join(' | ').slice(0, 900);
    const result = await tools.call('handOff', { reason, summary });
    out.handedOff = result.ok;
    if (result.ok && reason !== 'safety' && reason !== 'policy_exception') out.say(reply.handingOver(reason, lang));
    if (reason === 'safety') {
      out.say(lang === 'zh' ? '在工程师确认安全之前，请不要再使用这台设备。' : 'Please do not use the appliance until an engineer has checked it.');
    } else if (!result.ok) {
      out.say(say503(lang));
    }
  }

  private async search(tools: ToolBox, query: string, draft: Draft): Promise<KnowledgeHit[]> {
    const result = await tools.call('searchKnowledge', { query: query.slice(0, 500), category: draft.category, brand: draft.brand, model: draft.model });
    return result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  }

  private reset(policy: Policy): Policy {
    return policySchema.parse({ lastCaseId: policy.lastCaseId });
  }
}

function say503(lang: Lang): string {
  return lang === 'zh' ? '转接人工时遇到问题，请稍后再试或拨打服务热线。' : 'I could not reach a human agent just now; please try again shortly or call our hotline.';
}

/** Collects the parts of one reply. */
class Reply {
  private readonly parts: string[] = [];
  private readonly citations: string[] = [];
  private quickReplies?: string[];
  handedOff = false;
  constructor(readonly lang: Lang) {}
  say(text: string): void {
    this.parts.push(text);
  }
  cite(id: string): void {
    this.citations.push(id);
  }
  quick(options: string[]): void {
    this.quickReplies = options;
  }
  done(policy: Policy): BrainReply {
    return { text: this.parts.join('\n') || reply.greeting(this.lang), policy: policy as unknown as Record<string, unknown>, citations: this.citations, quickReplies: this.quickReplies };
  }
}

export type { FormField };
