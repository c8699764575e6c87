/**
 * Plays one scenario of scenarios.ts through the whole offline assistant and lists every
 * expectation it missed (an empty list is a pass), so a failing test says what went wrong.
 */
import type { TurnResult } from '../../bot/pipeline';
import type { Ticket } from '../../tickets/ticket';
import type { World } from '../../testing/world';
import type { Scenario } from './scenarios';

function hitIds(result: TurnResult): string[] {
  return result.actions.filter((a) => a.name === 'searchKnowledge' && a.outcome.ok).flatMap((a) => ((a.outcome as { result: { hits?: { id: string }[] } }).result.hits ?? []).map((h) => h.id));
}

function ticketFailures(expected: NonNullable<Scenario['expect']['ticket']>, tickets: Ticket[]): string[] {
  if (tickets.length === 0) return ['no ticket filed'];
  const ticket = tickets[tickets.length - 1]!;
  const failures: string[] = [];
  for (const [field, want] of Object.entries(expected)) {
    const got = (ticket as unknown as Record<string, unknown>)[field];
    const ok = Array.isArray(want) ? want.includes(got) : got === want;
    if (!ok) failures.push(`ticket.${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return failures;
}

export async function scenarioFailures(world: World, scenario: Scenario): Promise<string[]> {
  const customer = world.customer(`scenario-${scenario.id}`, scenario.channel ?? 'web');
  const texts: string[] = [];
  const tools = new Set<string>();
  let cited = false;
  let handedOff = false;
  for (const text of scenario.turns) {
    const said = await customer.say(text);
    texts.push(said.text);
    said.tools.forEach((t) => tools.add(t));
    // A cited answer names its source in words (依据：… / Source: …), never the case id.
    if (hitIds(said).length && /（依据：[^）]+）|\((?:Source: [^)]+|Based on our service experience)\)/.test(said.text) && !hitIds(said).some((id) => said.text.includes(id))) cited = true;
    if (said.mode !== 'bot') handedOff = true;
  }
  const e = scenario.expect;
  const failures: string[] = [];
  if (e.handoff !== undefined && handedOff !== e.handoff) failures.push(`handoff: want ${e.handoff}, got ${handedOff}`);
  const tickets = await customer.tickets();
  if (e.ticket === null && tickets.length) failures.push(`ticket: want none, got ${tickets.map((t) => `${t.number} (${t.type})`).join(', ')}`);
  if (e.ticket) failures.push(...ticketFailures(e.ticket, tickets));
  if (e.citation !== undefined && cited !== e.citation) failures.push(`citation: want ${e.citation}, got ${cited}`);
  const all = texts.join('\n');
  for (const pattern of e.says ?? []) if (!new RegExp(pattern, 'im').test(all)) failures.push(`never said /${pattern}/`);
  for (const pattern of e.neverSays ?? []) if (new RegExp(pattern, 'im').test(all)) failures.push(`said /${pattern}/`);
  for (const tool of e.tools ?? []) if (!tools.has(tool)) failures.push(`tool ${tool} not called`);
  return failures;
}
