/**
 * Why a conversation goes to people. Its own file because both the handOff tool
 * (bot/tools/hand-off.ts) and the rule for whether a handoff carries a ticket
 * (bot/tools/handoff-carries.ts) need it; kept in the tool it made an import cycle.
 */
export const HANDOFF_REASONS = ['customer_request', 'angry', 'safety', 'stuck', 'complex', 'policy_exception'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];
