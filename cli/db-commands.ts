/** `aftersales db ...`: schema migrations and health of the desk database. */
import type { Command } from 'commander';
import { StorageError } from '../kernel/errors';
import { runRetention } from '../app/retention';
import type { Desk } from '../storage/desk';
import type { SqliteDesk } from '../storage/sqlite/open-desk';
import type { CliContext } from './context';
import { printJson } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

export function registerDbCommands(program: Command, context: CliContext): void {
  const db = program.command('db').description(COMMAND_SUMMARIES.db.summary);

  db.command('migrate')
    .description('create the database or bring its schema up to date / 创建或升级数据库')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const report = await context.withDesk(async (desk) => ({ file: desk.where, engine: desk.engine, ...desk.migrations }));
      if (options.json) return printJson(report);
      if (!report.applied.length) console.log(`${report.file}: schema is up to date (version ${report.current}) / 已是最新`);
      for (const m of report.applied) console.log(typeof m === 'number' ? `applied migration ${m}` : `applied migration ${m.version}: ${m.name}`);
      if (report.applied.length) console.log(`${report.file}: now at version ${report.current} / 升级完成`);
    });

  db.command('prune')
    .description('delete what is older than RETENTION_* allows (messages, photos, personal data) / 按保留期限清理旧数据')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const report = await context.withDesk((desk) => runRetention(desk, context.config(), context.clock().now()));
      if (options.json) return printJson(report);
      console.log(
        `deleted ${report.messages} messages and ${report.deliveries} sent copies older than ${report.cutoffs.messages}; ` +
          `cleared ${report.conversationsCleared} idle conversations; ${report.uploads} photos; phone and address of ${report.ticketsCleared} closed tickets`,
      );
      console.log(
        `已删除 ${report.messages} 条消息、${report.deliveries} 条已发送记录、${report.uploads} 张照片，清理 ${report.conversationsCleared} 个会话和 ${report.ticketsCleared} 个已关闭工单的电话与地址`,
      );
    });

  db.command('check')
    .description('run integrity and foreign-key checks (SQLite) / 检查数据库完整性')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const result = await context.withDesk(async (desk) => {
        // PostgreSQL keeps its own pages and foreign keys whole; on it this only proves the desk answers.
        const { integrity, foreignKeyProblems } = isSqlite(desk) ? await sqliteChecks(desk) : { integrity: ['ok'], foreignKeyProblems: 0 };
        const pendingOutbox = await desk.outbox.pendingCount();
        return { file: desk.where, integrity, foreignKeyProblems, pendingOutbox };
      });
      const ok = result.integrity.join() === 'ok' && result.foreignKeyProblems === 0;
      if (options.json) printJson({ ok, ...result });
      else console.log(`${result.file}: integrity ${result.integrity.join('; ')}, foreign-key problems ${result.foreignKeyProblems}, pending deliveries ${result.pendingOutbox}`);
      if (!ok) throw new StorageError('db_corrupt', `Integrity check failed for ${result.file}`);
    });
}

function isSqlite(desk: Desk): desk is SqliteDesk {
  return desk.engine === 'sqlite';
}

async function sqliteChecks(desk: SqliteDesk): Promise<{ integrity: string[]; foreignKeyProblems: number }> {
  const integrity = await desk.db.all<{ integrity_check: string }>('PRAGMA integrity_check');
  const foreignKeys = await desk.db.all('PRAGMA foreign_key_check');
  return { integrity: integrity.map((r) => r.integrity_check), foreignKeyProblems: foreignKeys.length };
}
