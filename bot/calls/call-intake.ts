/**
 * Files a finished phone call: finds the customer by phone number (the same record WeChat and
 * the web chat use), analyses the call, and creates a ticket or continues the customer's open
 * one with the call attached as a note. The same call filed twice changes nothing the second
 * time; the CLI and the call-centre webhook both come through here.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../../kernel/clock';
import { ValidationError } from '../../kernel/errors';
import type { Customer, CustomerDirectory } from '../../tickets/customer-directory';
import { OPEN_STATUSES } from '../../tickets/lifecycle';
import type { Priority, Ticket, TicketPatch } from '../../tickets/ticket';
import { dayKey } from '../../tickets/ticket-number';
import type { TicketStore } from '../../tickets/ticket-store';
import type { TicketSummary } from '../messages';
import { analyzeCall, callerIdentity, type CallAnalysis } from './call-analysis';
import type { CallLog, CallRecord, NewCallRecord, TicketAction } from './call-log';
import { callTranscriptSchema, type CallTranscript, type CallTranscriptInput } from './call-transcript';

export interface CallIntakeDeps {
  customers: CustomerDirectory;
  tickets: TicketStore;
  calls: CallLog;
  clock: Clock;
  /** For the call's local date (seasons, "yesterday") and the times written in notes. */
  timeZone: string;
  forbiddenPhrases?: string[];
}

export interface CallOutcome {
  callId: string;
  /** Filed before with the same content: nothing changed this time. */
  duplicate: boolean;
  customerId: number;
  ticket?: TicketSummary & { action: TicketAction };
  analysis: CallAnalysis;
}

const ACTOR = 'voice';
const TIERS: Priority[] = ['P1', 'P2', 'P3', 'P4'];
const RECENT_MS = 30 * 86_400_000;

export class CallIntake {
  constructor(private readonly deps: CallIntakeDeps) {}

  async file(raw: CallTranscriptInput): Promise<CallOutcome> {
    const parsed = callTranscriptSchema.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'call'}: ${i.message}`).join('; ');
      throw new ValidationError('invalid_call', `Invalid call transcript / 通话记录无效: ${detail}`, parsed.error);
    }
    const call = parsed.data;
    const { record, duplicate } = await this.deps.calls.fileOnce(call.callId, contentHash(call), () => this.fileNew(call));
    return this.outcome(record, duplicate);
  }

  /** What was filed for a call id, as `file` reported it. */
  async find(callId: string): Promise<CallOutcome | undefined> {
    const record = await this.deps.calls.get(callId);
    return record ? this.outcome(record, true) : undefined;
  }

  private async fileNew(call: CallTranscript): Promise<NewCallRecord> {
    const { tickets } = this.deps;
    const customer = await this.customerOf(call);
    const open = await tickets.list({ customerId: customer.id, status: [...OPEN_STATUSES], limit: 20 });
    const startedAt = new Date(call.startedAt);
    const recent = open.filter((t) => startedAt.getTime() - Date.parse(t.createdAt) <= RECENT_MS).length;
    const analysis = analyzeCall(call, { today: dayKey(startedAt, this.deps.timeZone), priorContacts: recent, forbiddenPhrases: this.deps.forbiddenPhrases });

    const existing = pickOpenTicket(open, analysis);
    let ticket: Ticket;
    let action: TicketAction;
    if (existing) {
      ticket = await tickets.update(existing.id, patchFor(existing, analysis), ACTOR);
      if (ticket.status === 'waiting_customer') ticket = await tickets.changeStatus(ticket.id, 'in_progress', ACTOR, `customer called (${call.callId})`);
      action = 'updated';
    } else {
      const created = await tickets.create(
        {
          customerId: customer.id,
          channel: 'voice',
          type: analysis.ticketType,
          priority: analysis.urgency.priority,
          symptom: analysis.symptom,
          category: analysis.slots.category,
          brand: analysis.slots.brand,
          model: analysis.slots.model?.slice(0, 80),
          serial: analysis.slots.serial?.slice(0, 80),
          errorCode: analysis.slots.errorCode?.slice(0, 20),
          sentiment: clamp(analysis.sentiment),
          intent: analysis.intent,
          contactPhone: analysis.contactPhone,
          address: analysis.slots.address?.slice(0, 300),
        },
        { actor: ACTOR, idempotencyKey: `call:${call.callId}` },
      );
      ticket = created.ticket;
      action = 'created';
    }
    await tickets.addNote(ticket.id, ACTOR, this.note(call, analysis));
    return {
      customerId: customer.id,
      ticketNumber: ticket.number,
      ticketAction: action,
      startedAt: call.startedAt,
      callerNumber: call.callerNumber,
      analysis,
      transcript: call,
    };
  }

  /** The caller's number is their identity on the phone; a mobile links them to their other channels. */
  private async customerOf(call: CallTranscript): Promise<Customer> {
    const { customers } = this.deps;
    const identity = callerIdentity(call);
    const callerDigits = call.callerNumber?.replace(/[^\d+]/g, '');
    const externalId = callerDigits || identity.customerPhone || `call:${call.callId}`;
    const customer = await customers.resolve({ channel: 'voice', externalId });
    // Caller ID proves the number, so records holding it are the same person; a number read out is a claim.
    return identity.customerPhone ? customers.attachPhone(customer.id, identity.customerPhone, ACTOR, { verified: identity.phoneSource === 'caller_id' }) : customer;
  }

  private note(call: CallTranscript, a: CallAnalysis): string {
    const zh = a.language === 'zh';
    const at = new Date(call.startedAt).toLocaleString(zh ? 'zh-CN' : 'en-GB', { timeZone: this.deps.timeZone, dateStyle: 'short', timeStyle: 'short' });
    const quality = a.quality.applicable
      ? zh
        ? `质检：${a.quality.checks.length - a.quality.failed.length}/${a.quality.checks.length} 项通过${a.quality.failed.length ? `（未通过：${a.quality.failed.join('、')}）` : ''}`
        : `Quality: ${a.quality.checks.length - a.quality.failed.length}/${a.quality.checks.length} checks passed${a.quality.failed.length ? ` (failed: ${a.quality.failed.join(', ')})` : ''}`
      : '';
    const head = zh ? `电话 ${call.callId}（${at}，${call.turns.length} 轮）` : `Phone call ${call.callId} (${at}, ${call.turns.length} turns)`;
    return [`${head}: ${a.summary}`, quality].filter(Boolean).join('\n').slice(0, 4000);
  }

  private async outcome(record: CallRecord, duplicate: boolean): Promise<CallOutcome> {
    const ticket = record.ticketNumber ? await this.deps.tickets.find(record.ticketNumber) : undefined;
    return {
      callId: record.callId,
      duplicate,
      customerId: record.customerId,
      ticket: ticket && {
        number: ticket.number,
        priority: ticket.priority,
        status: ticket.status,
        firstResponseDue: ticket.firstResponseDue,
        resolutionDue: ticket.resolutionDue,
        action: record.ticketAction ?? 'created',
      },
      analysis: record.analysis,
    };
  }
}

/**
 * The open ticket a call continues: the newest one about the same model or error code, else about
 * the same kind of product, else (when the call or the ticket names no product) the newest. A call
 * about the washing machine does not continue the air conditioner's ticket.
 */
function pickOpenTicket(open: Ticket[], a: CallAnalysis): Ticket | undefined {
  const newestFirst = [...open].sort((x, y) => y.createdAt.localeCompare(x.createdAt) || y.id - x.id);
  const exact = newestFirst.find(
    (t) => (a.slots.model && t.model === a.slots.model) || (a.slots.errorCode && t.errorCode === a.slots.errorCode && (!a.slots.category || t.category === a.slots.category)),
  );
  const sameProduct = newestFirst.find((t) => a.slots.category && t.category === a.slots.category);
  const unnamed = newestFirst.find((t) => !a.slots.category || !t.category);
  return exact ?? sameProduct ?? unnamed;
}

/** What a call adds to an open ticket: a more urgent tier, a lower mood, and details it lacked. Nothing known is overwritten. */
function patchFor(ticket: Ticket, a: CallAnalysis): TicketPatch {
  const patch: TicketPatch = {};
  if (TIERS.indexOf(a.urgency.priority) < TIERS.indexOf(ticket.priority)) patch.priority = a.urgency.priority;
  if (ticket.sentiment === undefined || a.sentiment < ticket.sentiment) patch.sentiment = clamp(a.sentiment);
  if (!ticket.category && a.slots.category) patch.category = a.slots.category;
  if (!ticket.brand && a.slots.brand) patch.brand = a.slots.brand;
  if (!ticket.model && a.slots.model) patch.model = a.slots.model.slice(0, 80);
  if (!ticket.errorCode && a.slots.errorCode) patch.errorCode = a.slots.errorCode.slice(0, 20);
  if (!ticket.contactPhone && a.contactPhone) patch.contactPhone = a.contactPhone;
  if (!ticket.address && a.slots.address) patch.address = a.slots.address.slice(0, 300);
  return patch;
}

function clamp(score: number): number {
  return Math.max(-1, Math.min(1, score));
}

/** The call's content, without where it was read from: the same call from a file or a POST hashes alike. */
export function contentHash(call: CallTranscript): string {
  const canonical = {
    callId: call.callId,
    callerNumber: call.callerNumber ?? null,
    startedAt: new Date(call.startedAt).toISOString(),
    turns: call.turns.map((t) => [t.speaker, t.text, t.startMs ?? null, t.endMs ?? null]),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
