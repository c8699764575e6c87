/**
 * Group commit: transactions that queue up while one COMMIT is waiting for the disk run together
 * inside the next SQLite transaction, each in its own SAVEPOINT, and share one COMMIT (one fsync).
 *
 * Why: with synchronous=FULL every COMMIT waits for fsync (~0.5-1 ms here), and one connection can
 * only commit one transaction at a time, so fifty chat sessions each writing twice per turn were
 * queueing behind each other's fsyncs (bench/web.bench.ts). Batching keeps every guarantee a
 * caller relies on:
 * - atomicity per caller: a failing unit rolls back to its own savepoint; the others go on;
 * - durability: no promise resolves before the shared COMMIT has returned;
 * - isolation from each other: units run one after another on the connection, never interleaved.
 * A unit alone in its batch runs without a savepoint, so a lone writer pays nothing extra.
 */

export interface SqlExecutor {
  exec(sql: string): Promise<void>;
}

interface Unit {
  work: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Enough to amortise one fsync well; small enough that one batch never holds the lock for long. */
const MAX_UNITS_PER_BATCH = 64;

export class GroupCommit {
  private readonly queue: Unit[] = [];
  private draining: Promise<void> | null = null;

  constructor(
    private readonly sql: SqlExecutor,
    /** Runs a unit's work so that nested `transaction` calls inside it join it. */
    private readonly runInside: <T>(work: () => Promise<T>) => Promise<T>,
  ) {}

  submit<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.draining ??= this.drain();
    });
  }

  /** Resolves once every submitted unit has committed or failed. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.runBatch(this.queue.splice(0, MAX_UNITS_PER_BATCH));
    } finally {
      this.draining = null;
    }
  }

  private async runBatch(batch: Unit[]): Promise<void> {
    try {
      await this.sql.exec('BEGIN IMMEDIATE');
    } catch (error) {
      for (const unit of batch) unit.reject(error);
      return;
    }
    if (batch.length === 1) return this.runAlone(batch[0]!);

    const committed: { unit: Unit; value: unknown }[] = [];
    for (const [index, unit] of batch.entries()) {
      try {
        await this.sql.exec('SAVEPOINT unit');
        const value = await this.runInside(unit.work);
        await this.sql.exec('RELEASE unit');
        committed.push({ unit, value });
      } catch (error) {
        try {
          await this.sql.exec('ROLLBACK TO unit; RELEASE unit');
          unit.reject(error);
        } catch {
          // SQLite already rolled the whole transaction back (disk full, I/O error): the units
          // before this one are gone too, so none of them may report success.
          unit.reject(error);
          for (const done of committed) done.unit.reject(error);
          for (const rest of batch.slice(index + 1)) rest.reject(error);
          await this.sql.exec('ROLLBACK').catch(() => undefined);
          return;
        }
      }
    }
    try {
      await this.sql.exec('COMMIT');
    } catch (error) {
      await this.sql.exec('ROLLBACK').catch(() => undefined);
      for (const done of committed) done.unit.reject(error);
      return;
    }
    for (const done of committed) done.unit.resolve(done.value);
  }

  private async runAlone(unit: Unit): Promise<void> {
    try {
      const value = await this.runInside(unit.work);
      await this.sql.exec('COMMIT');
      unit.resolve(value);
    } catch (error) {
      await this.sql.exec('ROLLBACK').catch(() => undefined);
      unit.reject(error);
    }
  }
}
