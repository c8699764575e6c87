/**
 * `KnowledgeCaseStore` on PostgreSQL (migration 7): the cases every instance shares. A save
 * replaces the whole set in one transaction (a reader sees the old set or the new one) and
 * notifies topic `knowledge` at COMMIT; each instance's knowledge base then re-reads the rows and
 * re-embeds only the entries whose hash changed (`KnowledgeBase.refresh`).
 */
import { z } from 'zod';
import { knowledgeEntry } from '../../knowledge/case-schema';
import type { LoadedEntry } from '../../knowledge/ingest/read-folder';
import type { KnowledgeCaseStore } from '../../knowledge/knowledge-case-store';
import type { KnowledgeLog } from '../../knowledge/knowledge-log';
import { lockUntilCommit } from './advisory-lock';
import type { PgDatabase } from './pg-database';
import { liveNoticeStatement } from './pg-live-bus';

const caseRow = z.object({ entry: z.unknown(), file: z.string(), line: z.number().int().nullable(), hash: z.string(), id: z.string() });

/** What listeners of topic `knowledge` are told: the store's save counter. */
export const knowledgeNotice = z.object({ version: z.number().int() });

export class PostgresKnowledgeStore implements KnowledgeCaseStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get where(): string {
    return `${this.db.where} (knowledge_cases)`;
  }

  async load(log: KnowledgeLog): Promise<LoadedEntry[] | undefined> {
    return this.db.transaction(async () => {
      if (!(await this.db.get('SELECT version FROM knowledge_meta WHERE id = 1'))) return undefined;
      const rows = await this.db.all('SELECT id, entry, file, line, hash FROM knowledge_cases ORDER BY position');
      const entries: LoadedEntry[] = [];
      for (const raw of rows) {
        const row = caseRow.parse(raw);
        const entry = knowledgeEntry.safeParse(row.entry);
        // A row written by a newer version, or edited by hand, is left out and said, not fatal.
        if (!entry.success) {
          log.warn(`knowledge case ${row.id} in ${this.where} is not valid (${entry.error.issues[0]?.message ?? 'invalid'}); left out`);
          continue;
        }
        entries.push({ entry: entry.data, file: row.file, ...(row.line === null ? {} : { line: row.line }), hash: row.hash });
      }
      return entries;
    });
  }

  async save(entries: LoadedEntry[]): Promise<void> {
    const rows = entries.map((e, position) => ({ position, id: e.entry.id, file: e.file, line: e.line ?? null, hash: e.hash, entry: e.entry }));
    await this.db.transaction(async () => {
      // Two ingests at once (two instances, or the command line and an instance) apply one after the other.
      await lockUntilCommit(this.db, 'knowledge_cases');
      await this.db.run('DELETE FROM knowledge_cases');
      if (rows.length) {
        await this.db.run(
          `INSERT INTO knowledge_cases (position, id, file, line, hash, entry)
           SELECT position, id, file, line, hash, entry FROM jsonb_to_recordset($1::jsonb)
             AS r(position integer, id text, file text, line integer, hash text, entry jsonb)`,
          [JSON.stringify(rows)],
        );
      }
      const saved = await this.db.get<{ version: number }>(
        `INSERT INTO knowledge_meta (id, version, saved_at) VALUES (1, 1, $1)
         ON CONFLICT (id) DO UPDATE SET version = knowledge_meta.version + 1, saved_at = excluded.saved_at
         RETURNING version`,
        [this.now().toISOString()],
      );
      const notice = liveNoticeStatement('knowledge', { version: saved!.version });
      await this.db.run(notice.sql, notice.params);
    });
  }
}
