/**
 * The offline brain (the default): rules turn each message into commands
 * (commands-from-rules.ts) and the conversation engine (bot/engine) decides the reply through
 * the tools. It answers from the knowledge base with a short source or says it does not know,
 * restates a repair before filing it, and hands over on request and for danger.
 */
import type { Brain, BrainReply, TurnInput } from '../../brain';
import { runEngine } from '../../engine/engine';
import { readEngineState } from '../../engine/engine-state';
import type { ToolBox } from '../../tools/tool';
import { commandsFromRules } from './commands-from-rules';

export class OfflineBrain implements Brain {
  readonly name = 'offline';
  readonly usesHistory = false;

  async reply(turn: TurnInput, tools: ToolBox): Promise<BrainReply> {
    const state = readEngineState(turn.conversation.state.policy);
    const commands = commandsFromRules(turn, state);
    return runEngine({ commands, turn, tools });
  }
}
