/**
 * Receipt OCR: our tesseract.js reader (warm worker, preprocessing included) against the
 * native `tesseract` program (Debian tesseract-ocr 5 with chi-sim, one process per image as
 * its CLI is used) on the same images in one run, with field accuracy for both through the
 * same extraction code. Headline ratio: our seconds per receipt / native seconds per receipt;
 * the target is <= 1.5 with field accuracy equal or better.
 *
 * Without native tesseract there is nothing to compare with: the bench says so and exits
 * non-zero without writing a result.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFields } from '../ocr/fields/extract-fields';
import { scoreAll, valuesOf, type FieldValues } from '../ocr/field-accuracy';
import { readReceipt } from '../ocr/read-receipt';
import { TesseractReceiptReader } from '../ocr/tesseract-receipt-reader';
import { percentile, writeResult } from './result';

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures/receipts');
const ROUNDS = 2;

const version = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
if (version.error || version.status !== 0 || !/chi_sim/.test(langs.stdout ?? '') || !/\beng\b/.test(langs.stdout ?? '')) {
  console.error('ocr bench: native tesseract with eng and chi_sim is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim); no result written.');
  process.exit(1);
}
const nativeVersion = (version.stdout || version.stderr).split('\n')[0]!.trim();

const truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'truth.json'), 'utf8')) as Record<string, FieldValues>;
const files = Object.keys(truth);

/** Peak resident memory of this process (worker threads live in it), sampled. */
let ourPeakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (ourPeakRss = Math.max(ourPeakRss, process.memoryUsage().rss)), 25);

async function ours(workers: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ocr-'));
  const reader = new TesseractReceiptReader({ languageFolder: dir, workers, imageTimeoutMs: 120_000, limits: { maxBytes: 16e6, maxPixels: 40e6 } });
  try {
    const startStarted = performance.now();
    // Warm every worker first: the figure is per receipt with warm workers.
    await Promise.all(Array.from({ length: workers }, () => reader.read(fs.readFileSync(path.join(FIXTURES, files[0]!)))));
    const warmupMs = performance.now() - startStarted;
    const times: number[] = [];
    const got: Record<string, FieldValues> = {};
    const wallStarted = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      let next = 0;
      await Promise.all(
        Array.from({ length: workers }, async () => {
          while (next < files.length) {
            const file = files[next++]!;
            const t = performance.now();
            const reading = await readReceipt(reader, fs.readFileSync(path.join(FIXTURES, file)));
            times.push(performance.now() - t);
            got[file] = valuesOf(reading.fields);
          }
        }),
      );
    }
    const wallMs = performance.now() - wallStarted;
    return { times, wallMs, warmupMs, got };
  } finally {
    await reader.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one native tesseract process, polling /proc for its peak memory. */
function nativeOne(file: string): Promise<{ ms: number; text: string; peakKiB: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // One thread, as tesseract.js has: OpenMP would otherwise take every core for one image.
    const child = spawn('tesseract', [file, 'stdout', '-l', 'eng+chi_sim', '--oem', '1', '--psm', '6'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    let text = '';
    let peakKiB = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKiB = Math.max(peakKiB, Number(m[1]));
      } catch {
        /* exited between polls */
      }
    }, 10);
    child.stdout.on('data', (d: Buffer) => (text += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`tesseract exited ${code} on ${file}`));
      else resolve({ ms: performance.now() - started, text, peakKiB });
    });
  });
}

async function native(parallel: number) {
  const times: number[] = [];
  const got: Record<string, FieldValues> = {};
  let peakKiB = 0;
  const wallStarted = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    let next = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < files.length) {
          const file = files[next++]!;
          const run = await nativeOne(path.join(FIXTURES, file));
          times.push(run.ms);
          peakKiB = Math.max(peakKiB, run.peakKiB);
          const lines = run.text.split('\n').map((text) => ({ text, confidence: 0.9 }));
          got[file] = valuesOf(extractFields(lines).fields);
        }
      }),
    );
  }
  return { times, wallMs: performance.now() - wallStarted, peakKiB, got };
}

const accuracy = (got: Record<string, FieldValues>) => scoreAll(files.map((f) => ({ got: got[f] ?? {}, truth: truth[f]! })));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const s = (ms: number) => Math.round(ms) / 1000;

const baseRss = process.memoryUsage().rss;
const one = await ours(1);
const peakOneWorkerMiB = Math.round(ourPeakRss / 2 ** 20);
const two = await ours(2);
const peakTwoWorkersMiB = Math.round(ourPeakRss / 2 ** 20);
clearInterval(sampler);
const nat = await native(1);
const nat2 = await native(2);

const ourAcc = accuracy(one.got);
const natAcc = accuracy(nat.got);
const oursPerReceipt = mean(one.times);
const nativePerReceipt = mean(nat.times);
const ratio = oursPerReceipt / nativePerReceipt;
const accuracyOk = ourAcc.overall >= natAcc.overall;
const figures = {
  images: files.length,
  rounds: ROUNDS,
  native: nativeVersion,
  nativeData: 'Debian tesseract-ocr-eng / -chi-sim (tessdata_fast models), --oem 1 --psm 6, OMP_THREAD_LIMIT=1, one process per image',
  oursData: '@tesseract.js-data eng + chi_sim 4.0.0_best_int, OEM LSTM_ONLY, PSM 6, rotateAuto, sharp preprocessing',
  oursSecondsPerReceiptMean: s(oursPerReceipt),
  oursSecondsPerReceiptP50: s(percentile(one.times, 50)),
  oursSecondsPerReceiptP95: s(percentile(one.times, 95)),
  oursWorkerStartAndFirstReadSeconds: s(one.warmupMs),
  nativeSecondsPerReceiptMean: s(nativePerReceipt),
  nativeSecondsPerReceiptP50: s(percentile(nat.times, 50)),
  nativeSecondsPerReceiptP95: s(percentile(nat.times, 95)),
  oursPeakRssMiBOneWorker: peakOneWorkerMiB,
  oursPeakRssMiBTwoWorkers: peakTwoWorkersMiB,
  oursBaseRssMiBBeforeOcr: Math.round(baseRss / 2 ** 20),
  nativePeakRssMiBPerProcess: Math.round(nat.peakKiB / 1024),
  throughput: {
    oursTwoWorkersSecondsPerReceipt: s(two.wallMs / (files.length * ROUNDS)),
    nativeTwoProcessesSecondsPerReceipt: s(nat2.wallMs / (files.length * ROUNDS)),
    oursOneWorkerSecondsPerReceipt: s(one.wallMs / (files.length * ROUNDS)),
    nativeOneProcessSecondsPerReceipt: s(nat.wallMs / (files.length * ROUNDS)),
  },
  fieldAccuracyOurs: ourAcc,
  fieldAccuracyNative: natAcc,
  fieldAccuracyEqualOrBetter: accuracyOk,
};
console.log(JSON.stringify(figures, null, 2));
writeResult('ocr', {
  ratio: Math.round(ratio * 1000) / 1000,
  target: { description: 'ours / native seconds per receipt <= 1.5, with equal or better field accuracy', maxRatio: 1.5 },
  met: ratio <= 1.5 && accuracyOk,
  figures,
});
