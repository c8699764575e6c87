/**
 * Checks a receipt photo before anything decodes it, and stores a clean copy for the bot's
 * receipt scanner: the type is read from the bytes (never the name or Content-Type), the pixel
 * count from the header alone (so a few-kilobyte 20000x20000 "bomb" never gets decoded), and the
 * picture is then decoded once with that limit, turned upright from its EXIF orientation and
 * re-encoded, which drops EXIF (GPS position) and anything hidden after the image data. It is
 * stored under a server-made name in the uploads folder, which is never served over HTTP.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { WebError } from './web-errors';

/** Types a phone camera produces and that we can read; HEIC only where this sharp build decodes it. */
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif']);

export interface UploadLimits {
  maxBytes: number;
  maxPixels: number;
}

export interface StoredUpload {
  path: string;
  mimeType: string;
  bytes: number;
  width: number;
  height: number;
}

export async function storeReceiptPhoto(bytes: Buffer, limits: UploadLimits, uploadsDir: string): Promise<StoredUpload> {
  if (bytes.length === 0) throw new WebError(400, 'upload_empty', 'The upload is empty; choose a photo of the receipt / 上传内容为空，请选择发票照片');
  if (bytes.length > limits.maxBytes) throw tooLarge(limits.maxBytes);

  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !ACCEPTED.has(detected.mime)) {
    const what = looksLikeSvg(bytes) ? 'an SVG drawing / SVG 矢量图' : detected ? `${detected.mime}` : 'not an image / 不是图片';
    throw new WebError(415, 'unsupported_image_type', `Only JPEG, PNG, WebP or HEIC photos are accepted; this file is ${what} / 仅支持 JPEG、PNG、WebP 或 HEIC 照片`);
  }

  // sharp's native library is loaded at the first photo, not by every process serving the chat.
  const { default: sharp } = await import('sharp');
  let width: number;
  let height: number;
  try {
    // The header alone: sharp's own default pixel limit would refuse before we can say why.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch (error) {
    throw unreadable(detected.mime, error);
  }
  if (!width || !height) throw unreadable(detected.mime);
  if (width * height > limits.maxPixels) {
    throw new WebError(
      413,
      'image_too_many_pixels',
      `The picture is ${width}x${height} pixels; at most ${limits.maxPixels.toLocaleString('en-US')} pixels are accepted / 图片像素过多（${width}x${height}），请缩小后再上传`,
    );
  }

  let clean: Buffer;
  const keepPng = detected.mime === 'image/png' || detected.mime === 'image/webp';
  try {
    const pipeline = sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'truncated' }).rotate();
    clean = await (keepPng ? pipeline.png() : pipeline.jpeg({ quality: 95 })).toBuffer();
  } catch (error) {
    throw unreadable(detected.mime, error);
  }

  await fs.mkdir(uploadsDir, { recursive: true, mode: 0o700 });
  const file = path.join(uploadsDir, `${randomUUID()}.${keepPng ? 'png' : 'jpg'}`);
  await fs.writeFile(file, clean, { mode: 0o600, flag: 'wx' });
  return { path: file, mimeType: keepPng ? 'image/png' : 'image/jpeg', bytes: clean.length, width, height };
}

export function tooLarge(maxBytes: number): WebError {
  const mb = (maxBytes / 1024 / 1024).toFixed(1);
  return new WebError(413, 'upload_too_large', `The photo is larger than ${mb} MB / 照片超过 ${mb} MB，请压缩后再上传`);
}

function unreadable(mime: string, cause?: unknown): WebError {
  const heic = mime === 'image/heic' || mime === 'image/heif';
  const error = heic
    ? new WebError(415, 'unsupported_image_type', 'HEIC photos cannot be read here; please send a JPEG or PNG (screenshot) / 暂不支持读取 HEIC 照片，请发送 JPEG 或 PNG（可截图）')
    : new WebError(422, 'image_unreadable', 'The picture is damaged or incomplete; please take or send it again / 图片已损坏或不完整，请重新拍摄或发送');
  if (cause) (error as { cause?: unknown }).cause = cause;
  return error;
}

function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 1024).toString('utf8').toLowerCase();
  return head.includes('<svg') || (head.includes('<?xml') && head.includes('svg'));
}
