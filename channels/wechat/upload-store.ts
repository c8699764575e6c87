/** Photos from WeChat customers, saved by the shared store (channels/upload-store.ts) under a wechat- name. */
import { saveImage as save, type SavedImage } from '../upload-store';

export type { SavedImage };

export function saveImage(bytes: Uint8Array, options: { dir: string; maxBytes: number }): Promise<SavedImage> {
  return save(bytes, { ...options, prefix: 'wechat' });
}
