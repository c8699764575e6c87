/** Writes one benchmark's figures to bench/results/NAME.json in the shape every benchmark shares. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BenchResult {
  /** The headline side-by-side figure (ours / baseline, or as the benchmark defines it). */
  ratio: number;
  /** The goal, in words and as a number to compare `ratio` with. */
  target: { description: string; maxRatio?: number; minRatio?: number };
  /** Whether `ratio` meets the target in this run. */
  met: boolean;
  /** Everything measured, with units in the key names. */
  figures: Record<string, unknown>;
}

export function machine() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}

export function writeResult(name: string, result: BenchResult): string {
  const dir = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  const body = { name, ranAt: new Date().toISOString(), machine: machine(), ...result };
  fs.writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  console.log(`${name}: ratio ${result.ratio.toFixed(3)} (${result.target.description}) -> ${result.met ? 'met' : 'NOT met'}; wrote ${path.relative(process.cwd(), file)}`);
  return file;
}

/** Percentile of a sorted-or-not list of numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
