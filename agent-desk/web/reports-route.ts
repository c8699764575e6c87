/**
 * GET /desk/reports: the manager's service report for a period chosen in the page's form
 * (?from=YYYY-MM-DD&to=YYYY-MM-DD, `to` not included; the last 7 days by default). Managers
 * only: an agent gets 403. Reads only, so it needs no CSRF token.
 */
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Clock } from '../../kernel/clock';
import { addDays, localDate } from '../../kernel/calendar-days';
import { isAppError } from '../../kernel/errors';
import type { ReportData } from '../../reports/report-data';
import { parsePeriod } from '../../reports/report-period';
import { buildServiceReport } from '../../reports/service-report';
import type { SlaPolicy } from '../../tickets/sla';
import { langOf, sessionOf } from './desk-auth';
import { managersOnlyPage, reportsPage } from './reports-page';

export interface ReportsRouteDeps {
  reports: ReportData;
  sla: SlaPolicy;
  timeZone: string;
  clock: Clock;
}

const query = z.object({ from: z.string().max(40).optional(), to: z.string().max(40).optional() });

export function reportsRoute(deps: ReportsRouteDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const lang = langOf(req, res);
    const session = sessionOf(res);
    if (session.agent.role !== 'manager') {
      res.status(403).type('html').send(managersOnlyPage(lang));
      return;
    }
    const now = deps.clock.now();
    const today = localDate(now, deps.timeZone);
    const asked = query.safeParse(req.query);
    const fromDay = (asked.success && asked.data.from) || addDays(today, -6);
    const toDay = (asked.success && asked.data.to) || addDays(today, 1);
    const page = { lang, agent: session.agent, csrfToken: session.csrfToken, timeZone: deps.timeZone, fromDay, toDay };
    try {
      const period = parsePeriod({ from: fromDay, to: toDay }, deps.timeZone, now);
      const report = buildServiceReport(await deps.reports.read(period), { period, now, sla: deps.sla });
      res.type('html').send(reportsPage({ ...page, report }));
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      res
        .status(400)
        .type('html')
        .send(reportsPage({ ...page, error: 'bad_period' }));
    }
  };
}
