/**
 * A promise wrapper over one sqlite3 connection with the durability settings the desk needs:
 * WAL, synchronous=FULL, busy_timeout and foreign keys. Every write goes through `transaction`,
 * which serialises writers on this connection (sqlite3 would otherwise interleave statements of
 * concurrent flows into one transaction), joins nested calls into the outer transaction, and lets
 * writers that queue up share one COMMIT (group-commit.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { StorageError } from '../../kernel/errors';
import { GroupCommit } from './group-commit';

export type SqlValue = string | number | null | bigint | Buffer;
export type Row = Record<string, unknown>;

export interface OpenOptions {
  /** Milliseconds a writer waits for another process's lock before giving up. */
  busyTimeoutMs?: number;
  readOnly?: boolean;
}

interface Statement {
  run(params: SqlValue[], cb: (this: sqlite3.RunResult, err: Error | null) => void): void;
  all(params: SqlValue[], cb: (err: Error | null, rows: Row[]) => void): void;
}

export class SqliteDatabase {
  private readonly inTransaction = new AsyncLocalStorage<true>();
  private readonly writers = new GroupCommit(this, (work) => this.inTransaction.run(true, work));
  private readonly statements = new Map<string, Promise<Statement>>();

  private constructor(
    private readonly db: sqlite3.Database,
    readonly file: string,
  ) {}

  static async open(file: string, options: OpenOptions = {}): Promise<SqliteDatabase> {
    if (file !== ':memory:') {
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
      } catch (cause) {
        throw new StorageError('db_dir', `Cannot create the folder for the database ${file}: ${(cause as Error).message}`, { cause });
      }
    }
    const mode = options.readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
    const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
      const handle = new sqlite3.Database(file, mode, (err) => (err ? reject(describe(err, file)) : resolve(handle)));
    });
    const db = new SqliteDatabase(raw, file);
    raw.configure('busyTimeout', options.busyTimeoutMs ?? 5_000);
    try {
      if (!options.readOnly) await db.exec('PRAGMA journal_mode = WAL');
      await db.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
      // Touch the schema so a corrupt or non-database file fails here, not at the first query.
      await db.get('SELECT count(*) AS n FROM sqlite_master');
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
    return db;
  }

  /** True inside `transaction`: reads made here cannot be raced by another writer. */
  get holdsWriteLock(): boolean {
    return this.inTransaction.getStore() === true;
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(describe(err, this.file)) : resolve())));
  }

  async run(sql: string, params: SqlValue[] = []): Promise<{ lastID: number; changes: number }> {
    const stmt = await this.prepare(sql);
    const file = this.file;
    return new Promise((resolve, reject) =>
      stmt.run(params, function (err) {
        if (err) reject(describeWith(err, file, sql));
        else resolve({ lastID: this.lastID, changes: this.changes });
      }),
    );
  }

  /**
   * The first row, for queries that find at most a few (by key, or with LIMIT 1). Read with
   * `all`, which steps the statement to its end in one trip to sqlite's thread: sqlite3's `get`
   * leaves a cached statement "in progress" (which would block COMMIT) until a second trip resets it.
   */
  async get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    const stmt = await this.prepare(sql);
    return new Promise((resolve, reject) => stmt.all(params, (err, rows) => (err ? reject(describeWith(err, this.file, sql)) : resolve(rows as T[]))));
  }

  /**
   * Runs `work` inside a `BEGIN IMMEDIATE` transaction (taking the write lock up front, so two
   * processes never deadlock upgrading read locks); resolves only after COMMIT. Nested calls join
   * the outer transaction. Concurrent callers may share one COMMIT, each in its own savepoint.
   */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction.getStore()) return work();
    return this.writers.submit(work);
  }

  async close(): Promise<void> {
    await this.writers.idle();
    const prepared = await Promise.allSettled(this.statements.values());
    for (const stmt of prepared) if (stmt.status === 'fulfilled') (stmt.value as unknown as sqlite3.Statement).finalize();
    this.statements.clear();
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(describe(err, this.file)) : resolve())));
  }

  /**
   * Statements are prepared once and reused: preparing costs as much as a small insert. A failed
   * prepare (a missing table, a busy schema) rejects the query that asked and is not cached, so the
   * next call tries again; without the callback sqlite3 emits the failure as an unhandled 'error'
   * event that kills the process.
   */
  private prepare(sql: string): Promise<Statement> {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = new Promise<Statement>((resolve, reject) => {
        const prepared: sqlite3.Statement = this.db.prepare(sql, (err: Error | null) => {
          if (!err) return resolve(prepared);
          this.statements.delete(sql);
          reject(describeWith(err, this.file, sql));
        });
      });
      this.statements.set(sql, stmt);
    }
    return stmt;
  }
}

/** Turns sqlite's terse codes into messages that say what to do. */
function describe(err: Error & { code?: string }, file: string): Error {
  switch (err.code) {
    case 'SQLITE_READONLY':
      return new StorageError('db_read_only', `The database ${file} is read-only: check the file's permissions (${err.message})`, { cause: err });
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new StorageError('db_locked', `The database ${file} is locked by another process; try again when it is done (${err.message})`, {
        cause: err,
        retryable: true,
      });
    case 'SQLITE_CANTOPEN':
      return new StorageError('db_cannot_open', `Cannot open the database ${file}: check the path and permissions (${err.message})`, { cause: err });
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new StorageError('db_corrupt', `The file ${file} is not a usable database (${err.message})`, { cause: err });
    case 'SQLITE_FULL':
      return new StorageError('db_full', `The disk holding ${file} is full (${err.message})`, { cause: err });
    default:
      return err;
  }
}

function describeWith(err: Error & { code?: string }, file: string, sql: string): Error {
  const described = describe(err, file);
  if (described !== err) return described;
  (err as Error & { sql?: string }).sql = sql;
  return err;
}
