/**
 * `ReportData` on PostgreSQL: the same rows as storage/sqlite/sqlite-report-data.ts, parsed by the
 * same schemas (storage/report-rows.ts). The SQLite JSON functions become jsonb operators; where
 * SQLite's order was implicit (GROUP BY output, NULL first, bytewise text) it is spelled out, so the
 * handoff reasons of a conversation come in the same order from both stores.
 */
import type { ReportData, ReportRows } from '../../reports/report-data';
import type { ReportPeriod } from '../../reports/report-period';
import { reportConversation, reportMiss, reportQueuedHandoff, reportScore, reportSurvey } from '../report-rows';
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
                c.state->>'handoffReason' AS handoff_reason,
                (EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'out' AND m.author LIKE 'agent:%'))::int AS agent_wrote,
                (EXISTS (SELECT 1 FROM tickets t WHERE t.conversation_id = c.id AND t.status NOT IN ('resolved', 'closed')))::int AS open_ticket,
                (coalesce((SELECT o.payload->>'status' FROM outbox o
                  WHERE o.kind = 'handoff.status' AND o.payload->>'conversationId' = c.id::text
                  ORDER BY o.id DESC LIMIT 1) = 'returned_to_bot', false))::int AS handed_back,
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
    const scores = (
      await this.db.all(
        `SELECT ticket_id, score, at FROM csat WHERE at >= $1 AND at < $2
         UNION ALL
         SELECT NULL, (meta->>'csat')::int, at FROM messages
          WHERE direction = 'out' AND meta->>'handoffCsat' = 'true' AND at >= $1 AND at < $2
         ORDER BY at`,
        range,
      )
    ).map(reportScore);

    // The survey names its ticket in its words (bot/phrases.ts csatQuestion), so older rows count too.
    const answeredNumbers = new Set((await this.db.all<{ number: string }>('SELECT t.number FROM csat s JOIN tickets t ON t.id = s.ticket_id')).map((r) => r.number));
    const surveys = (
      await this.db.all(
        `SELECT m.conversation_id, m.text, m.at,
                EXISTS (SELECT 1 FROM messages a WHERE a.conversation_id = m.conversation_id AND a.id > m.id AND a.meta->>'handoffCsat' = 'true') AS handoff_answered
           FROM messages m
          WHERE m.direction = 'out' AND m.meta->>'kind' = 'survey' AND m.at >= $1 AND m.at < $2 ORDER BY m.id`,
        range,
      )
    ).map((r) => reportSurvey(r, answeredNumbers));

    const misses = (await this.db.all('SELECT * FROM knowledge_misses WHERE at >= $1 AND at < $2 ORDER BY id', range)).map(reportMiss);
    // Handoffs with no ticket: their own clock is in the request; answered by a person's first word after it (as on SQLite).
    const queuedHandoffs = (
      await this.db.all(
        `SELECT r.conversation_id, r.requested_at, r.first_response_due, r.priority,
                (SELECT min(m.at) FROM messages m
                  WHERE m.conversation_id::text = r.conversation_id AND m.direction = 'out' AND m.author LIKE 'agent:%'
                    AND m.meta->>'kind' = 'agent' AND m.at >= r.requested_at) AS responded_at
           FROM (SELECT payload->>'conversationId' AS conversation_id, created_at AS requested_at,
                        payload->>'firstResponseDue' AS first_response_due, payload->>'priority' AS priority
                   FROM outbox
                  WHERE kind = 'handoff.requested' AND payload->>'ticketNumber' IS NULL
                    AND payload->>'firstResponseDue' IS NOT NULL AND created_at >= $1 AND created_at < $2
                  GROUP BY 1, 2, 3, 4) r
          ORDER BY r.requested_at`,
        range,
      )
    ).map(reportQueuedHandoff);
    return { conversations, tickets, openTickets, scores, surveys, misses, queuedHandoffs };
  }
}
