/**
 * What every `ReceiptReader` promises (ocr/receipt-reader.ts), run against each implementation
 * by receipt-reader.test.ts: a receipt photo comes back as text lines with confidences, in
 * reading order; input that is not a usable image is refused with a validation error naming why
 * (never a crash); and a closed reader works again when next asked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors';
import type { ReceiptReader } from '../../ocr/receipt-reader';
import { truncated } from '../ocr/support/bad-images';
import { fixture } from '../ocr/support/fixtures';

export interface ReceiptReaderUnderTest {
  reader: ReceiptReader;
  /** Frees what the reader was built on (its folder), after `reader.close()`. */
  cleanup(): void;
}

export function describeReceiptReaderContract(name: string, make: () => ReceiptReaderUnderTest) {
  describe(`ReceiptReader contract: ${name}`, () => {
    let made: ReceiptReaderUnderTest;
    beforeAll(() => {
      made = make();
    });
    afterAll(async () => {
      await made?.reader.close();
      made?.cleanup();
    });

    const refusal = async (bytes: Uint8Array) => {
      const error = await made.reader.read(bytes).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      return error as AppError;
    };

    it('reads a receipt photo as lines of text with confidences, the lines making up the text', async () => {
      const result = await made.reader.read(fixture('en-clean-phone.png'));
      expect(result.lines.length).toBeGreaterThan(3);
      expect(result.text).toBe(result.lines.map((l) => l.text).join('\n'));
      expect(result.text).toMatch(/873\.99/);
      for (const line of result.lines) {
        expect(line.confidence).toBeGreaterThanOrEqual(0);
        expect(line.confidence).toBeLessThanOrEqual(1);
      }
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.image).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    });

    it('refuses a file that is not an image', async () => {
      expect(await refusal(Buffer.from('%PDF-1.7 not a photo at all'))).toMatchObject({ kind: 'validation', code: 'receipt_not_image' });
      expect(await refusal(fs.readFileSync(path.resolve('package.json')))).toMatchObject({ kind: 'validation', code: 'receipt_not_image' });
    });

    it('refuses an empty file', async () => {
      expect(await refusal(new Uint8Array(0))).toMatchObject({ kind: 'validation', code: 'receipt_empty' });
    });

    it('refuses truncated PNG and JPEG files', async () => {
      expect(await refusal(truncated(fixture('zh-clean-air-conditioner.png')))).toMatchObject({ kind: 'validation', code: 'receipt_image_unreadable' });
      expect(await refusal(truncated(fixture('zh-jpeg-tv.jpg')))).toMatchObject({ kind: 'validation', code: 'receipt_image_unreadable' });
      expect(await refusal(fixture('zh-jpeg-tv.jpg').subarray(0, 20))).toMatchObject({ kind: 'validation' });
    });

    it('can be closed and used again', async () => {
      await made.reader.close();
      const result = await made.reader.read(fixture('en-clean-phone.png'));
      expect(result.text).toMatch(/873\.99/);
    });
  });
}
