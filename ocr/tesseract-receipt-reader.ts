/**
 * `TesseractReceiptReader`: the `ReceiptReader` port on tesseract.js 7, fully offline.
 *
 * - Language data comes from the npm packages, assembled into one local folder
 *   (language-data.ts). A folder path, never a URL, is what keeps tesseract.js from fetching.
 * - Workers cost about 1 s and 150-230 MB each, so they are pooled: started on first use, at
 *   most `workers` of them, reused across images, and terminated by `close()` (a live worker
 *   keeps a Node process from exiting).
 * - Every read has a time limit covering preprocessing, the wait for a worker and recognition.
 *   A worker that overruns is terminated and replaced, because tesseract cannot be
 *   interrupted mid-page and would otherwise keep a core busy for a caller who left.
 */
import Tesseract from 'tesseract.js';
import { AppError } from '../kernel/errors';
import { OCR_LANGUAGES, prepareLanguageFolder } from './language-data';
import { prepareReceiptImage, type ImageLimits } from './preprocess';
import type { OcrLine, OcrResult, ReadOptions, ReceiptReader } from './receipt-reader';

export interface TesseractReaderOptions {
  /** Folder that holds (or will hold) eng and chi_sim traineddata.gz. */
  languageFolder: string;
  /** Most workers alive at once; 1 per core is the sensible ceiling. */
  workers: number;
  /** Limit for one image, end to end. */
  imageTimeoutMs: number;
  /** Limit for starting one worker (a broken language file can make it hang). */
  workerStartTimeoutMs?: number;
  limits: ImageLimits;
}

type Worker = Tesseract.Worker;

/** One read in flight: whether its caller gave up, and the worker it holds. */
interface Job {
  abandoned: boolean;
  worker?: Worker;
}

export class OcrTimeoutError extends AppError {
  constructor(ms: number) {
    super('internal', 'ocr_timeout', `Reading the receipt took longer than ${ms} ms and was stopped / 小票识别超时`, { retryable: true });
    this.name = 'OcrTimeoutError';
  }
}

export class TesseractReceiptReader implements ReceiptReader {
  private readonly options: Required<TesseractReaderOptions>;
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  private starting = 0;
  private readonly waiters: { resolve: (w: Worker) => void; reject: (e: unknown) => void }[] = [];
  private languageFolder?: string;
  /** Bumped by close(), so workers that finish starting after a close are not kept. */
  private generation = 0;

  constructor(options: TesseractReaderOptions) {
    if (!Number.isInteger(options.workers) || options.workers < 1) throw new RangeError('workers must be a whole number >= 1');
    this.options = { workerStartTimeoutMs: 30_000, ...options };
  }

  /** Workers alive now (idle or busy); for tests and health checks. */
  get workerCount(): number {
    return this.idle.length + this.busy.size;
  }

  async read(image: Uint8Array, options: ReadOptions = {}): Promise<OcrResult> {
    const job: Job = { abandoned: false };
    const limit = this.options.imageTimeoutMs;
    const running = this.run(image, job);
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const stop = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OcrTimeoutError(limit)), limit);
      if (options.signal) {
        onAbort = () => reject(new AppError('internal', 'ocr_aborted', 'Reading the receipt was cancelled', { cause: options.signal?.reason }));
        if (options.signal.aborted) onAbort();
        else options.signal.addEventListener('abort', onAbort, { once: true });
      }
    });
    // Whichever promise loses the race must not surface as an unhandled rejection.
    running.catch(() => undefined);
    stop.catch(() => undefined);
    try {
      return await Promise.race([running, stop]);
    } catch (error) {
      if (error instanceof OcrTimeoutError || (error instanceof AppError && error.code === 'ocr_aborted')) {
        job.abandoned = true;
        // tesseract cannot be interrupted mid-page: end the worker, a fresh one starts on demand.
        if (job.worker) this.discard(job.worker);
      }
      if (error instanceof AppError) throw error;
      throw new AppError('internal', 'ocr_failed', `The OCR engine failed on this image: ${String(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
      if (onAbort) options.signal?.removeEventListener('abort', onAbort);
    }
  }

  private async run(image: Uint8Array, job: Job): Promise<OcrResult> {
    const started = performance.now();
    const prepared = await prepareReceiptImage(image, this.options.limits);
    if (job.abandoned) throw new OcrTimeoutError(this.options.imageTimeoutMs);
    const worker = await this.acquire();
    if (job.abandoned) {
      this.release(worker);
      throw new OcrTimeoutError(this.options.imageTimeoutMs);
    }
    job.worker = worker;
    try {
      const { data } = await worker.recognize(prepared.png, { rotateAuto: true }, { text: true, blocks: true });
      const lines = linesOf(data);
      return {
        text: lines.map((l) => l.text).join('\n'),
        lines,
        confidence: clamp01((data.confidence ?? 0) / 100),
        durationMs: Math.round(performance.now() - started),
        image: {
          width: prepared.width,
          height: prepared.height,
          format: prepared.format,
          recognisedWidth: prepared.recognisedWidth,
          recognisedHeight: prepared.recognisedHeight,
          noise: Math.round(prepared.noise * 100) / 100,
        },
      };
    } finally {
      // An abandoned job's worker was already discarded; a healthy one goes back to the pool.
      if (!job.abandoned) this.release(worker);
    }
  }

  async close(): Promise<void> {
    this.generation++;
    const all = [...this.idle, ...this.busy];
    this.idle.length = 0;
    this.busy.clear();
    for (const waiter of this.waiters.splice(0)) {
      waiter.reject(new AppError('internal', 'ocr_closed', 'The receipt reader was closed'));
    }
    await Promise.allSettled(all.map((w) => w.terminate()));
  }

  private acquire(): Promise<Worker> {
    const free = this.idle.pop();
    if (free) {
      this.busy.add(free);
      return Promise.resolve(free);
    }
    if (this.workerCount + this.starting < this.options.workers) {
      return this.start().then((w) => {
        this.busy.add(w);
        return w;
      });
    }
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  private release(worker: Worker): void {
    // A worker from before a close() is not ours any more.
    if (!this.busy.delete(worker)) return;
    const waiter = this.waiters.shift();
    if (waiter) {
      this.busy.add(worker);
      waiter.resolve(worker);
    } else {
      this.idle.push(worker);
    }
  }

  private discard(worker: Worker): void {
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    void worker.terminate().catch(() => undefined);
    // Someone may be queued behind the worker that was just removed: start a replacement.
    const waiter = this.waiters.shift();
    if (waiter) {
      this.start().then((w) => {
        this.busy.add(w);
        waiter.resolve(w);
      }, waiter.reject);
    }
  }

  private async start(): Promise<Worker> {
    const generation = this.generation;
    this.starting++;
    try {
      this.languageFolder ??= prepareLanguageFolder(this.options.languageFolder);
      let timer: NodeJS.Timeout | undefined;
      let startError: unknown;
      const creating = Tesseract.createWorker([...OCR_LANGUAGES], Tesseract.OEM.LSTM_ONLY, {
        langPath: this.languageFolder,
        gzip: true,
        // 'none': otherwise tesseract.js writes uncompressed traineddata into the working folder.
        cacheMethod: 'none',
        // Without a handler a worker error crashes the whole process.
        errorHandler: (error: unknown) => {
          startError = error;
        },
      });
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new AppError(
                'internal',
                'ocr_worker_start_timeout',
                `The OCR engine did not start within ${this.options.workerStartTimeoutMs} ms${startError ? `: ${startError instanceof Error ? startError.message : JSON.stringify(startError)}` : ''}`,
              ),
            ),
          this.options.workerStartTimeoutMs,
        );
      });
      creating.catch(() => undefined);
      let worker: Worker;
      try {
        worker = await Promise.race([creating, timeout]);
      } catch (error) {
        // If it does start late, do not leak it.
        void creating.then((w) => w.terminate()).catch(() => undefined);
        if (error instanceof AppError) throw error;
        throw new AppError('internal', 'ocr_worker_start_failed', `The OCR engine failed to start: ${String(error)}`, { cause: error });
      } finally {
        clearTimeout(timer);
      }
      await worker.setParameters({
        // One uniform block: receipts then read in line order (the default mode shuffles lines).
        tessedit_pageseg_mode: Tesseract.PSM.SINGLE_BLOCK,
        preserve_interword_spaces: '1',
        // Photos carry no trustworthy DPI; telling tesseract stops its "estimating resolution" guess.
        user_defined_dpi: '300',
        // Tesseract prints notes such as "Detected 47 diacritics" to stdout, which would corrupt
        // `--json` output; send them nowhere.
        debug_file: '/dev/null',
      });
      if (generation !== this.generation) {
        await worker.terminate();
        throw new AppError('internal', 'ocr_closed', 'The receipt reader was closed while a worker started');
      }
      return worker;
    } finally {
      this.starting--;
    }
  }
}

function linesOf(page: Tesseract.Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.text.replace(/\s+$/u, '');
        if (!text.trim()) continue;
        lines.push({ text, confidence: clamp01(line.confidence / 100), box: { ...line.bbox } });
      }
    }
  }
  if (!lines.length && page.text?.trim()) {
    // Without block output, fall back to the plain text with the page confidence.
    for (const text of page.text.split('\n')) if (text.trim()) lines.push({ text: text.trimEnd(), confidence: clamp01(page.confidence / 100) });
  }
  return lines;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
