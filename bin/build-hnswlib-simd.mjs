#!/usr/bin/env node
/**
 * Runs after `npm install` / `npm ci`: rebuilds hnswlib-node's addon with AVX2 and FMA when this
 * x86-64 CPU has them. npm compiles it with the compiler's defaults (SSE only), and hnswlib picks
 * its distance kernels at compile time; at 100k knowledge cases AVX2 brings vector search p50 from
 * 1.5 ms to 1.1 ms (bench/knowledge.bench.ts reports which build it measured).
 *
 * The addon is built in a scratch copy and swapped in only when the build succeeds, so a missing
 * compiler or an odd CPU leaves npm's own build in place. Set AFTERSALES_GENERIC_HNSWLIB=1 to skip,
 * e.g. when node_modules is built on one machine and copied to an older one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const FLAGS = '-O3 -mavx2 -mfma';
const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'package.json'));
const log = (message) => console.log(`hnswlib-node: ${message}`);

function cpuHasAvx2AndFma() {
  if (process.arch !== 'x64' || process.platform !== 'linux') return false;
  try {
    const flags = new Set(/^flags\s*:(.*)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim().split(/\s+/) ?? []);
    return flags.has('avx2') && flags.has('fma');
  } catch {
    return false;
  }
}

function main() {
  if (process.env.AFTERSALES_GENERIC_HNSWLIB) return log('AFTERSALES_GENERIC_HNSWLIB is set; not building for this CPU');
  if (!cpuHasAvx2AndFma()) return log('no AVX2/FMA on this CPU (or not x86-64 Linux); keeping the generic build');
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('hnswlib-node/package.json'));
  } catch {
    return log('not installed; nothing to rebuild');
  }
  const target = path.join(packageDir, 'build', 'Release', 'addon.node');
  const marker = path.join(packageDir, 'build', 'Release', 'simd.json');
  if (fs.existsSync(marker) && fs.existsSync(target) && JSON.parse(fs.readFileSync(marker, 'utf8')).flags === FLAGS) return log(`already built with ${FLAGS}`);
  const gyp = process.env.npm_config_node_gyp || require.resolve('node-gyp/bin/node-gyp.js');
  // The scratch copy sits under node_modules so the addon's build finds node-addon-api there.
  const scratch = path.join(root, 'node_modules', '.cache', 'hnswlib-simd');
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(scratch), { recursive: true });
  fs.cpSync(packageDir, scratch, { recursive: true, filter: (src) => !src.startsWith(path.join(packageDir, 'build')) });
  log(`rebuilding with ${FLAGS} for this CPU (about 10 s)`);
  // Node's own headers when installed beside it (no download); npm passes its nodedir setting on too.
  const installPrefix = path.resolve(path.dirname(process.execPath), '..');
  const nodedir = process.env.npm_config_nodedir || (fs.existsSync(path.join(installPrefix, 'include', 'node', 'node_api.h')) ? installPrefix : undefined);
  const build = spawnSync(process.execPath, [gyp, 'rebuild', ...(nodedir ? [`--nodedir=${nodedir}`] : [])], {
    cwd: scratch,
    env: { ...process.env, CXXFLAGS: `${process.env.CXXFLAGS ?? ''} ${FLAGS}`.trim() },
    encoding: 'utf8',
  });
  const built = path.join(scratch, 'build', 'Release', 'addon.node');
  try {
    if (build.status !== 0 || !fs.existsSync(built)) {
      log(`the SIMD build failed; keeping the generic build\n${(build.stderr || build.error?.message || '').split('\n').slice(-8).join('\n')}`);
      return;
    }
    // The new addon must load before it replaces the working one.
    const check = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(built)})`]);
    if (check.status !== 0) return log('the SIMD build does not load here; keeping the generic build');
    fs.copyFileSync(built, `${target}.tmp`);
    fs.renameSync(`${target}.tmp`, target);
    fs.writeFileSync(marker, JSON.stringify({ flags: FLAGS }));
    log(`built with ${FLAGS}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  // Never fail the install over an optimisation.
  log(`could not rebuild (${error.message}); keeping the generic build`);
}
