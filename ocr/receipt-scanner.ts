/** The bot's `ReceiptScanner` port: a stored upload in, the fields and warranty evidence out. */
import fs from 'node:fs/promises';
import type { ReceiptScan, ReceiptScanner } from '../warranty/warranty-check';
import { readFromPhoto } from '../warranty/text-read-from-photo';
import { isAppError } from '../kernel/errors';
import { readReceipt } from './read-receipt';
import type { ReceiptReader } from './receipt-reader';
import { receiptEvidence } from './receipt-evidence';

export class FileReceiptScanner implements ReceiptScanner {
  constructor(
    private readonly reader: ReceiptReader,
    /** Whether to delete the photo once its fields are read (privacy by default). */
    private readonly deleteAfterReading: boolean,
  ) {}

  async scan(path: string, options: { keep?: boolean } = {}): Promise<ReceiptScan> {
    try {
      const reading = await readReceipt(this.reader, await fs.readFile(path));
      const fields = Object.fromEntries(
        Object.entries(reading.fields)
          .filter(([, f]) => f)
          .map(([name, f]) => [name, { value: String((f as { value: unknown }).value), confidence: (f as { confidence: number }).confidence }]),
      );
      return { ok: true, fields, evidence: receiptEvidence(reading), text: readFromPhoto(reading.ocr.text), summary: reading.summary };
    } catch (error) {
      if (!isAppError(error) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const code = isAppError(error) ? error.code : 'receipt_missing';
      return { ok: false, fields: {}, evidence: { confidence: 0 }, error: { code, message: (error as Error).message } };
    } finally {
      if (this.deleteAfterReading && !options.keep) await fs.rm(path, { force: true });
    }
  }
}
