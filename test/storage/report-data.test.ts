/**
 * The ReportData contract on SQLite and on PostgreSQL over the same seeded rows (written once by the
 * real SQLite stores, copied row for row into PostgreSQL), and the whole report compared between
 * the two: the same figures from both stores.
 */
import { afterAll, expect, it } from 'vitest';
import { buildServiceReport } from '../../reports/service-report';
import { migratePostgres } from '../../storage/postgres/migrate';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { PostgresReportData } from '../../storage/postgres/postgres-report-data';
import { DEFAULT_SLA } from '../../tickets/sla';
import { copySqliteToPostgres } from '../../testing/copy-sqlite-to-postgres';
import { describeReportDataContract, NOW, period, seedReportSource } from '../contracts/stores/report-data.contract';
import { freshPostgresUrl } from '../helpers/postgres';

let source: ReturnType<typeof seedReportSource> | undefined;
const seededOnce = () => (source ??= seedReportSource());
afterAll(async () => (await source)?.desk.dispose());

async function openPostgresCopy() {
  const { desk, seeded } = await seededOnce();
  const db = await PgDatabase.open(await freshPostgresUrl());
  await migratePostgres(db);
  await copySqliteToPostgres(desk.db, db);
  return { reports: new PostgresReportData(db), seeded, db, close: () => db.close() };
}

describeReportDataContract('SQLite', async () => {
  const { desk, seeded } = await seededOnce();
  return { reports: desk.reports, seeded, close: async () => undefined };
});
describeReportDataContract('PostgreSQL', openPostgresCopy);

it('the same seeded rows give the same rows and the same whole report from both stores', async () => {
  const { desk } = await seededOnce();
  const pg = await openPostgresCopy();
  try {
    const fromSqlite = await desk.reports.read(period);
    const fromPostgres = await pg.reports.read(period);
    // Enough of every kind for the comparison to mean something.
    expect(fromSqlite.conversations.filter((c) => c.handoffReasons.length > 1).length).toBeGreaterThan(2);
    expect(fromSqlite.surveys.length).toBeGreaterThan(3);
    expect(fromPostgres).toEqual(fromSqlite);
    for (const now of [NOW, new Date(period.to.getTime() + 86_400_000)]) {
      expect(buildServiceReport(fromPostgres, { period, now, sla: DEFAULT_SLA })).toEqual(buildServiceReport(fromSqlite, { period, now, sla: DEFAULT_SLA }));
    }
  } finally {
    await pg.close();
  }
}, 60_000);
