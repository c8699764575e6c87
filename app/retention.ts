/**
 * Data retention (RETENTION_*), run by the composition root: once when the server starts and then
 * every few hours, and by `aftersales db prune`. Messages (and delivered copies of them) older
 * than RETENTION_MESSAGES_DAYS, uploaded photos older than RETENTION_UPLOADS_DAYS and the phone
 * and address of tickets closed more than RETENTION_PERSONAL_DATA_DAYS ago are deleted; 0 days
 * for uploads or personal data keeps them.
 */
import { pruneUploads } from '../channels/upload-retention';
import type { Clock } from '../kernel/clock';
import type { DatabaseRetentionReport, DeskRetention } from '../storage/desk-retention';
import type { Config } from './config';

const DAY_MS = 24 * 3600_000;

export interface RetentionReport extends DatabaseRetentionReport {
  uploads: number;
  /** What was older than what (ISO times); absent: that kind is kept. */
  cutoffs: { messages: string; uploads?: string; personalData?: string };
}

type RetentionConfig = Pick<Config, 'retention' | 'uploadsDir'>;

/** The desk's stores, SQLite or PostgreSQL: retention needs only its `DeskRetention`. */
export interface RetentionDesk {
  retention: DeskRetention;
}

export async function runRetention(desk: RetentionDesk, config: RetentionConfig, now: Date): Promise<RetentionReport> {
  const { messagesDays, uploadsDays, personalDataDays } = config.retention;
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const messagesBefore = daysAgo(messagesDays);
  const personalDataBefore = personalDataDays > 0 ? daysAgo(personalDataDays) : undefined;
  const uploadsBefore = uploadsDays > 0 ? daysAgo(uploadsDays) : undefined;
  const database = await desk.retention.prune({ messagesBefore, personalDataBefore });
  const uploads = uploadsBefore ? await pruneUploads(config.uploadsDir, uploadsBefore) : 0;
  return {
    ...database,
    uploads,
    cutoffs: {
      messages: messagesBefore.toISOString(),
      ...(uploadsBefore && { uploads: uploadsBefore.toISOString() }),
      ...(personalDataBefore && { personalData: personalDataBefore.toISOString() }),
    },
  };
}

export interface RetentionHost {
  assistant: { desk: RetentionDesk; clock: Clock };
  config: RetentionConfig;
  onClose: (() => Promise<void>)[];
}

export interface RetentionSchedule {
  /** Resolves with the report of the run the server started with. */
  first: Promise<RetentionReport | undefined>;
}

/** Runs retention now (without holding up the start) and every `everyMs` (default 6 hours). */
export function startRetention(host: RetentionHost, options: { everyMs?: number; onReport?: (report: RetentionReport) => void; onError?: (error: unknown) => void } = {}): RetentionSchedule {
  let running: Promise<RetentionReport | undefined> | undefined;
  const run = () => {
    // A slow run is not stacked on by the next tick.
    running ??= runRetention(host.assistant.desk, host.config, host.assistant.clock.now())
      .then((report) => {
        options.onReport?.(report);
        return report;
      })
      .catch((error: unknown) => {
        options.onError?.(error);
        return undefined;
      })
      .finally(() => (running = undefined));
    return running;
  };
  const first = run();
  const timer = setInterval(run, options.everyMs ?? 6 * 3600_000);
  timer.unref();
  // A run in flight finishes before the database closes.
  host.onClose.push(async () => {
    clearInterval(timer);
    await running;
  });
  return { first };
}
