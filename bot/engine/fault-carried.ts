/**
 * The fault told at the start is the repair's problem. A customer describes the fault, gets the
 * steps, asks about the warranty or the cost (a side job on top of the troubleshooting), and then
 * says "ok, fix it": the repair form starts from that side job, not from the troubleshooting, so
 * without this it would ask "what is the problem?" of someone who said it in their first line.
 * The open troubleshooting of the same product hands its fault to the repair and closes (the
 * repair is what it was leading to; its "did that help?" is answered by the booking). A repair
 * form already begun below the side question ("still not working" came first) is the same job:
 * the new one takes all it had, so it is not asked for twice.
 */
import type { EngineState, Frame } from './engine-state';

/** What a troubleshooting knows of the fault, taken over by the repair that follows it. */
const FAULT_FACTS = ['symptom', 'errorCode', 'category', 'brand', 'model'] as const;
const REPAIR_FACTS = [...FAULT_FACTS, 'purchaseDate'] as const;

/**
 * Jobs whose problem is the fault the customer told: troubleshooting, and a warranty question that
 * described the fault ("TV has a line down the screen, still under warranty?"). The repair booked
 * after the verdict takes it, with the date the verdict was worked out from, and the question
 * closes (the repair checks the warranty again when it files).
 */
const TOLD_THE_FAULT = new Set(['fault', 'warranty']);

/** Jobs that file a visit for a fault and ask for the problem when they lack it. */
const NEEDS_THE_FAULT = new Set(['repair']);

export function takeOpenFault(state: EngineState, job: Frame): void {
  if (!NEEDS_THE_FAULT.has(job.flow) || job.facts.symptom) return;
  const fault = [...state.stack].reverse().find((f) => f !== job && (TOLD_THE_FAULT.has(f.flow) || sameJob(f, job)) && f.facts.symptom && !f.symptomDenied && sameProduct(f, job));
  if (!fault) return;
  for (const slot of fault.flow === 'fault' ? FAULT_FACTS : REPAIR_FACTS) if (fault.facts[slot] && !job.facts[slot]) job.facts[slot] = fault.facts[slot];
  job.caseId ??= fault.caseId;
  job.caseTitle ??= fault.caseTitle;
  // (What the customer said they cannot give, "不知道型号", stays unasked in the repair too.)
  job.skipped = [...new Set([...job.skipped, ...fault.skipped])];
  state.stack = state.stack.filter((f) => f !== fault);
}

/** A repair form of the same kind not yet filed (a return registered is another job). */
function sameJob(open: Frame, job: Frame): boolean {
  return open.flow === job.flow && open.ticketType === job.ticketType && open.stage !== 'offer';
}

/** Another product named for the repair ("不是空调，是冰箱要修") is another problem: its fault is not this one. */
function sameProduct(fault: Frame, job: Frame): boolean {
  const a = fault.facts.category;
  const b = job.facts.category;
  return !a || !b || a === b;
}
