/**
 * The `ReceiptReader` port: image bytes in, recognised text with confidence out.
 *
 * It knows nothing about receipts' meaning (fields live in fields/) and nothing about
 * tesseract (tesseract-receipt-reader.ts is the implementation), so the bot and the web upload
 * path depend on this file only.
 */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrLine {
  text: string;
  /** 0-1: the engine's own confidence in this line. */
  confidence: number;
  box?: OcrBox;
}

export interface OcrResult {
  /** All recognised text, lines in reading order, joined with newlines. */
  text: string;
  lines: OcrLine[];
  /**
   * 0-1: the engine's page confidence. It can be high on empty output, so callers judge a
   * receipt by the fields found, not by this number alone.
   */
  confidence: number;
  /** Time spent on this image (preprocessing and recognition), for logs and benchmarks. */
  durationMs: number;
  /** What preprocessing did: size decoded, size recognised, rotation applied. */
  image: { width: number; height: number; format: string; recognisedWidth: number; recognisedHeight: number; noise: number };
}

export interface ReadOptions {
  /** Cancels the wait (the engine's own work may run on until the worker is replaced). */
  signal?: AbortSignal;
}

export interface ReceiptReader {
  /**
   * Reads one image. Rejects with a ValidationError for input that is not a usable image (not
   * an image, truncated, too many pixels, too many bytes), and with a retryable AppError coded
   * `ocr_timeout` when the per-image time limit passes. Never hangs.
   */
  read(image: Uint8Array, options?: ReadOptions): Promise<OcrResult>;
  /** Stops every worker; the reader can be used again afterwards (it restarts lazily). */
  close(): Promise<void>;
}
