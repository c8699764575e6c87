/**
 * The security suite's mechanics, on a few of its attacks (the whole suite runs in CI through
 * `aftersales eval --suites security`, see .ci/run): attacks run over HTTP against the real
 * servers, a held attack reports no violation, an attack that finds one fails the gate and says
 * which, and an attack that crashes counts as a violation rather than a pass.
 */
import { describe, expect, it } from 'vitest';
import { PRIVACY_ATTACKS } from '../../evals/security/privacy-attacks';
import type { SecurityAttack } from '../../evals/security/security-attack';
import { GROUNDING_ATTACKS, groundingAttack } from '../../evals/security/grounding-attacks';
import { adding } from '../../evals/security/misbehaving-reply';
import { SMALL_ITEM_ATTACKS } from '../../evals/security/small-item-attacks';
import { SECURITY_ATTACKS, securitySuite } from '../../evals/security/suite';
import { noProgress, SUITE_NAMES } from '../../evals/suite';

const pick = (...ids: string[]) => SMALL_ITEM_ATTACKS.filter((a) => ids.includes(a.id));

describe('security suite', () => {
  it('is registered and covers every area of issue 18', () => {
    expect(SUITE_NAMES).toContain('security');
    expect(new Set(SECURITY_ATTACKS.map((a) => a.area))).toEqual(new Set(['takeover', 'tokens', 'spam', 'model', 'privacy', 'grounding', 'smaller']));
    // The 46 kinds of misbehaving replies, and more of our own.
    expect(SECURITY_ATTACKS.filter((a) => a.id.endsWith('-issue'))).toHaveLength(46);
    expect(SECURITY_ATTACKS.filter((a) => a.id.endsWith('-own')).length).toBeGreaterThanOrEqual(30);
    expect(new Set(SECURITY_ATTACKS.map((a) => a.id)).size).toBe(SECURITY_ATTACKS.length);
  });

  it('reports attacks tried and violations, and fails its gate on any violation', async () => {
    const broken: SecurityAttack = {
      id: 'Z1-planted-violation',
      area: 'smaller',
      title: 'an attack that always finds something',
      run: async () => ({ tried: 'nothing', violations: ['found on purpose'] }),
    };
    const crashing: SecurityAttack = {
      id: 'Z2-crash',
      area: 'smaller',
      title: 'an attack that throws',
      run: async () => {
        throw new Error('boom');
      },
    };
    const result = await securitySuite({ datasetsDir: '', llm: false, progress: noProgress, attacks: [...pick('X2-reused-message-id', 'X7-dns-rebinding'), broken, crashing] });
    const value = (key: string) => result.metrics.find((m) => m.key === key)?.value;
    expect(value('attacks')).toBe(4);
    expect(value('violations')).toBe(2);
    expect(result.gates).toEqual([{ label: 'no violations', passed: false, detail: expect.stringContaining('Z1-planted-violation: found on purpose') }]);
    expect(result.gates![0]!.detail).toContain('Z2-crash: failed: boom');
    expect(result.details?.filter((d) => d.startsWith('✓'))).toHaveLength(2);
  }, 60_000);

  it('holds against the personal-data and poisoned-knowledge attacks', async () => {
    const result = await securitySuite({ datasetsDir: '', llm: false, progress: noProgress, attacks: PRIVACY_ATTACKS });
    const value = (key: string) => result.metrics.find((m) => m.key === key)?.value;
    expect(value('attacks')).toBe(PRIVACY_ATTACKS.length);
    expect(result.gates, result.gates?.[0]?.detail).toEqual([expect.objectContaining({ passed: true })]);
  }, 120_000);

  it('misbehaving replies: held with the grounding check, violations without it, and an attack that tests nothing fails its gate', async () => {
    const few = GROUNDING_ATTACKS.filter((a) => ['G14-issue', 'G18-issue', 'G41-issue', 'G31-issue'].includes(a.id));
    // Bait the model never says: it holds with the check off too, so it proves nothing.
    const idle = groundingAttack({ id: 'Z3', source: 'own', title: 'bait nobody says', customer: '格力空调显示E1，怎么办', reply: adding('请稍候。'), bait: ['从未说过的话'] });
    const result = await securitySuite({ datasetsDir: '', llm: false, progress: noProgress, attacks: [...few, idle] });
    const value = (key: string) => result.metrics.find((m) => m.key === key)?.value;
    expect(value('violations')).toBe(0);
    // G14, G18 and G41 reach the customer without the check; G31 (abuse) is the guard's, and Z3 reaches nobody.
    expect(value('grounding.without_check')).toBe(3);
    expect(value('grounding.also_held')).toBe(2);
    const gate = result.gates!.find((g) => g.label.startsWith('every claim attack'))!;
    expect(gate.passed).toBe(false);
    expect(gate.detail).toBe('held without the check: Z3-own');
  }, 120_000);
});
