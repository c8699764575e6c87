/**
 * Who pays to send a return back ("寄回去运费要我掏吗", "do I get charged for the postage back?") is a question,
 * whatever its words looked like on the way: not a complaint about money, not an answer to the return
 * form's question (the day, online or in store, the address), not a yes or no to the offer to register.
 * It is asked in the words the knowledge base files the answer under, so the return-shipping entry
 * answers it; the job it interrupted resumes after (t5-policy owns the answer's wording).
 */
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import type { EngineState } from '../../engine/engine-state';
import { asksReturnPostage } from '../../understanding/return-postage-question';

const QUESTION = { zh: '退换货寄回去的运费谁承担', en: 'who pays the shipping to send back a return or exchange' };

/** What the words were misread as: a complaint or a lookup, a fact for the form, a reply to an offer. */
const MISREAD = new Set<Command['kind']>(['ask', 'outOfScope', 'cancel', 'affirm', 'deny', 'skip', 'notFixed', 'fixed']);

/** Where it was bought, named outright; the courier of "快递费" says nothing of it. */
const CHANNEL_NAMED = /网上|网购|网店|京东|天猫|淘宝|拼多多|抖音|商城|门店|店里|实体店|商场|专卖店|\b(?:online|amazon|in[- ]store|store|shop)\b/i;

export function applyReturnPostage(turn: TurnInput, state: EngineState, commands: Command[]): void {
  if (turn.understanding.safety || commands.some((c) => c.kind === 'danger' || c.kind === 'human') || !asksReturnPostage(turn.text)) return;
  const from = turn.text.slice(0, 120);
  // (A return asked for with it, "想退货 运费谁出", still starts; a complaint or a lookup read from the words does not.)
  const misread = (c: Command) =>
    MISREAD.has(c.kind) ||
    (c.kind === 'start' && !c.facts && c.flow !== 'return') ||
    (c.kind === 'start' && c.flow === 'return' && state.stack.length > 0) ||
    (c.kind === 'set' && c.slot === 'saleChannel' && !CHANNEL_NAMED.test(turn.text));
  for (let i = commands.length - 1; i >= 0; i--) if (misread(commands[i]!)) commands.splice(i, 1);
  commands.push({ kind: 'ask', question: /[\u4e00-\u9fff]/.test(turn.text) ? QUESTION.zh : QUESTION.en, from });
}
