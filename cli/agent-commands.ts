/**
 * `aftersales agents ...`: the accounts of the built-in desk at /desk. The password is typed at a
 * hidden prompt (twice), or read from the first line of standard input when that is not a
 * terminal (for scripts: `echo "$PASSWORD" | aftersales agents add li --role agent`); it is never
 * an argument, so it stays out of shell history and process lists.
 */
import readline from 'node:readline';
import { Writable } from 'node:stream';
import type { Command } from 'commander';
import { AGENT_ROLES, type AgentRole } from '../agent-desk/agent-accounts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../agent-desk/password-hash';
import { ValidationError } from '../kernel/errors';
import type { CliContext } from './context';
import { printJson, printTable } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

export function registerAgentCommands(program: Command, context: CliContext): void {
  const agents = program.command('agents').description(COMMAND_SUMMARIES.agents.summary);

  agents
    .command('add')
    .description('create an account; the password is asked for (or read from stdin) / 创建账号')
    .argument('<name>', 'login name: letters, digits, ".", "-", "_" (2-40)')
    .requiredOption('--role <role>', `${AGENT_ROLES.join(' or ')}`, (v: string) => {
      if (!(AGENT_ROLES as readonly string[]).includes(v)) throw new ValidationError('invalid_option', `--role: "${v}" is not one of ${AGENT_ROLES.join(', ')}`);
      return v as AgentRole;
    })
    .option('--json', 'print the account as JSON')
    .action(async (name: string, o: { role: AgentRole; json?: boolean }) => {
      const password = await readPassword();
      if ([...password].length < MIN_PASSWORD_LENGTH) {
        throw new ValidationError('weak_password', `The password needs at least ${MIN_PASSWORD_LENGTH} characters / 密码至少 ${MIN_PASSWORD_LENGTH} 个字符`);
      }
      const hash = await hashPassword(password);
      const account = await context.withDesk((desk) => desk.agents.add(name, o.role, hash));
      if (o.json) return printJson(account);
      console.log(`created ${account.role} "${account.name}": log in at /desk / 已创建账号 ${account.name}`);
    });

  agents
    .command('list')
    .description('every account with its role and whether it is disabled / 列出账号')
    .option('--json', 'print as JSON')
    .action(async (o: { json?: boolean }) => {
      const list = await context.withDesk((desk) => desk.agents.list());
      if (o.json) return printJson(list);
      if (!list.length) return console.log('no accounts yet: aftersales agents add NAME --role agent / 还没有账号');
      printTable(
        ['name', 'role', 'created', 'status'],
        list.map((a) => [a.name, a.role, a.createdAt.slice(0, 10), a.disabledAt ? `disabled ${a.disabledAt.slice(0, 10)}` : 'active']),
      );
    });

  agents
    .command('disable')
    .description('stop an account from logging in and end its sessions / 停用账号')
    .argument('<name>')
    .option('--json', 'print the account as JSON')
    .action(async (name: string, o: { json?: boolean }) => {
      const result = await context.withDesk(async (desk) => {
        const account = await desk.agents.disable(name);
        const ended = await desk.agentSessions.endAllFor(account.id);
        return { ...account, sessionsEnded: ended };
      });
      if (o.json) return printJson(result);
      console.log(`disabled "${result.name}" (${result.sessionsEnded} session(s) ended) / 已停用`);
    });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = readline.createInterface({ input: process.stdin, terminal: false });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    throw new ValidationError('password_missing', 'No password on standard input / 标准输入中没有密码');
  }
  const first = await hidden('Password / 密码: ');
  const second = await hidden('Again / 再输入一次: ');
  if (first !== second) throw new ValidationError('password_mismatch', 'The two passwords differ / 两次输入的密码不一致');
  return first;
}

/** A prompt that does not echo what is typed. */
function hidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
