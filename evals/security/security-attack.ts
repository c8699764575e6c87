/**
 * One attack of the security suite: what it tries, over real HTTP against the real servers, and
 * the violations it found (none: the defence held). Each attack comes from addresses of its own,
 * so limits one attack runs into are not another's.
 */
import type { FakeOpenAIServer } from '../../testing/fake-openai-server';
import type { SecurityServer } from './security-servers';

export type SecurityArea = 'takeover' | 'tokens' | 'spam' | 'model' | 'privacy' | 'grounding' | 'smaller';

export const AREA_TITLES: Record<SecurityArea, string> = {
  takeover: 'ticket takeover',
  tokens: 'session tokens',
  spam: 'ticket and desk spam',
  model: 'huge and hanging model answers',
  privacy: 'personal data to the model, poisoned knowledge',
  grounding: 'misbehaving model replies',
  smaller: 'smaller items',
};

/** A ticket filed on WeChat before any attacker speaks, with a phone and an address (evals/adversarial/victim.ts). */
export interface PlantedVictim {
  number: string;
  ticketId: number;
  /** Another ticket of the same customer: a proof of the first must not show it. */
  otherNumber: string;
}

export interface SecurityWorld {
  offline: SecurityServer;
  llm: SecurityServer & { model: FakeOpenAIServer };
  direct: SecurityServer;
  /** LLM servers with rewording on, with the grounding check and without it (started only for grounding attacks). */
  phrasing?: { checked: SecurityServer & { model: FakeOpenAIServer }; unchecked: SecurityServer & { model: FakeOpenAIServer } };
  /** The victim on the offline server, and one on the LLM server. */
  victim: PlantedVictim;
  llmVictim: PlantedVictim;
  /** A client address no other attack uses. */
  ip(): string;
  /** What one attack leaves for a later one (a locked chat, a proven chat). */
  remember(key: string, value: unknown): void;
  recall<T>(key: string): T | undefined;
}

export interface AttackOutcome {
  /** What was tried, in a line (for the report). */
  tried: string;
  violations: string[];
  /**
   * For attacks a check can be switched off for (the grounding check): whether the attack was a
   * violation with it off, and whether it was expected to be (false when another check also holds it).
   */
  withCheckOff?: { violated: boolean; expected: boolean };
}

export interface SecurityAttack {
  id: string;
  area: SecurityArea;
  title: string;
  run(world: SecurityWorld): Promise<AttackOutcome>;
}

/** Collects violations: `expect(condition, what went wrong)`. */
export function findings(): { expect(ok: boolean, violation: string): void; list: string[] } {
  const list: string[] = [];
  return { list, expect: (ok, violation) => void (ok || list.push(violation)) };
}
