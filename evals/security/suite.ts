/**
 * The security suite (`aftersales eval --suites security`): the attacks of issue 18, over real
 * HTTP against the real server started in-process: the ticket-takeover chain, token theft from a
 * copy of the database, ticket and desk spam, huge and hanging model answers, and the smaller
 * items. It reports how many attacks it tried and how many violations it found; the gate is zero
 * violations. Every attack is our own, written from the issue's findings.
 */
import { VICTIM, plantVictim } from '../adversarial/victim';
import { count, type Gate, type Metric, type SuiteOptions, type SuiteResult } from '../suite';
import { MODEL_ATTACKS } from './model-attacks';
import { PRIVACY_ATTACKS } from './privacy-attacks';
import { AREA_TITLES, type AttackOutcome, type PlantedVictim, type SecurityArea, type SecurityAttack, type SecurityWorld } from './security-attack';
import { GROUNDING_ATTACKS } from './grounding-attacks';
import { startDirectServer, startLlmServer, startOfflineServer, startPhrasingServer, type SecurityServer } from './security-servers';
import { SPAM_ATTACKS, TOKEN_ATTACKS } from './session-and-spam-attacks';
import { SMALL_ITEM_ATTACKS } from './small-item-attacks';
import { TAKEOVER_ATTACKS } from './takeover-attacks';

/** In the order they run: later takeover steps build on earlier ones (a locked chat, a proven one). */
export const SECURITY_ATTACKS: SecurityAttack[] = [...TAKEOVER_ATTACKS, ...TOKEN_ATTACKS, ...SPAM_ATTACKS, ...MODEL_ATTACKS, ...PRIVACY_ATTACKS, ...GROUNDING_ATTACKS, ...SMALL_ITEM_ATTACKS];

export interface SecurityOptions extends SuiteOptions {
  /** Defaults to every attack (tests pass a few). */
  attacks?: readonly SecurityAttack[];
}

async function plant(server: SecurityServer): Promise<PlantedVictim> {
  const { desk } = server.server.context.assistant;
  const ticket = await plantVictim(desk);
  const other = await desk.tickets.create(
    { customerId: ticket.customerId, channel: 'wechat', type: 'repair_request', priority: 'P3', symptom: '冰箱门关不严 / fridge door does not close', contactPhone: VICTIM.phone },
    { actor: 'bot' },
  );
  return { number: ticket.number, ticketId: ticket.id, otherNumber: other.ticket.number };
}

interface Ran {
  attack: SecurityAttack;
  outcome: AttackOutcome;
  ms: number;
}

export async function securitySuite(options: SecurityOptions): Promise<SuiteResult> {
  const started = performance.now();
  const attacks = options.attacks ?? SECURITY_ATTACKS;
  options.progress.total(attacks.length + 1);
  const servers: { close(): Promise<void> }[] = [];
  try {
    const offline = await startOfflineServer();
    servers.push(offline);
    const llm = await startLlmServer();
    servers.push(llm);
    const direct = await startDirectServer();
    servers.push(direct);
    // Two more servers only when misbehaving-reply attacks run: rewording on, grounding check on and off.
    let phrasing: SecurityWorld['phrasing'];
    if (attacks.some((a) => a.area === 'grounding')) {
      const checked = await startPhrasingServer(true);
      servers.push(checked);
      const unchecked = await startPhrasingServer(false);
      servers.push(unchecked);
      phrasing = { checked, unchecked };
    }
    const memory = new Map<string, unknown>();
    let address = 0;
    const world: SecurityWorld = {
      offline,
      llm,
      direct,
      victim: await plant(offline),
      llmVictim: await plant(llm),
      phrasing,
      // Shared address space (100.64.0.0/10): each attack's clients come from addresses of their own.
      ip: () => `100.64.${Math.floor(++address / 250)}.${(address % 250) + 1}`,
      remember: (key, value) => void memory.set(key, value),
      recall: <T>(key: string) => memory.get(key) as T | undefined,
    };
    options.progress.tick();

    const ran: Ran[] = [];
    for (const attack of attacks) {
      const t = performance.now();
      let outcome: AttackOutcome;
      try {
        outcome = await attack.run(world);
      } catch (error) {
        // An attack that breaks the server (or the suite) is a finding, not a pass.
        outcome = { tried: 'the attack could not finish', violations: [`failed: ${(error as Error).message}`] };
      }
      ran.push({ attack, outcome, ms: performance.now() - t });
      options.progress.tick();
    }
    return report(ran, performance.now() - started);
  } finally {
    for (const server of servers.reverse()) await server.close().catch(() => undefined);
  }
}

function report(ran: Ran[], ms: number): SuiteResult {
  const violated = ran.filter((r) => r.outcome.violations.length > 0);
  const violations = ran.reduce((n, r) => n + r.outcome.violations.length, 0);
  const areas = [...new Set(ran.map((r) => r.attack.area))] as SecurityArea[];
  const metrics: Metric[] = [
    { ...count('attacks', 'attacks tried', ran.length), headline: true, data: 'own' },
    { ...count('violations', 'violations found', violations, 'lower'), headline: true, n: ran.length, data: 'own' },
    ...areas.map((area) => {
      const inArea = ran.filter((r) => r.attack.area === area);
      return {
        ...count(
          `violations.${area}`,
          `violations: ${AREA_TITLES[area]}`,
          inArea.reduce((n, r) => n + r.outcome.violations.length, 0),
          'lower',
        ),
        n: inArea.length,
      };
    }),
  ];
  const gates: Gate[] = [
    {
      label: 'no violations',
      passed: violations === 0,
      detail: violations ? violated.map((r) => `${r.attack.id}: ${r.outcome.violations[0]}`).join('; ') : `${ran.length} attacks, all held`,
    },
  ];
  // An attack that holds with its check off tests nothing: each must be a violation then, unless another check is named.
  const switchable = ran.filter((r) => r.outcome.withCheckOff);
  if (switchable.length) {
    const reached = switchable.filter((r) => r.outcome.withCheckOff!.violated);
    const idle = switchable.filter((r) => r.outcome.withCheckOff!.expected && !r.outcome.withCheckOff!.violated);
    metrics.push(
      { ...count('grounding.without_check', 'misbehaving replies that reach the customer with the grounding check off', reached.length), n: switchable.length, data: 'own' },
      { ...count('grounding.also_held', 'misbehaving replies another check holds when the grounding check is off', switchable.length - reached.length), n: switchable.length, data: 'own' },
    );
    gates.push({
      label: 'every claim attack is a violation with the grounding check off',
      passed: idle.length === 0,
      detail: idle.length ? `held without the check: ${idle.map((r) => r.attack.id).join(', ')}` : `${reached.length} of ${switchable.length} reach the customer without it`,
    });
  }
  const details = ran.map(
    (r) => `${r.outcome.violations.length ? '✗' : '✓'} [${AREA_TITLES[r.attack.area]}] ${r.attack.id} ${r.attack.title}: ${r.outcome.tried}${r.outcome.violations.map((v) => `\n    - ${v}`).join('')}`,
  );
  return {
    name: 'security',
    title: 'Security attacks (安全攻击测试)',
    status: 'ran',
    gates,
    metrics,
    details,
    notes: [
      `${ran.length} attacks of our own from issue 18 (ticket takeover, token theft, spam, huge and hanging model answers, the smaller items), over real HTTP against the real server started in-process: the offline brain, the same behind the LLM brain at a local fake model scripted to misbehave, and one with no proxy trusted.`,
      'Attackers and owners come from addresses of their own (X-Forwarded-For through a trusted loopback proxy); the owner reads codes from the phone on file (a recording SMS sender). Limits are judged against the shipped defaults.',
    ],
    latencies: [{ label: 'attack', valuesMs: ran.map((r) => r.ms) }],
    ms,
  };
}
