/**
 * Saves a photo a customer sent under the uploads folder, for the bot's receipt scanner to read.
 * The name is ours (never the sender's), the type is judged from the bytes, and the size is
 * capped before anything is written. Shared by the chat channels that receive photos as bytes
 * (WeChat, WeCom); `prefix` names the channel in the file name.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { ValidationError } from '../kernel/errors';

const IMAGE_TYPES = new Set(['jpg', 'png', 'webp', 'gif', 'tiff', 'avif']);

export interface SavedImage {
  path: string;
  mimeType: string;
  bytes: number;
}

export async function saveImage(bytes: Uint8Array, options: { dir: string; maxBytes: number; prefix: string }): Promise<SavedImage> {
  if (bytes.byteLength === 0) throw new ValidationError('image_empty', '图片是空的，请重新发送。/ The picture was empty; please send it again.');
  if (bytes.byteLength > options.maxBytes) {
    const mb = (options.maxBytes / 1024 / 1024).toFixed(1);
    throw new ValidationError('image_too_large', `图片太大（上限 ${mb} MB），请压缩后重新发送。/ The picture is too large (limit ${mb} MB); please send a smaller one.`);
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !IMAGE_TYPES.has(type.ext)) {
    throw new ValidationError('not_an_image', '无法识别这张图片，请发送 JPG 或 PNG 格式的照片。/ That file is not a picture I can read; please send a JPG or PNG photo.');
  }
  await fs.mkdir(options.dir, { recursive: true });
  const file = path.join(options.dir, `${options.prefix}-${randomUUID()}.${type.ext}`);
  // Receipts carry names and addresses: readable by this process only.
  await fs.writeFile(file, bytes, { mode: 0o600, flag: 'wx' });
  return { path: file, mimeType: type.mime, bytes: bytes.byteLength };
}
