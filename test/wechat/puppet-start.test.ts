/**
 * Start-up failures of the personal-account channel end with a message that names what to fix:
 * a puppet package that is not installed, a missing token, a token the puppet refuses.
 */
import { WechatyBuilder } from 'wechaty';
import { describe, expect, it } from 'vitest';
import { loadPuppet } from '../../channels/wechat/puppet-loader';
import { WechatyChannel } from '../../channels/wechat/wechaty-channel';
import { FixedClock } from '../../kernel/clock';
import { AppError } from '../../kernel/errors';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('puppet start-up failures', () => {
  it('names the package to install when the puppet is not installed', async () => {
    const error = await failure(loadPuppet({ puppet: 'wechaty-puppet-padlocal', token: 'puppet_padlocal_x' }));
    expect(error).toMatchObject({ kind: 'upstream', code: 'wechat_puppet_not_installed' });
    expect(error.message).toContain('WECHATY_PUPPET=wechaty-puppet-padlocal');
    expect(error.message).toContain('npm install wechaty-puppet-padlocal');
  });

  it('asks for WECHATY_PUPPET_TOKEN when the puppet needs one', async () => {
    const error = await failure(loadPuppet({ puppet: 'wechaty-puppet-service' }));
    expect(error).toMatchObject({ kind: 'validation', code: 'wechat_puppet_token_missing' });
    expect(error.message).toMatch(/^WECHATY_PUPPET_TOKEN/);
    expect((await failure(loadPuppet({ puppet: 'wechaty-puppet-whatever' }))).message).toMatch(/^WECHATY_PUPPET: unknown puppet/);
  });

  it('reports a token the puppet refuses as a start-up error naming the variables', async () => {
    const puppet = await loadPuppet({ puppet: 'wechaty-puppet-service', token: 'not-a-valid-token' });
    const temp = tempDir('puppet-');
    const channel = new WechatyChannel({
      wechaty: WechatyBuilder.build({ name: 'bad-token-test', puppet: puppet as never }),
      uploadsDir: temp.dir,
      maxImageBytes: 1_000_000,
      minSendIntervalMs: 1_000,
      rateLimitPerMinute: 10,
      clock: new FixedClock('2026-11-24T02:00:00Z'),
      startTimeoutMs: 20_000,
    });
    const error = await failure(
      channel.start(async () => {
        throw new Error('no message should arrive');
      }),
    );
    expect(error).toMatchObject({ kind: 'upstream', code: 'wechat_start_failed' });
    expect(error.message).toContain('WECHATY_PUPPET_TOKEN');
    // The puppet's own reason is kept (here: hosted tokens need an SNI prefix).
    expect(error.message).toMatch(/token/i);
    temp.cleanup();
  });

  it('`aftersales wechat start` exits with the upstream code and a readable message', async () => {
    const temp = tempDir('puppet-cli-');
    const missing = await runCli(['wechat', 'start'], { AFTERSALES_DATA_DIR: temp.dir, WECHATY_PUPPET: 'wechaty-puppet-padlocal', WECHATY_PUPPET_TOKEN: 'x' });
    expect(missing.code).toBe(6);
    expect(missing.stderr).toContain('npm install wechaty-puppet-padlocal');
    const none = await runCli(['wechat', 'start'], { AFTERSALES_DATA_DIR: temp.dir });
    expect(none.code).toBe(78);
    expect(none.stderr).toContain('WECHATY_PUPPET');
    temp.cleanup();
  });
});
