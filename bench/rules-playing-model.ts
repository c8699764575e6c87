/**
 * The model's part in the cost benchmark, played honestly from what a model would be sent: each
 * request to the local OpenAI-compatible server is answered from its own body. An understanding
 * request (command tools bound) is read by our offline rules on the redacted message and the
 * engine state in its turn_context, and answered with those commands as tool calls; a rewording
 * request gets the engine reply it carries back unchanged. Nothing else is known to it: not the
 * customer's real text, not the conversation's stored state.
 *
 * The system prompt tells a model that placeholders stand for the customer's details; the rules
 * are told the same way: a phone or address placeholder is shown to them as a stand-in number or
 * address, and what they read from it is passed on as the placeholder again (as a model passes
 * placeholders "as they are"). A value that still holds a stand-in is left out.
 *
 * The caveat, written into the result: replies then equal what the rules would read from redacted
 * text (a real model reads differently, and may quote longer or shorter `from` text), so the
 * completion figures are those of a model that makes exactly the rules' calls.
 */
import { commandsFromToolCalls, toolCallOf } from '../bot/brains/llm/command-tools';
import { commandsFromRules } from '../bot/brains/offline/commands-from-rules';
import type { TurnInput } from '../bot/brain';
import { CONTACT_SLOTS, type Command } from '../bot/engine/commands';
import { engineStateSchema } from '../bot/engine/engine-state';
import { OfflineUnderstanding } from '../bot/offline-understanding';
import type { RecordedRequest, ScriptedReply } from '../testing/fake-openai-server';

/** Stand-ins the rules read as what the placeholder stands for. */
const STAND_IN: Record<'PHONE' | 'ADDRESS', (n: number, lang: 'zh' | 'en') => string> = {
  PHONE: (n) => `1390000${String(n).padStart(4, '0')}`,
  ADDRESS: (n, lang) => (lang === 'zh' ? `北京市朝阳区建国路${n}号院` : `${n} Jianguo Road, Chaoyang District, Beijing`),
};
const STAND_IN_TRACES = [/1390000\d{4}/, /建国路|Jianguo/];

function withStandIns(text: string, lang: 'zh' | 'en'): { text: string; back: (value: string) => string } {
  const pairs: [string, string][] = [];
  const shown = text.replace(/\[(PHONE|ADDRESS)_(\d+)\]/g, (placeholder, kind: 'PHONE' | 'ADDRESS', n: string) => {
    const standIn = STAND_IN[kind](Number(n), lang);
    pairs.push([standIn, placeholder]);
    return standIn;
  });
  return { text: shown, back: (value) => pairs.reduce((v, [standIn, placeholder]) => v.split(standIn).join(placeholder), value) };
}

const block = (text: string, tag: string) => new RegExp(`<${tag}>\\n([\\s\\S]*?)\\n</${tag}>`).exec(text)?.[1];

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (p && typeof p === 'object' && 'text' in p ? String((p as { text: unknown }).text) : '')).join('');
  return '';
}

/** The engine state as turn_context tells it (the keys of bot/brains/llm/understanding-prompt.ts). */
function stateFrom(context: Map<string, string>) {
  const filled = (context.get('filled') ?? '').split(', ').filter(Boolean);
  const facts: Record<string, string> = {};
  const contact: Record<string, string> = {};
  for (const item of filled) {
    const [slot, value] = item.split('=') as [string, string | undefined];
    ((CONTACT_SLOTS as readonly string[]).includes(slot) ? contact : facts)[slot] = value ?? 'given';
  }
  const flow = context.get('flow');
  const paused = (context.get('paused') ?? '')
    .split(',')
    .filter(Boolean)
    .map((f) => ({ flow: f, opened: true }));
  const top = flow && flow !== 'none' ? [{ flow, stage: context.get('stage') ?? 'collect', facts, opened: true }] : [];
  return engineStateSchema.parse({
    stack: [...paused, ...top],
    pending: top.length ? {} : facts,
    contact,
    awaiting: context.get('asked'),
    filed: Array.from({ length: Number(context.get('tickets_filed') ?? 0) }, (_, i) => `AS-00000000-${i}`),
  });
}

export interface RulesPlayingModel {
  respond(request: RecordedRequest): ScriptedReply;
  /** What each answer put on the wire, in request order (the completion a provider bills). */
  completions: string[];
  /** Tool calls it made that the brain's own validation drops (a real model's mistakes look like these). */
  invalidCalls: number;
}

export function rulesPlayingModel(timeZone: string): RulesPlayingModel {
  const understanding = new OfflineUnderstanding(timeZone);
  const played: RulesPlayingModel = {
    completions: [],
    invalidCalls: 0,
    respond(request) {
      const user = textOf(request.body.messages?.filter((m) => m.role === 'user').at(-1)?.content);
      const readsCommands = (request.body.tools ?? []).some((t) => t.function.name === 'start_flow');
      if (!readsCommands) {
        const reply = block(user, 'engine_reply') ?? '';
        played.completions.push(reply);
        return { kind: 'text', text: reply };
      }
      const context = new Map(
        (block(user, 'turn_context') ?? '')
          .split('\n')
          .map((line) => line.split(/: (.*)/s) as [string, string])
          .filter(([, value]) => value !== undefined),
      );
      const lang = context.get('reply_language') === 'en' ? 'en' : 'zh';
      const { text, back } = withStandIns(block(user, 'customer_message') ?? '', lang);
      const today = context.get('today') ?? '2026-12-05';
      const turn = {
        text,
        redactedText: text,
        understanding: understanding.understand(text, { today: new Date(`${today}T04:00:00Z`), priorContacts: 0 }),
        replyLanguage: lang,
        conversation: { state: {} },
        history: [],
        attachments: [],
        openTickets: [],
      } as unknown as TurnInput;
      let commands: Command[] = commandsFromRules(turn, stateFrom(context))
        .map((c) => ({ ...c, from: back(c.from), ...('value' in c ? { value: back(c.value) } : {}), ...('question' in c ? { question: back(c.question) } : {}) }))
        .filter((c) => !STAND_IN_TRACES.some((trace) => trace.test(JSON.stringify(c))));
      // As the system prompt asks: at least one call, chitchat when nothing fits.
      if (!commands.length) commands = [{ kind: 'chitchat', from: back(text).slice(0, 120) }];
      const calls = commands.map(toolCallOf);
      played.invalidCalls += commandsFromToolCalls(calls.map((c) => ({ name: c.name, args: c.arguments }))).dropped.length;
      played.completions.push(calls.map((c) => `${c.name}${JSON.stringify(c.arguments)}`).join('\n'));
      return { kind: 'tool_calls', calls };
    },
  };
  return played;
}
