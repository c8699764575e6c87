/**
 * The ingested entries, kept as one JSON file in the index folder (next to the database): the
 * one-process `KnowledgeCaseStore`. It is the source of truth the vector index is synced from: a
 * lost or corrupt index is rebuilt from it. Rows read back are validated like any other edge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StorageError } from '../kernel/errors';
import { knowledgeEntry } from './case-schema';
import type { LoadedEntry } from './ingest/read-folder';
import type { KnowledgeCaseStore } from './knowledge-case-store';
import type { KnowledgeLog } from './knowledge-log';

const storeSchema = z.object({
  format: z.literal(1),
  entries: z.array(z.object({ entry: knowledgeEntry, file: z.string(), line: z.number().int().optional(), hash: z.string() })),
});

export class FileKnowledgeStore implements KnowledgeCaseStore {
  readonly file: string;

  constructor(dir: string, name = 'knowledge') {
    this.file = path.join(dir, `${name}.cases.json`);
  }

  get where(): string {
    return this.file;
  }

  exists(): boolean {
    return fs.existsSync(this.file);
  }

  /** The stored entries, or undefined when there is no usable store (a corrupt one is set aside, not deleted). */
  async load(log: KnowledgeLog): Promise<LoadedEntry[] | undefined> {
    return this.loadNow(log);
  }

  private loadNow(log: KnowledgeLog): LoadedEntry[] | undefined {
    if (!this.exists()) return undefined;
    try {
      return storeSchema.parse(JSON.parse(fs.readFileSync(this.file, 'utf8'))).entries;
    } catch (error) {
      const aside = `${this.file}.corrupt-${Date.now()}`;
      try {
        fs.renameSync(this.file, aside);
      } catch {
        /* if even the rename fails, the next save overwrites it */
      }
      log.warn(`knowledge store ${this.file} is unreadable (${(error as Error).message.split('\n')[0]}); kept as ${aside}, starting over`);
      return undefined;
    }
  }

  async save(entries: LoadedEntry[]): Promise<void> {
    this.saveNow(entries);
  }

  /** The same as `save`, for callers outside any event loop turn (test fixtures seeding a data folder). */
  saveNow(entries: LoadedEntry[]): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ format: 1, entries }));
      fs.renameSync(tmp, this.file);
    } catch (error) {
      throw new StorageError('kb_store_write_failed', `Could not write the knowledge store ${this.file}: ${(error as Error).message}`, { cause: error });
    }
  }
}
