/**
 * deploy/systemd/aftersales.service, taken at its word: its ExecStart, run from the repository
 * with its Environment, serves and then stops cleanly on its KillSignal within TimeoutStopSec; a
 * bad setting exits with the status the unit does not restart on; systemd-analyze finds nothing
 * wrong with it (where systemd is installed).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../app/config';
import { EXIT } from '../../cli/exit-codes';
import { tempDir } from '../../testing/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const UNIT = path.join(ROOT, 'deploy/systemd/aftersales.service');

function serviceSection(): { values: Map<string, string[]> } {
  const values = new Map<string, string[]>();
  let section = '';
  for (const raw of fs.readFileSync(UNIT, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) section = header[1]!;
    else if (section === 'Service') {
      const at = line.indexOf('=');
      const key = line.slice(0, at);
      values.set(key, [...(values.get(key) ?? []), line.slice(at + 1)]);
    }
  }
  return { values };
}

const unit = serviceSection().values;
const unitEnv = Object.fromEntries((unit.get('Environment') ?? []).map((e) => e.split(/=(.*)/s).slice(0, 2) as [string, string]));
const [binary, ...args] = unit.get('ExecStart')![0]!.split(/\s+/);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function run(env: Record<string, string>) {
  // systemd gives a service a bare environment: only the unit's variables, and PATH.
  const child = spawn(binary!, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...unitEnv, AFTERSALES_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

describe('the systemd unit', () => {
  it('sets only settings the app reads, and listens on loopback', () => {
    for (const name of Object.keys(unitEnv)) expect(CONFIG_VARIABLES, name).toContain(name);
    expect(unitEnv.HOST).toBe('127.0.0.1');
    expect(fs.existsSync(binary!), `${binary} (ExecStart)`).toBe(true);
    expect(fs.existsSync(path.join(ROOT, args.at(-1)!))).toBe(true);
    expect(unit.get('RestartPreventExitStatus')).toEqual([String(EXIT.config)]);
  });

  it('serves with its ExecStart and Environment, and stops cleanly on its KillSignal in time', async () => {
    const { dir, cleanup } = tempDir('systemd-');
    const port = await freePort();
    const service = run({ AFTERSALES_DATA_DIR: dir, PORT: String(port) });
    try {
      for (let i = 0; i < 300 && !/running at/.test(service.output()); i++) await new Promise((r) => setTimeout(r, 100));
      expect(service.output()).toMatch(/running at/);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toMatchObject({ ok: true, channels: {} });
      const signal = unit.get('KillSignal')![0]! as NodeJS.Signals;
      const stopBy = Date.now() + Number(/^(\d+)$/.exec(unit.get('TimeoutStopSec')![0]!)![1]) * 1000;
      service.child.kill(signal);
      const code = await service.exited;
      expect(code, service.output()).toBe(0);
      expect(Date.now()).toBeLessThan(stopBy);
    } finally {
      service.child.kill('SIGKILL');
      cleanup();
    }
  });

  it('exits with the status it is not restarted on when a setting is wrong', async () => {
    const service = run({ HOST: 'not a host', AFTERSALES_DATA_DIR: '/nonexistent' });
    expect(await service.exited).toBe(EXIT.config);
    expect(service.output()).toMatch(/HOST/);
  });

  it('passes systemd-analyze verify', (context) => {
    try {
      execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
    } catch {
      console.warn('systemd-analyze not installed: skipping its check of the unit');
      return context.skip();
    }
    // It warns on stderr about anything it dislikes (unknown keys, bad values) and fails on errors.
    const result = spawnSync('systemd-analyze', ['verify', UNIT], { encoding: 'utf8' });
    expect(result.stderr + result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
