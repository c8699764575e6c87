/**
 * `aftersales chat`: talk to the bot in the terminal, offline or with a configured model.
 * `--json` is for scripts: one JSON object per input line ({"text": "...", "attachments": [...]}),
 * one JSON line per reply.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import type { TurnResult } from '../bot/pipeline';
import { isAppError, ValidationError } from '../kernel/errors';
// Loaded on use: the assistant pulls in the model and OCR libraries, which slow every other command.
const loadAssistant = () => import('../app/assistant');
import type { CliContext } from './context';
import { COMMAND_SUMMARIES } from './command-summaries';

const lineSchema = z.object({
  text: z.string().default(''),
  id: z.string().min(1).max(200).optional(),
  attachments: z.array(z.object({ kind: z.enum(['image', 'audio', 'file']).default('image'), path: z.string().min(1) })).default([]),
});

export function registerChatCommand(program: Command, context: CliContext): void {
  program
    .command('chat')
    .description(COMMAND_SUMMARIES.chat.summary)
    .option('--json', 'read one JSON object per line ({"text": "...", "attachments": [{"path": "receipt.jpg"}]}) and write one JSON line per reply')
    .option('--customer <id>', 'who is talking (the same id continues the same customer and tickets)', 'terminal-user')
    .option('--image <file>', 'send this receipt photo with the first message')
    .action(async (o: { json?: boolean; customer: string; image?: string }) => {
      const config = context.config();
      const { openAssistant } = await loadAssistant();
      const assistant = await openAssistant(config, { clock: context.clock() });
      const session = randomUUID().slice(0, 8);
      let n = 0;
      let pendingImage = o.image;
      const copyIn = (file: string) => {
        // The bot deletes uploads once read; hand it a copy so the customer's own file stays.
        if (!fs.existsSync(file)) throw new ValidationError('file_not_found', `No such file: ${file}`);
        fs.mkdirSync(config.uploadsDir, { recursive: true });
        const target = path.join(config.uploadsDir, `${randomUUID()}${path.extname(file).toLowerCase()}`);
        fs.copyFileSync(file, target);
        return target;
      };
      const send = async (text: string, attachments: { kind: 'image' | 'audio' | 'file'; path: string }[], id?: string): Promise<TurnResult> => {
        n += 1;
        return assistant.bot.handle({
          channel: 'cli',
          channelMessageId: id ?? `${session}-${n}`,
          customerRef: o.customer,
          text,
          attachments: attachments.map((a) => ({ kind: a.kind, ref: copyIn(a.path), name: path.basename(a.path) })),
          receivedAt: context.clock().now().toISOString(),
        });
      };
      if (config.llm.baseUrl) {
        // On stderr: --json keeps stdout for replies. A problem is named before the first turn falls back.
        // Before the reader exists: an input that ends while we wait would otherwise never be seen to end.
        const { checkModels } = await import('../app/model-check');
        const chat = (await checkModels(config)).chat;
        if (chat && chat.outcome !== 'ok') console.error(`Model problem: ${chat.en}\n模型问题：${chat.zh}`);
      }
      const rl = readline.createInterface({ input: process.stdin, output: o.json ? undefined : process.stdout, terminal: !o.json && process.stdin.isTTY });
      try {
        if (!o.json) {
          console.log(`Offline after-sales assistant${config.llm.baseUrl ? ` (model ${config.llm.model})` : ''}. Type your message; Ctrl-D to quit. / 输入问题，Ctrl-D 退出。`);
          rl.setPrompt('您/you > ');
          rl.prompt();
        }
        for await (const line of rl) {
          if (!line.trim()) {
            if (!o.json) rl.prompt();
            continue;
          }
          if (o.json) {
            let parsed: z.infer<typeof lineSchema>;
            try {
              parsed = lineSchema.parse(JSON.parse(line));
            } catch (error) {
              process.stdout.write(JSON.stringify({ error: { code: 'invalid_line', message: (error as Error).message.slice(0, 300) } }) + '\n');
              continue;
            }
            try {
              const result = await send(parsed.text, parsed.attachments, parsed.id);
              process.stdout.write(JSON.stringify(jsonReply(result, assistant.understanding.last)) + '\n');
            } catch (error) {
              if (!isAppError(error)) throw error;
              process.stdout.write(JSON.stringify({ error: { code: error.code, message: error.message } }) + '\n');
            }
            continue;
          }
          const attachments = pendingImage ? [{ kind: 'image' as const, path: pendingImage }] : [];
          pendingImage = undefined;
          const result = await send(line, attachments);
          for (const reply of result.replies) console.log(`\n客服/bot > ${reply.text}${reply.ticket ? `\n[ticket ${reply.ticket.number} · ${reply.ticket.priority}]` : ''}\n`);
          if (!result.replies.length) console.log(result.mode === 'bot' ? '(no reply: already answered)' : '(passed on to a human agent / 已转人工)');
          rl.prompt();
        }
      } finally {
        rl.close();
        await assistant.close();
      }
    });
}

function jsonReply(result: TurnResult, analysis?: { urgency: { reasons: { message: string }[] } }) {
  return {
    text: result.replies.map((r) => r.text).join('\n'),
    duplicate: result.duplicate,
    mode: result.mode,
    ticket: result.ticket,
    intent: result.understanding?.intent,
    urgency: result.understanding?.urgency,
    urgencyReasons: analysis?.urgency.reasons.map((r) => r.message),
    sentiment: result.understanding?.sentiment,
    language: result.understanding?.language,
    brain: result.brain,
    tools: result.actions.map((a) => ({ name: a.name, ok: a.outcome.ok })),
    conversationId: result.conversationId,
  };
}
