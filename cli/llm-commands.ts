/** `aftersales llm check`: is the configured model endpoint reachable, is the key accepted, is the model served. */
import type { Command } from 'commander';
import { checkModels } from '../app/model-check';
import type { CliContext } from './context';
import { EXIT } from './exit-codes';
import { printJson } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

export function registerLlmCommands(program: Command, context: CliContext): void {
  const llm = program.command('llm').description(COMMAND_SUMMARIES.llm.summary);
  llm
    .command('check')
    .description('ask the endpoint for its models (and the embeddings for their width) and say what is wrong / 检查模型服务是否可用')
    .option('--json', 'print as JSON')
    .action(async (o: { json?: boolean }) => {
      const config = context.config();
      const check = await checkModels(config, { embeddings: true });
      const failed = (check.chat && check.chat.outcome !== 'ok') || (check.embeddings && !check.embeddings.ok);
      if (o.json) printJson(check);
      else if (!check.chat && !check.embeddings) console.log('No model endpoint configured (LLM_BASE_URL or LLM_PRESET): the offline assistant answers. / 未配置模型服务，由离线助手回答。');
      else {
        if (check.chat) console.log(`${check.chat.outcome === 'ok' ? 'OK' : 'PROBLEM'}  ${check.chat.en}\n    ${check.chat.zh}`);
        if (check.embeddings) console.log(`${check.embeddings.ok ? 'OK' : 'PROBLEM'}  ${check.embeddings.en}\n    ${check.embeddings.zh}`);
      }
      if (failed) process.exitCode = EXIT.upstream;
    });
}
