import { describe, expect, it } from 'vitest';
import { initialState, type ConversationState } from '../../bot/conversation';
import { rebaseState } from '../../bot/state-rebase';

const state = (patch: Partial<ConversationState>): ConversationState => ({ ...initialState(), ...patch });

describe('rebasing a turn onto a state another turn committed meanwhile', () => {
  const base = state({ turns: 3, language: 'zh', agent: 'web-desk:li', mode: 'agent', policy: { step: 'ask_model', asked: 1 } });

  it('keeps what the other turn changed and applies what this turn changed', () => {
    const other = { ...base, turns: 4, ticketNumber: 'T20261124-0001', policy: { ...base.policy, asked: 2 } };
    const mine = { ...base, turns: 4, language: 'en' as const, policy: { ...base.policy, step: 'diagnose' } };
    expect(rebaseState(base, mine, other)).toEqual({ ...base, turns: 5, ticketNumber: 'T20261124-0001', language: 'en', policy: { step: 'diagnose', asked: 2 } });
  });

  it('lets the first commit keep a field both changed, adds both turns and keeps the more urgent peak', () => {
    const other = { ...base, turns: 4, mode: 'bot' as const, agent: undefined, peakUrgency: 'P3' as const };
    const mine = { ...base, turns: 4, mode: 'handoff_requested' as const, peakUrgency: 'P1' as const };
    const next = rebaseState(base, mine, other);
    expect(next).toMatchObject({ mode: 'bot', turns: 5, peakUrgency: 'P1' });
    expect(next.agent).toBeUndefined();
  });

  it('removes a field this turn cleared, and is the turn’s own state when nothing happened in between', () => {
    const mine = { ...base, turns: 4, mode: 'bot' as const, agent: undefined };
    const next = rebaseState(base, mine, { ...base, policy: { asked: 1, step: 'ask_model' } }); // same state, keys reordered
    expect(next).toEqual({ ...mine, agent: undefined });
    expect('agent' in next).toBe(false);
  });
});
