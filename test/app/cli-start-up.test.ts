/**
 * The CLI loads only the module of the command it runs: every CLI process (and every test that
 * spawns one) paid about a second of CPU loading all fifteen. `--help` still lists every command
 * with its one-line summary, from a table that needs no command module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_SUMMARIES } from '../../cli/command-summaries';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';

const TRACE_HOOK = path.resolve(import.meta.dirname, '../../testing/load-trace.mjs');
const { dir, cleanup } = tempDir('cli-start-');
afterAll(cleanup);

let runs = 0;
/** Runs the CLI and returns what it printed and the project's cli/ and app/ files it loaded. */
async function traced(args: string[]) {
  const trace = path.join(dir, `trace-${runs++}.txt`);
  const env = { AFTERSALES_DATA_DIR: path.join(dir, 'data'), LOAD_TRACE_FILE: trace };
  const run = await runCli(args, env, { nodeArgs: ['--import', TRACE_HOOK] });
  const loaded = fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n') : [];
  const ours = loaded.map((url) => /\/((?:cli|app)\/[\w.-]+\.ts)$/.exec(url)?.[1]).filter((f): f is string => !!f);
  return { run, ours };
}

const COMMAND_MODULE = /^cli\/.*-commands?\.ts$/;

describe('CLI start-up', () => {
  it('--help lists every command with its summary and loads no command module', async () => {
    const { run, ours } = await traced(['--help']);
    expect(run.code).toBe(0);
    const listing = run.stdout.replace(/\s+/g, ' ');
    for (const { term, summary } of Object.values(COMMAND_SUMMARIES)) {
      expect(listing).toContain(`${term} ${summary}`);
    }
    expect(ours.filter((f) => COMMAND_MODULE.test(f))).toEqual([]);
    expect(ours).not.toContain('app/config.ts');
  });

  it('a command loads its own module only, and runs', async () => {
    expect((await runCli(['db', 'migrate'], { AFTERSALES_DATA_DIR: path.join(dir, 'data') })).code).toBe(0);
    const { run, ours } = await traced(['tickets', 'list', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toEqual([]);
    expect(ours.filter((f) => COMMAND_MODULE.test(f))).toEqual(['cli/ticket-commands.ts']);
  });

  it('help for one command shows its subcommands', async () => {
    const { run, ours } = await traced(['help', 'kb']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/search/);
    expect(run.stdout).toMatch(/ingest/);
    expect(ours.filter((f) => COMMAND_MODULE.test(f))).toEqual(['cli/kb-commands.ts']);
  });

  it('an unknown command is a usage error, with the list of commands a --help away', async () => {
    const { run } = await traced(['tikets', 'list']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command/);
  });
});
