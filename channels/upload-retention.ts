/**
 * Photos customers sent (receipts carry names, addresses and phone numbers) are deleted from the
 * uploads folder once older than RETENTION_UPLOADS_DAYS. Age is the file's modification time,
 * which is when it was received: no channel rewrites an upload. Sub-folders are searched too.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export async function pruneUploads(dir: string, before: Date): Promise<number> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0; // nothing was ever uploaded
    throw error;
  }
  let removed = 0;
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) removed += await pruneUploads(file, before);
    else if (entry.isFile() && (await fs.stat(file)).mtime < before) {
      await fs.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
