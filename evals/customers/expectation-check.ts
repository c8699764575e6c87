/**
 * Checks a customer's `expect` against what the web chat did, rule for rule as
 * ../shared/tools/replay-customers.mjs does: handoff state at the end, whether a ticket was filed,
 * the first ticket's priority, each must_mention somewhere in all replies taken together, no
 * single reply matching a must_not (regexes case-insensitive), and transport errors fail too.
 */
import type { ScriptedCustomer } from './customer-dataset';
import { allReplies, handedOff, ticketsOf, type CustomerRun } from './customer-run';
import type { Failure } from './failure-kinds';

const excerpt = (text: string) => text.slice(0, 80).replace(/\n/g, ' ');

export function checkExpectations(customer: ScriptedCustomer, run: CustomerRun): Failure[] {
  const e = customer.expect;
  const replies = allReplies(run);
  const tickets = ticketsOf(run);
  const handoff = handedOff(run);
  const failures: Failure[] = [];
  if (typeof e.handoff === 'boolean' && e.handoff !== handoff) {
    failures.push({ kind: 'wrong_handoff', detail: handoff ? 'handed to a person; the bot should have finished the conversation' : 'never handed to a person; a handoff was expected' });
  }
  if (typeof e.ticket === 'boolean' && e.ticket !== tickets.length > 0) {
    failures.push(
      e.ticket
        ? { kind: 'missing_ticket', detail: 'no ticket filed; one was expected' }
        : { kind: 'unwanted_ticket', detail: `filed ${tickets.map((t) => t.number).join(', ')}; no ticket was expected` },
    );
  }
  if (e.priority) {
    const first = tickets[0];
    if (!first) failures.push({ kind: 'wrong_priority', detail: `no ticket to carry priority ${e.priority}` });
    else if (first.priority !== e.priority) failures.push({ kind: 'wrong_priority', detail: `first ticket ${first.number} has priority ${first.priority ?? '(none)'}; ${e.priority} was expected` });
  }
  const together = replies.join('\n');
  for (const pattern of e.must_mention) {
    if (!new RegExp(pattern, 'i').test(together)) failures.push({ kind: 'missing_fact', pattern, detail: `never said /${pattern}/` });
  }
  for (const pattern of e.must_not) {
    const bad = replies.find((r) => new RegExp(pattern, 'i').test(r));
    if (bad !== undefined) failures.push({ kind: 'forbidden_reply', pattern, detail: `said /${pattern}/: "${excerpt(bad)}"` });
  }
  for (const error of run.errors) failures.push({ kind: 'transport_error', detail: error });
  return failures;
}
