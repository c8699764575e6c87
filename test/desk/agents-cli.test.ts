/** `aftersales agents add|list|disable` as a child process, the way an administrator runs it. */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../agent-desk/password-hash';
import { loadConfig } from '../../app/config';
import { openDesk } from '../../app/desk';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';

const { dir, cleanup } = tempDir('agents-cli-');
const env = { AFTERSALES_DATA_DIR: path.join(dir, 'data') };
afterAll(() => cleanup());

describe('aftersales agents', () => {
  it('adds accounts with the password from stdin (hashed, never stored as typed), lists and disables them', async () => {
    const added = await runCli(['agents', 'add', '李娜', '--role', 'manager', '--json'], env, { input: 'a long enough secret\n' });
    expect(added.code).toBe(0);
    expect(added.json()).toMatchObject({ name: '李娜', role: 'manager' });
    expect(added.stdout).not.toContain('secret');

    expect((await runCli(['agents', 'add', 'li.ming', '--role', 'agent'], env, { input: 'short\n' })).code).toBe(2);
    expect((await runCli(['agents', 'add', 'bad name!', '--role', 'agent'], env, { input: 'a long enough secret\n' })).code).toBe(2);
    const taken = await runCli(['agents', 'add', '李娜', '--role', 'agent'], env, { input: 'another secret here\n' });
    expect(taken.code).toBe(4);
    expect(taken.stderr).toMatch(/exists/);

    const listed = await runCli(['agents', 'list', '--json'], env);
    expect(listed.json<{ name: string; disabledAt?: string }[]>()).toEqual([expect.objectContaining({ name: '李娜', role: 'manager' })]);

    const desk = await openDesk(loadConfig(env));
    try {
      const stored = await desk.agents.withPassword('李娜');
      expect(stored!.passwordHash).toMatch(/^scrypt\$/);
      expect(await verifyPassword('a long enough secret', stored!.passwordHash)).toBe(true);
      expect(await verifyPassword('a long enough secreT', stored!.passwordHash)).toBe(false);
    } finally {
      await desk.close();
    }

    const disabled = await runCli(['agents', 'disable', '李娜', '--json'], env);
    expect(disabled.code).toBe(0);
    expect(disabled.json()).toMatchObject({ name: '李娜', disabledAt: expect.any(String) });
    expect((await runCli(['agents', 'disable', 'nobody'], env)).code).toBe(3);
    expect((await runCli(['agents', 'list'], env)).stdout).toMatch(/李娜\s+manager\s+\S+\s+disabled/);
  }, 60_000);
});
