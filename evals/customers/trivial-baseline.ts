/**
 * The trivial agent the pass rate is read against: it hands every customer to a person at once
 * and says nothing, files nothing. Scored by the same checker in the same run, it shows how much
 * of the pass rate a desk earns just by never trying (every customer whose expectation is a
 * handoff with nothing to mention).
 */
import type { ScriptedCustomer } from './customer-dataset';
import type { CustomerRun } from './customer-run';

export function handOffAtOnce(customer: ScriptedCustomer): CustomerRun {
  return { turns: customer.turns.map((text) => ({ customer: text, status: 200, replies: [], mode: 'handoff_requested', ms: 0 })), errors: [] };
}
