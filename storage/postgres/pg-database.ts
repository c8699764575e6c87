/**
 * A node-postgres pool with the shape the stores need, the PostgreSQL twin of
 * storage/sqlite/database.ts: `run`, `get`, `all` and `transaction`. Inside `transaction` every
 * query of every store goes to the transaction's own client (AsyncLocalStorage), so a unit of work
 * spanning several stores (a turn's reply, state and outbox item) commits or rolls back as one,
 * exactly as on SQLite. Nested calls join the outer transaction.
 *
 * Isolation is READ COMMITTED: unlike SQLite, writers on several instances run at once, so a store
 * that reads then writes must lock what it read (`SELECT … FOR UPDATE`) or let a unique constraint
 * decide (`INSERT … ON CONFLICT`). A transaction that loses a deadlock or a serialization check is
 * retried from the start, which is safe because `work` only touches the database.
 * Placeholders are PostgreSQL's own ($1, $2 …).
 *
 * Statements are prepared once per connection and then only bound and executed (node-postgres
 * `name:` queries): a web turn sends some twenty short statements, and parsing and planning each
 * anew was a quarter of PostgreSQL's CPU per turn. The SQL texts are the stores' own constants (values
 * always go as parameters), so the names stay few. Should another instance's migration change a
 * table under a prepared `SELECT *`, PostgreSQL refuses the old plan once: that connection is
 * dropped and the work runs again.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { StorageError } from '../../kernel/errors';

export type PgValue = string | number | boolean | null | bigint | Buffer | Date | object;
export type PgRow = Record<string, unknown>;

export interface PgOpenOptions {
  /** Connections this instance may hold; PostgreSQL's max_connections is shared by every instance. */
  poolSize?: number;
  /** Milliseconds a statement may run before PostgreSQL cancels it. */
  statementTimeoutMs?: number;
  applicationName?: string;
  /** Prepare each statement once per connection (default true). */
  prepareStatements?: boolean;
}

/** SQLSTATEs after which the whole transaction may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;
/** Distinct statements prepared by name at most; any beyond run unnamed (parsed each time). */
const MAX_NAMED = 500;

/** A prepared statement whose table changed shape since (a migration by another instance): its connection must go. */
const stalePlan = (error: unknown) => (error as { code?: string }).code === '0A000' && /cached plan/.test((error as Error).message ?? '');

export class PgDatabase {
  private readonly client = new AsyncLocalStorage<pg.PoolClient>();

  /** Each statement text's name, shared by every connection of the pool. */
  private readonly names = new Map<string, string>();

  private constructor(
    readonly pool: pg.Pool,
    /** The URL without its password, for messages. */
    readonly where: string,
    private readonly prepare: boolean,
  ) {}

  static async open(url: string, options: PgOpenOptions = {}): Promise<PgDatabase> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'aftersales',
      statement_timeout: options.statementTimeoutMs ?? 30_000,
    });
    // An idle client that loses its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    const db = new PgDatabase(pool, redactUrl(url), options.prepareStatements ?? true);
    try {
      await db.get('SELECT 1 AS ok');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return db;
  }

  /** True inside `transaction`. */
  get holdsWriteLock(): boolean {
    return this.client.getStore() !== undefined;
  }

  async run(sql: string, params: PgValue[] = []): Promise<{ changes: number; rows: PgRow[] }> {
    const result = await this.query(sql, params);
    return { changes: result.rowCount ?? 0, rows: result.rows as PgRow[] };
  }

  async get<T = PgRow>(sql: string, params: PgValue[] = []): Promise<T | undefined> {
    return (await this.query(sql, params)).rows[0] as T | undefined;
  }

  async all<T = PgRow>(sql: string, params: PgValue[] = []): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  /** Runs `work` in one transaction; resolves after COMMIT. Nested calls join the outer one. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.client.getStore()) return work();
    for (let attempt = 1; ; attempt++) {
      const client = await this.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await this.client.run(client, work);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        const code = (error as { code?: string }).code;
        if (stalePlan(error)) broken = true;
        if (((code && RETRYABLE.has(code)) || stalePlan(error)) && attempt < MAX_ATTEMPTS) continue;
        throw this.describe(error as Error);
      } finally {
        client.release(broken);
      }
    }
  }

  /** A client of its own outside any transaction, e.g. for LISTEN or an advisory lock. */
  async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw this.describe(error as Error);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private async query(sql: string, params: PgValue[]): Promise<pg.QueryResult> {
    const inside = this.client.getStore();
    const config = { name: this.nameOf(sql), text: sql, values: params as unknown[] };
    try {
      return await (inside ?? this.pool).query(config);
    } catch (error) {
      if (inside) throw error; // `transaction` describes it after deciding whether to retry
      // The pool dropped the client that failed, and its prepared statement with it: once more on another.
      if (stalePlan(error)) return this.pool.query(config).catch((again: Error) => Promise.reject(this.describe(again)));
      throw this.describe(error as Error);
    }
  }

  private nameOf(sql: string): string | undefined {
    if (!this.prepare) return undefined;
    let name = this.names.get(sql);
    if (!name && this.names.size < MAX_NAMED) this.names.set(sql, (name = `aftersales_${this.names.size + 1}`));
    return name;
  }

  /** Turns connection failures into messages that say what to do. */
  private describe(error: Error & { code?: string }): Error {
    if (error instanceof StorageError) return error;
    switch (error.code) {
      case 'ECONNREFUSED':
      case 'ENOTFOUND':
      case '57P03':
        return new StorageError('db_unreachable', `Cannot reach PostgreSQL at ${this.where}: is the server running? (${error.message})`, {
          cause: error,
          retryable: true,
        });
      case '28P01':
      case '28000':
        return new StorageError('db_auth', `PostgreSQL at ${this.where} refused the login: check DATABASE_URL (${error.message})`, { cause: error });
      case '3D000':
        return new StorageError('db_missing', `The database in DATABASE_URL does not exist at ${this.where}: create it first (${error.message})`, { cause: error });
      case '53300':
        return new StorageError('db_busy', `PostgreSQL at ${this.where} has no connections left: lower DATABASE_POOL_SIZE or raise max_connections (${error.message})`, {
          cause: error,
          retryable: true,
        });
      default:
        return error;
    }
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}
