/**
 * One customer judged: the expectation failures (which decide pass/fail) and the conversation
 * problems (counted, not deciding), and the transcript the report draws.
 */
import type { Transcript } from '../suite';
import { conversationProblems } from './conversation-detectors';
import type { ScriptedCustomer } from './customer-dataset';
import type { CustomerRun } from './customer-run';
import { checkExpectations } from './expectation-check';
import type { Failure } from './failure-kinds';

export interface CustomerVerdict {
  customer: ScriptedCustomer;
  run: CustomerRun;
  passed: boolean;
  /** Expectation failures and transport errors: any one fails the customer. */
  failures: Failure[];
  /** No reply, repeated reply, third ask: counted and shown only. */
  problems: Failure[];
}

export function judgeCustomer(customer: ScriptedCustomer, run: CustomerRun): CustomerVerdict {
  const failures = checkExpectations(customer, run);
  return { customer, run, passed: failures.length === 0, failures, problems: conversationProblems(run) };
}

export function transcriptOf(v: CustomerVerdict): Transcript {
  return {
    id: v.customer.id,
    lang: v.customer.lang,
    passed: v.passed,
    problems: [...v.failures, ...v.problems].map((f) => f.detail),
    persona: v.customer.persona,
    turns: v.run.turns.map((t) => ({ customer: t.customer, replies: t.replies, mode: t.mode, ticket: t.ticket?.number })),
  };
}
