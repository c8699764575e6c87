/**
 * The security suite's mechanics, on a few of its attacks (the whole suite runs in CI through
 * `aftersales eval --suites security`, see .ci/run): attacks run over HTTP against the real
 * servers, a held attack reports no violation, an attack that finds one fails the gate and says
 * which, and an attack that crashes counts as a violation rather than a pass.
 */
import { describe, expect, it } from 'vitest';
import { PRIVACY_ATTACKS } from '../../evals/security/privacy-attacks';
import type { SecurityAttack } from '../../evals/security/security-attack';
import { SMALL_ITEM_ATTACKS } from '../../evals/security/small-item-attacks';
import { SECURITY_ATTACKS, securitySuite } from '../../evals/security/suite';
import { noProgress, SUITE_NAMES } from '../../evals/suite';

const pick = (...ids: string[]) => SMALL_ITEM_ATTACKS.filter((a) => ids.includes(a.id));

describe('security suite', () => {
  it('is registered and covers every area of issue 18', () => {
    expect(SUITE_NAMES).toContain('security');
    expect(new Set(SECURITY_ATTACKS.map((a) => a.area))).toEqual(new Set(['takeover', 'tokens', 'spam', 'model', 'privacy', 'smaller']));
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
});
