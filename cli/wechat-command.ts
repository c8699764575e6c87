/**
 * `aftersales wechat start`: logs in the personal WeChat account through the configured puppet
 * and answers customers until Ctrl-C, without the web server (`npm start` also starts it when
 * WECHATY_PUPPET is set). Start-up failures end with a message naming the variable to fix.
 */
import type { Command } from 'commander';
import type { OutboxRelay } from '../bot/outbox-relay';
import { ConfigError } from '../app/config';
import type { CliContext } from './context';
import { COMMAND_SUMMARIES } from './command-summaries';

export function registerWechatCommands(program: Command, context: CliContext): void {
  const wechat = program.command('wechat').description(COMMAND_SUMMARIES.wechat.summary);
  wechat
    .command('start')
    .description('log in with WECHATY_PUPPET and answer WeChat customers until Ctrl-C / 登录微信并开始接待')
    .action(async () => {
      const config = context.config();
      if (config.wechat.puppet === 'none') {
        throw new ConfigError([{ variable: 'WECHATY_PUPPET', message: 'is none: set wechaty-puppet-service, wechaty-puppet-wechat4u or wechaty-puppet-padlocal (see README) / 请先配置 puppet' }]);
      }
      // The puppet first: a missing package or token fails before the database and OCR are opened.
      const [{ loadPuppet }, { startWechaty }, { openAssistant }] = await Promise.all([
        import('../channels/wechat/puppet-loader'),
        import('../channels/wechat/start-wechaty'),
        import('../app/assistant'),
      ]);
      const puppet = await loadPuppet({ puppet: config.wechat.puppet, token: config.wechat.puppetToken, service: config.wechat.puppetService });
      const assistant = await openAssistant(config, { clock: context.clock() });
      const host = { assistant, config, relays: [] as OutboxRelay[], onClose: [] as (() => Promise<void>)[] };
      try {
        await startWechaty(host, { puppet });
      } catch (error) {
        await assistant.close();
        throw error;
      }
      for (const relay of host.relays) relay.start();
      console.log(`WeChat channel started with ${config.wechat.puppet} (Ctrl-C to stop) / 微信渠道已启动`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      for (const relay of host.relays) await relay.stop();
      for (const close of [...host.onClose].reverse()) await close().catch((error: unknown) => console.error('stopping WeChat:', error));
      await assistant.close();
    });
}
