/** The `aftersales` command line: parses arguments, runs one command, maps failures to exit codes. */
import { Command, CommanderError, Help } from 'commander';
import { isAppError } from '../kernel/errors';
import { COMMAND_SUMMARIES, type CommandName } from './command-summaries';
import type { CliContext } from './context';
import { EXIT, EXIT_CODES_HELP, exitCodeFor } from './exit-codes';

type Register = (program: Command, context: CliContext) => void;

/**
 * Each command's module, loaded only when that command runs: loading all of them cost every CLI
 * process (and every test that spawns one) about a second of CPU before anything ran.
 */
const COMMAND_MODULES: Record<CommandName, () => Promise<Register>> = {
  db: async () => (await import('./db-commands')).registerDbCommands,
  tickets: async () => (await import('./ticket-commands')).registerTicketCommands,
  demo: async () => (await import('./demo-command')).registerDemoCommand,
  receipt: async () => (await import('./receipt-commands')).registerReceiptCommands,
  warranty: async () => (await import('./warranty-commands')).registerWarrantyCommands,
  analyze: async () => (await import('./analyze-commands')).registerAnalyzeCommands,
  chat: async () => (await import('./chat-command')).registerChatCommand,
  kb: async () => (await import('./kb-commands')).registerKbCommands,
  wechat: async () => (await import('./wechat-command')).registerWechatCommands,
  eval: async () => (await import('./eval-command')).registerEvalCommand,
  voice: async () => (await import('./voice-commands')).registerVoiceCommands,
  agents: async () => (await import('./agent-commands')).registerAgentCommands,
  report: async () => (await import('./report-command')).registerReportCommand,
  llm: async () => (await import('./llm-commands')).registerLlmCommands,
  outbox: async () => (await import('./outbox-commands')).registerOutboxCommands,
};

const isCommandName = (word: string | undefined): word is CommandName => word !== undefined && Object.hasOwn(COMMAND_SUMMARIES, word);

/** The command these arguments run: the first word that is not an option (after `help`, the one it is asked about). */
export function commandIn(argv: readonly string[]): CommandName | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  const word = words[0] === 'help' ? words[1] : words[0];
  return isCommandName(word) ? word : undefined;
}

/**
 * The program with `wanted`'s module loaded and registered in full; every other command stands in
 * the listing by its name and summary alone, so `--help` lists them all without loading any.
 */
export async function buildProgram(wanted?: CommandName): Promise<Command> {
  const program = new Command('aftersales')
    .description('After-sales service agent (售后服务智能客服): tickets, knowledge, receipts, chat')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage / 加 --help 查看用法)')
    .addHelpText('after', EXIT_CODES_HELP)
    // One way of writing each command in the listing, whether its module is loaded or not.
    .configureHelp({ subcommandTerm: (cmd) => (isCommandName(cmd.name()) ? COMMAND_SUMMARIES[cmd.name() as CommandName].term : new Help().subcommandTerm(cmd)) });
  const context = wanted ? (await import('./context')).createCliContext() : undefined;
  for (const name of Object.keys(COMMAND_SUMMARIES) as CommandName[]) {
    if (name === wanted && context) (await COMMAND_MODULES[name]())(program, context);
    else program.command(name).description(COMMAND_SUMMARIES[name].summary);
  }
  // Every subcommand reports usage errors through the same path as the top level.
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const wanted = commandIn(argv);
  // The configuration module (and .env) only when a command runs: the help needs neither.
  const config = wanted ? await import('../app/config') : undefined;
  try {
    config?.loadDotEnv();
    await (await buildProgram(wanted)).parseAsync(argv, { from: 'user' });
    // A command that finished but set its own code (a failed eval gate) keeps it.
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (config && error instanceof config.ConfigError) {
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
