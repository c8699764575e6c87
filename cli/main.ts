/** The `aftersales` command line: parses arguments, runs one command, maps failures to exit codes. */
import { Command, CommanderError } from 'commander';
import { isAppError } from '../kernel/errors';
import { ConfigError, loadDotEnv } from '../app/config';
import { registerAgentCommands } from './agent-commands';
import { registerAnalyzeCommands } from './analyze-commands';
import { registerChatCommand } from './chat-command';
import { createCliContext } from './context';
import { registerDbCommands } from './db-commands';
import { registerDemoCommand } from './demo-command';
import { registerEvalCommand } from './eval-command';
import { EXIT, EXIT_CODES_HELP, exitCodeFor } from './exit-codes';
import { registerReceiptCommands } from './receipt-commands';
import { registerReportCommand } from './report-command';
import { registerKbCommands } from './kb-commands';
import { registerLlmCommands } from './llm-commands';
import { registerOutboxCommands } from './outbox-commands';
import { registerTicketCommands } from './ticket-commands';
import { registerVoiceCommands } from './voice-commands';
import { registerWarrantyCommands } from './warranty-commands';
import { registerWechatCommands } from './wechat-command';

export function buildProgram(): Command {
  const context = createCliContext();
  const program = new Command('aftersales')
    .description('After-sales service agent (售后服务智能客服): tickets, knowledge, receipts, chat')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage / 加 --help 查看用法)')
    .addHelpText('after', EXIT_CODES_HELP);
  registerDbCommands(program, context);
  registerTicketCommands(program, context);
  registerDemoCommand(program, context);
  registerReceiptCommands(program, context);
  registerWarrantyCommands(program, context);
  registerAnalyzeCommands(program, context);
  registerChatCommand(program, context);
  registerKbCommands(program, context);
  registerWechatCommands(program, context);
  registerEvalCommand(program, context);
  registerVoiceCommands(program, context);
  registerAgentCommands(program, context);
  registerReportCommand(program, context);
  registerLlmCommands(program, context);
  registerOutboxCommands(program, context);
  // Every subcommand reports usage errors through the same path as the top level.
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    loadDotEnv();
    await buildProgram().parseAsync(argv, { from: 'user' });
    // A command that finished but set its own code (a failed eval gate) keeps it.
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return EXIT.config;
    }
    if (isAppError(error)) {
      console.error(`error (${error.code}): ${error.message}`);
      return exitCodeFor(error.kind);
    }
    console.error('unexpected error:', error);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
