/**
 * Reads an agent's picture from the uploads folder for a channel that uploads it to its platform
 * (WeChat, WeCom). A picture that is gone (retention removed it) or over the platform's own limit
 * will never go: a ValidationError, so the relay gives it up at once and the desks are told why.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Attachment } from '../bot/messages';
import { ValidationError } from '../kernel/errors';

export interface Picture {
  data: Buffer;
  filename: string;
  mimeType: string;
}

export async function readPicture(image: Pick<Attachment, 'ref' | 'mimeType'>, maxBytes: number): Promise<Picture> {
  let data: Buffer;
  try {
    data = await fs.readFile(image.ref);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new ValidationError('image_gone', '图片已不在服务器上（未保留）/ the picture is no longer kept on the server');
  }
  if (data.length > maxBytes) {
    const mb = (maxBytes / 1024 / 1024).toFixed(0);
    throw new ValidationError('image_too_large_for_platform', `图片超过平台上限 ${mb} MB / the picture is over the platform's ${mb} MB limit`);
  }
  const mimeType = image.mimeType ?? 'image/jpeg';
  const ext = mimeType === 'image/png' ? 'png' : mimeType === 'image/gif' ? 'gif' : 'jpg';
  return { data, filename: `${path.basename(image.ref).replace(/\.[^.]*$/, '') || 'picture'}.${ext}`, mimeType };
}
