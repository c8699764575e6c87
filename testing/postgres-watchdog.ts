/**
 * Keeps test PostgreSQL servers (testing/postgres-server.ts) from outliving the process that
 * started them. A run killed with SIGKILL never reaches its `exit` handler, and session 7 found
 * hundreds of postgres processes piled up that way. Two guards:
 *
 * - a watchdog: a small detached shell loop per server that checks once a second whether the
 *   owner process is still the same process (pid and start time, so a reused pid does not fool it)
 *   and, once it is not, stops the cluster and removes its data folder;
 * - a sweep at the next start of any server: every /tmp/aftersales-pg-* folder whose recorded
 *   owner is dead is stopped and removed, for the case where the watchdog itself was killed.
 *
 * The owner is recorded in the data folder (`aftersales-owner`: "<pid> <start time>").
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_PREFIX = 'aftersales-pg-';
const OWNER_FILE = 'aftersales-owner';
const WATCHDOG_FILE = 'aftersales-watchdog.pid';
/** A folder with no owner file (made before owners were recorded, or mid-initdb) is left this long. */
const UNOWNED_GRACE_MS = 10 * 60_000;

/** The process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), or undefined if it is gone. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function ownerAlive(owner: string): boolean {
  const [pid, start] = owner.trim().split(' ');
  return Boolean(pid && start && processStartTime(Number(pid)) === start);
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The shell words that stop the cluster in `dataDir` at once, as its owner when we are root. */
function stopCommand(pgCtl: string, dataDir: string, asPostgres: boolean): string {
  const stop = `${shellQuote(pgCtl)} -D ${shellQuote(dataDir)} -m immediate -w -t 20 stop`;
  return asPostgres ? `runuser -u postgres -- ${stop}` : stop;
}

/**
 * Records this process as the owner of `dataDir` and starts its watchdog, detached (its own
 * session), so killing the test run's process group does not kill the watchdog with it.
 */
export function watchServer(dataDir: string, pgCtl: string, asPostgres: boolean): void {
  const pid = process.pid;
  const start = processStartTime(pid);
  if (!start) return; // No /proc: nothing to watch with; the exit handler is all there is.
  fs.writeFileSync(path.join(dataDir, OWNER_FILE), `${pid} ${start}\n`);
  const dir = shellQuote(dataDir);
  // Exits quietly once the folder is gone (the server was stopped the ordinary way).
  const script = [
    `while [ -d ${dir} ]; do`,
    `  s=$(sed 's/.*) //' /proc/${pid}/stat 2>/dev/null | cut -d' ' -f20)`,
    `  if [ "$s" != ${shellQuote(start)} ]; then`,
    `    [ -f ${dir}/postmaster.pid ] && ${stopCommand(pgCtl, dataDir, asPostgres)} >/dev/null 2>&1`,
    `    rm -rf ${dir}; exit 0`,
    `  fi`,
    `  sleep 1`,
    `done`,
  ].join('\n');
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  child.unref();
  if (child.pid) fs.writeFileSync(path.join(dataDir, WATCHDOG_FILE), `${child.pid}\n`);
}

/**
 * Stops and removes every test server folder under the temp folder whose owner is dead. Folders
 * without an owner file are removed only when no server runs in them and they are old enough not
 * to be an initdb in progress. Returns the folders removed.
 */
export function sweepStaleServers(pgCtl: string, asPostgres: boolean, tmp = os.tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(tmp).filter((n) => n.startsWith(DATA_DIR_PREFIX));
  } catch {
    return removed;
  }
  for (const name of names) {
    const dataDir = path.join(tmp, name);
    try {
      const ownerPath = path.join(dataDir, OWNER_FILE);
      if (fs.existsSync(ownerPath)) {
        if (ownerAlive(fs.readFileSync(ownerPath, 'utf8'))) continue;
      } else {
        if (Date.now() - fs.statSync(dataDir).mtimeMs < UNOWNED_GRACE_MS) continue;
        if (postmasterAlive(dataDir)) continue; // Someone's server on older code: not ours to judge.
      }
      if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) stopQuietly(pgCtl, dataDir, asPostgres);
      fs.rmSync(dataDir, { recursive: true, force: true });
      removed.push(dataDir);
    } catch {
      // Raced with its own watchdog or owner: whoever is first removes it.
    }
  }
  return removed;
}

function postmasterAlive(dataDir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return processStartTime(pid) !== undefined;
  } catch {
    return false;
  }
}

/** Stops the server if one runs there; a stale postmaster.pid with no server makes pg_ctl fail, which is fine. */
function stopQuietly(pgCtl: string, dataDir: string, asPostgres: boolean): void {
  spawnSync('sh', ['-c', stopCommand(pgCtl, dataDir, asPostgres)], { stdio: 'ignore' });
}
