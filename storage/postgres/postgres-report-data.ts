/**
 * `ReportData` on PostgreSQL: the same rows as storage/sqlite/sqlite-report-data.ts, parsed by the
 * same schemas (storage/report-rows.ts). The SQLite JSON functions become jsonb operators; where
 * SQLite's order was implicit (GROUP BY output, NULL first, bytewise text) it is spelled out, so the
 * handoff reasons of a conversation come in the same order from both stores.
 */
import type { ReportData, ReportRows } from '../../reports/report-data';
import type { ReportPeriod } from '../../reports/report-period';
import { reportConversation, reportMiss, reportScore, reportSurvey } from '../report-rows';
import { ticketRow } from '../rows';
import type { PgDatabase } from './pg-database';

export class PostgresReportData implements ReportData {
  constructor(private readonly db: PgDatabase) {}

  async read(period: ReportPeriod): Promise<ReportRows> {
    const range = [period.from.toISOString(), period.to.toISOString()];
    // Every desk gets its own copy of a handoff request: one request is one (conversation, time).
    const conversations = (
      await this.db.all(
        `SELECT c.id, c.customer_id, c.channel, c.started_at,
                coalesce((SELECT max(m.at) FROM messages m WHERE m.conversation_id = c.id), c.updated_at) AS last_at,
                c.state->>'mode' AS mode,
                (SELECT json_agg(r.reason ORDER BY r.created_at COLLATE "C", r.raw COLLATE "C" NULLS FIRST)::text FROM (
                   SELECT o.created_at, o.payload->>'reason' AS raw, coalesce(o.payload->>'reason', 'customer_request') AS reason
                     FROM outbox o
                    WHERE o.kind = 'handoff.requested' AND o.payload->>'conversationId' = c.id::text
                    GROUP BY o.created_at, o.payload->>'reason') r) AS reasons,
                (EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'out' AND m.author LIKE 'agent:%'))::int AS agent_wrote,
                (SELECT min(n.started_at) FROM conversations n WHERE n.customer_id = c.customer_id AND n.id <> c.id AND n.started_at > c.started_at) AS next_contact_at,
                (SELECT min(e.at) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
                  WHERE t.conversation_id = c.id AND e.kind = 'status_changed'
                    AND e.detail->>'to' = 'open' AND e.detail->>'from' IN ('resolved', 'closed')) AS reopened_at
           FROM conversations c
          WHERE c.started_at >= $1 AND c.started_at < $2
          ORDER BY c.id`,
        range,
      )
    ).map(reportConversation);

    const tickets = (await this.db.all('SELECT * FROM tickets WHERE created_at >= $1 AND created_at < $2 ORDER BY id', range)).map((r) => ticketRow.parse(r));
    const openTickets = (await this.db.all(`SELECT * FROM tickets WHERE status NOT IN ('resolved', 'closed') ORDER BY id`)).map((r) => ticketRow.parse(r));
    const scores = (await this.db.all('SELECT ticket_id, score, at FROM csat WHERE at >= $1 AND at < $2 ORDER BY id', range)).map(reportScore);

    // The survey names its ticket in its words (bot/phrases.ts csatQuestion), so older rows count too.
    const answeredNumbers = new Set((await this.db.all<{ number: string }>('SELECT t.number FROM csat s JOIN tickets t ON t.id = s.ticket_id')).map((r) => r.number));
    const surveys = (
      await this.db.all(
        `SELECT conversation_id, text, at FROM messages
          WHERE direction = 'out' AND meta->>'kind' = 'survey' AND at >= $1 AND at < $2 ORDER BY id`,
        range,
      )
    ).map((r) => reportSurvey(r, answeredNumbers));

    const misses = (await this.db.all('SELECT * FROM knowledge_misses WHERE at >= $1 AND at < $2 ORDER BY id', range)).map(reportMiss);
    return { conversations, tickets, openTickets, scores, surveys, misses };
  }
}
