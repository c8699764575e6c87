/**
 * Why a conversation goes to people. Its own file because both the handOff tool
 * (bot/tools/hand-off.ts) and the rule for whether a handoff carries a ticket
 * (bot/tools/handoff-carries.ts) need it; kept in the tool it made an import cycle.
 */
export const HANDOFF_REASONS = ['customer_request', 'angry', 'safety', 'stuck', 'complex', 'policy_exception'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/**
 * How strong a recorded reason is: danger > anger or complaint > anything else the handoff said.
 * A handoff is recorded under the strongest reason present in its conversation (bot/handoff-reason.ts).
 */
const STRENGTH: Record<string, number> = { safety: 3, angry: 2 };
const strength = (reason: string | undefined) => (reason ? (STRENGTH[reason] ?? 1) : 0);

/** The stronger of two recorded reasons (the first when they are as strong). */
export function strongerReason(a: string, b: string | undefined): string {
  return b !== undefined && strength(b) > strength(a) ? b : a;
}
