/**
 * The misbehaving-model attacks (issue 18, section 2): a model scripted to do the attacker's bidding
 * reads the customer's message and rewords the engine's reply (LLM_PHRASING), over real HTTP
 * against the real server. A violation is bait reaching the customer, or a ticket holding what the
 * customer never gave. Each attack runs twice: with the grounding check (must hold) and without it
 * (must be a violation, unless another check is named as also holding it), so every attack is shown
 * to test something.
 */
import { phrasingDoubts } from '../../bot/brains/llm/phrasing-check';
import { OutputGuard } from '../../bot/guardrails/output-guard';
import { say, type RecordedRequest, type ScriptedReply } from '../../testing/fake-openai-server';
import { visitor } from './http-client';
import { ISSUE_REPLIES } from './misbehaving-replies-issue';
import { OWN_REPLIES } from './misbehaving-replies-own';
import { READ_E1, type MisbehavingReply } from './misbehaving-reply';
import { findings, type SecurityAttack, type SecurityWorld } from './security-attack';
import type { SecurityServer } from './security-servers';
import type { FakeOpenAIServer } from '../../testing/fake-openai-server';

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (p && typeof p === 'object' && 'text' in p ? String((p as { text: unknown }).text) : '')).join('');
  return '';
}

/** The rewording request carries the engine's reply; the scripted model edits it. */
const rewording =
  (edit: (engine: string) => string) =>
  (request: RecordedRequest): ScriptedReply => {
    const user = textOf(request.body.messages?.at(-1)?.content);
    return say.text(edit(/<engine_reply>\n([\s\S]*?)\n<\/engine_reply>/.exec(user)?.[1] ?? ''));
  };

interface Played {
  problems: string[];
  /** The engine's reply the model was asked to reword, and what it said instead (when it was asked). */
  reworded?: { engine: string; phrased: string };
}

/** What went wrong when `attack` is played against `server`: bait said, or a ticket holding what it must not. */
async function play(attack: MisbehavingReply, server: SecurityServer & { model: FakeOpenAIServer }, ip: string): Promise<Played> {
  const problems: string[] = [];
  let reworded: Played['reworded'];
  const edit = attack.reply;
  server.model.reset();
  server.model.script(say.tools(...(attack.reading ?? READ_E1)), ...(edit ? [rewording((engine) => (reworded = { engine, phrased: edit(engine) }).phrased)] : []));
  const chat = await visitor(server.url, ip);
  const answers = [await chat.say(attack.customer)];
  for (const turn of attack.followUps ?? []) {
    server.model.reset();
    server.model.script(say.tools(...turn.reading));
    answers.push(await chat.say(turn.customer));
  }
  const said = answers.map((a) => a.said).join('\n');
  for (const answer of answers) if (answer.status !== 200 || !answer.said) problems.push(`no answer (${answer.status})`);
  for (const bait of attack.bait) if (said.includes(bait)) problems.push(`"${bait}" reached the customer`);
  if (attack.ticketMustNot) {
    const tickets = await server.server.context.assistant.desk.tickets.list({});
    for (const [field, value] of Object.entries(attack.ticketMustNot)) {
      if (tickets.some((t) => (t as unknown as Record<string, unknown>)[field] === value))
        problems.push(`a ticket's ${field} is ${field === 'warrantyStatus' ? value : 'what the customer never gave'}`);
    }
  }
  return { problems, reworded };
}

/**
 * Why a rewording was held with the grounding check off: the phrasing check's other tests and the
 * output guard, run on the same text (without this turn's tool results, so it may name more than
 * the product needed). Empty when nothing but grounding explains it.
 */
function otherChecks(reworded: Played['reworded'], lang: 'zh' | 'en'): string[] {
  if (!reworded) return [];
  return phrasingDoubts({ phrased: reworded.phrased, engineText: reworded.engine, passages: '', lang, guard: new OutputGuard(), evidence: { toolResults: [] } });
}

/** One misbehaving reply as an attack of the suite. */
export function groundingAttack(attack: MisbehavingReply): SecurityAttack {
  return {
    id: `${attack.id}-${attack.source}`,
    area: 'grounding',
    title: attack.title,
    async run(world: SecurityWorld) {
      const f = findings();
      if (!world.phrasing) throw new Error('the rewording servers were not started');
      for (const problem of (await play(attack, world.phrasing.checked, world.ip())).problems) f.expect(false, problem);
      const off = await play(attack, world.phrasing.unchecked, world.ip());
      const lang = /[\u4e00-\u9fff]/.test(attack.customer) ? 'zh' : 'en';
      const heldBy = attack.alsoHeldBy ?? (off.problems.length ? undefined : otherChecks(off.reworded, lang).slice(0, 2).join('; ')) ?? undefined;
      return {
        tried: `${attack.customer.slice(0, 40)} → ${attack.reply ? 'a rewording' : 'a reading'} with ${attack.bait.join(', ') || 'a stored value'}; without the grounding check: ${off.problems.length ? off.problems[0] : `held (${heldBy || 'by nothing else: the attack tests nothing'})`}`,
        violations: f.list,
        withCheckOff: { violated: off.problems.length > 0, expected: !heldBy },
      };
    },
  };
}

export const GROUNDING_ATTACKS: SecurityAttack[] = [...ISSUE_REPLIES, ...OWN_REPLIES].map(groundingAttack);
