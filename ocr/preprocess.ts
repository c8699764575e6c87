/**
 * Turns an uploaded photo into an image tesseract reads well, and refuses what is not one.
 *
 * Order matters: the type is checked from the bytes (never the file name), the pixel count
 * from the header before anything is decoded (a 20000x20000 PNG of a few KB is a decompression
 * bomb), then EXIF orientation is applied (tesseract ignores it, and a sideways photo reads as
 * nothing), colour is dropped, the image is scaled so body text lands near the glyph height the
 * LSTM models were trained on, and contrast is stretched for faded thermal paper. Small tilt
 * is left to tesseract's own deskew (`rotateAuto`), which measures text lines better than any
 * whole-image heuristic here.
 */
import { fileTypeFromBuffer } from 'file-type';
import type { Metadata } from 'sharp';
import { ValidationError } from '../kernel/errors';

export interface ImageLimits {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Largest width x height decoded; bigger images are refused unread. */
  maxPixels: number;
}

export interface PreparedImage {
  /** PNG bytes, grayscale, ready for the OCR engine. */
  png: Buffer;
  width: number;
  height: number;
  format: string;
  recognisedWidth: number;
  recognisedHeight: number;
  /** How speckled the image measured (see noiseScore); a median filter ran above NOISY. */
  noise: number;
}

/** Formats sharp's prebuilt binary decodes; others are refused with a clear message. */
const ACCEPTED = new Set(['jpg', 'png', 'webp', 'tiff', 'gif', 'avif']);

/**
 * Receipts are narrow: scaling the short side into this band puts 1-2 mm print at roughly
 * 25-40 px, where tesseract's LSTM is most accurate, without paying for huge bitmaps.
 */
const MIN_WIDTH = 1000;
const MAX_WIDTH = 1800;
const MIN_SIDE = 32;
/** Noise score above which the despeckle filter runs (see noiseScore for what was measured). */
const NOISY = 4;

export async function prepareReceiptImage(bytes: Uint8Array, limits: ImageLimits): Promise<PreparedImage> {
  const sharp = await loadSharp();
  if (bytes.byteLength === 0) throw new ValidationError('receipt_empty', 'The uploaded file is empty / 上传的文件是空的');
  if (bytes.byteLength > limits.maxBytes) {
    throw new ValidationError('receipt_too_large', `The image is ${bytes.byteLength} bytes; the limit is ${limits.maxBytes} / 图片过大`);
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ACCEPTED.has(type.ext)) {
    throw new ValidationError(
      'receipt_not_image',
      `The file is not a supported image (${type ? type.mime : 'unknown type'}); send a JPEG or PNG photo of the receipt / 文件不是可识别的图片，请上传小票照片（JPG/PNG）`,
    );
  }
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The header alone tells the size: refuse bombs before a single pixel is decoded.
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new ValidationError('receipt_image_unreadable', 'The image could not be read (damaged or truncated file) / 图片已损坏或不完整', error);
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > limits.maxPixels) {
    throw new ValidationError('receipt_too_many_pixels', `The image is ${width}x${height} pixels; the limit is ${limits.maxPixels} pixels / 图片像素过多`);
  }
  if (width < MIN_SIDE || height < MIN_SIDE) {
    throw new ValidationError('receipt_image_too_small', `The image is only ${width}x${height} pixels; nothing can be read from it / 图片太小，无法识别`);
  }
  // EXIF orientations 5-8 swap width and height.
  const uprightWidth = (meta.orientation ?? 1) >= 5 ? height : width;
  const scale = uprightWidth < MIN_WIDTH ? MIN_WIDTH / uprightWidth : uprightWidth > MAX_WIDTH ? MAX_WIDTH / uprightWidth : 1;
  try {
    // Decode once into an upright, grayscale, recognition-sized bitmap; the later steps work on it.
    const upright = await sharp(input, {
      limitInputPixels: limits.maxPixels,
      // Truncated or corrupt data must fail here, not hand tesseract half an image.
      failOn: 'truncated',
      // Animated GIF/WebP: the first frame only.
      pages: 1,
    })
      .rotate()
      .grayscale()
      .resize({ width: Math.round(uprightWidth * scale), kernel: scale > 1 ? 'cubic' : 'lanczos3' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { width: upright.info.width, height: upright.info.height, channels: 1 as const };
    const noise = await noiseScore(upright.data, raw);
    let pipeline = sharp(upright.data, { raw }).grayscale();
    // Speckle (dust, thermal-paper grain, sensor noise) is read as stray glyphs and can wreck a
    // whole page; a median filter removes it, but it also thins clean strokes, so it runs only
    // on images that measure as noisy.
    if (noise > NOISY) pipeline = pipeline.median(5);
    const { data, info } = await pipeline.normalise({ lower: 1, upper: 99 }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
    return { png: data, width, height, format: type.ext, recognisedWidth: info.width, recognisedHeight: info.height, noise };
  } catch (error) {
    throw new ValidationError('receipt_image_unreadable', 'The image could not be decoded (damaged or truncated file) / 图片已损坏或不完整，无法解码', error);
  }
}

/**
 * Mean absolute difference (0-255) between the image and its 3x3 median, at recognition size:
 * the clean, rotated, JPEG and photo fixtures measure 0.4-1.3, the speckled ones 7.3-7.6.
 */
async function noiseScore(pixels: Buffer, raw: { width: number; height: number; channels: 1 }): Promise<number> {
  const sharp = await loadSharp();
  // sharp turns one-channel raw input into sRGB on output unless told to stay grayscale.
  const smoothed = await sharp(pixels, { raw }).grayscale().median(3).raw().toBuffer();
  let sum = 0;
  for (let i = 0; i < pixels.length; i++) sum += Math.abs(pixels[i]! - smoothed[i]!);
  return pixels.length ? sum / pixels.length : 0;
}

/** sharp's native library is loaded at the first receipt, not by every process that could read one. */
async function loadSharp(): Promise<typeof import('sharp').default> {
  return (await import('sharp')).default;
}
