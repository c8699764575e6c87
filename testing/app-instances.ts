/**
 * Instances of the real server (`app/start.ts`, as deploy/scale/aftersales@.service runs it) as
 * child processes, each on its own port with the environment given: the multi-instance test and
 * the scale benchmark start several on one PostgreSQL and kill one on purpose.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface AppInstance {
  port: number;
  pid: number;
  url: string;
  /** What it printed so far (a failing test shows it). */
  output(): string;
  /** Resolves with the exit code (or null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM and wait (a graceful stop), SIGKILL after 10 s. */
  stop(): Promise<void>;
  /** SIGKILL now: the crash an instance must survive. */
  kill(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node --import tsx app/start.ts` with PORT=port and `env`; resolves once it listens. */
export async function startAppInstance(port: number, env: Record<string, string>, readyTimeoutMs = 60_000, nodeArgs: string[] = []): Promise<AppInstance> {
  // nodeArgs: flags Node refuses in NODE_OPTIONS, such as --cpu-prof (profiling an instance under the scale bench's load).
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'app/start.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d));
  child.stderr?.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const instance: AppInstance = {
    port,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  while (!/running at/.test(output)) {
    if (child.exitCode !== null) throw new Error(`instance on port ${port} exited at start (${child.exitCode}): ${output}`);
    if (Date.now() > deadline) {
      await instance.kill();
      throw new Error(`instance on port ${port} did not start within ${readyTimeoutMs} ms: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return instance;
}
