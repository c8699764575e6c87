/**
 * The product named in answer to a form's "which product?" ("a kettle", "电水壶", "it's the hair
 * dryer"): the answer to that question, never a new fault to troubleshoot. Only when the message is
 * the product and little else: "the kettle leaks at the base" still tells a fault.
 */
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import { top, type EngineState } from '../../engine/engine-state';
import { findCategories } from '../../../kernel/lexicon/product-categories';

/** Words around a bare product name: articles, "it's", 是, 一个, 的, particles. */
const AROUND =
  /\b(?:a|an|the|my|our|it'?s|it is|its|that'?s|this is|just|only|one|of|them|those|pair|set|please|ok|okay|yes|yeah|sorry)\b|是|一个|一台|一部|一副|个|台|部|副|那个|这个|就是|的|啊|呀|吧|哦|嗯|呢|了/gi;

export function applyProductNamedForForm(turn: TurnInput, state: EngineState, commands: Command[]): void {
  const frame = top(state);
  if (!frame || frame.stage !== 'collect' || state.awaiting !== 'category') return;
  const text = turn.text;
  const named = findCategories(text);
  if (named.length !== 1) return;
  const mention = named[0]!;
  const rest = (text.slice(0, mention.index) + ' ' + text.slice(mention.index + mention.text.length)).replace(AROUND, ' ').replace(/[\s,，。.!！?？~]+/g, '');
  if (rest.length > 0) return;
  for (let i = commands.length - 1; i >= 0; i--) {
    const c = commands[i]!;
    if ((c.kind === 'start' && c.flow === 'fault' && !c.facts) || (c.kind === 'set' && c.slot === 'symptom')) commands.splice(i, 1);
  }
}
