/**
 * `ReportData` on the desk database: the rows of one period, parsed by storage/report-rows.ts. Only reads;
 * the figures are computed from these rows in reports/service-report.ts.
 */
import type { ReportData, ReportRows, ReportSurvey } from '../../reports/report-data';
import type { ReportPeriod } from '../../reports/report-period';
import type { SqliteDatabase } from './database';
import { reportConversation, reportMiss, reportQueuedHandoff, reportScore, reportSurvey } from '../report-rows';
import { ticketRow } from '../rows';

export class SqliteReportData implements ReportData {
  constructor(private readonly db: SqliteDatabase) {}

  async read(period: ReportPeriod): Promise<ReportRows> {
    const range = [period.from.toISOString(), period.to.toISOString()];
    // Every desk gets its own copy of a handoff request: one request is one (conversation, time).
    const conversations = (
      await this.db.all(
        `SELECT c.id, c.customer_id, c.channel, c.started_at,
                coalesce((SELECT max(m.at) FROM messages m WHERE m.conversation_id = c.id), c.updated_at) AS last_at,
                json_extract(c.state, '$.mode') AS mode,
                (SELECT json_group_array(r.reason) FROM (
                   SELECT coalesce(json_extract(o.payload, '$.reason'), 'customer_request') AS reason
                     FROM outbox o
                    WHERE o.kind = 'handoff.requested' AND json_extract(o.payload, '$.conversationId') = c.id
                    GROUP BY o.created_at, json_extract(o.payload, '$.reason')) r) AS reasons,
                json_extract(c.state, '$.handoffReason') AS handoff_reason,
                EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'out' AND m.author LIKE 'agent:%') AS agent_wrote,
                EXISTS (SELECT 1 FROM tickets t WHERE t.conversation_id = c.id AND t.status NOT IN ('resolved', 'closed')) AS open_ticket,
                (SELECT json_extract(o.payload, '$.status') FROM outbox o
                  WHERE o.kind = 'handoff.status' AND json_extract(o.payload, '$.conversationId') = c.id
                  ORDER BY o.id DESC LIMIT 1) = 'returned_to_bot' AS handed_back,
                (SELECT min(n.started_at) FROM conversations n WHERE n.customer_id = c.customer_id AND n.id <> c.id AND n.started_at > c.started_at) AS next_contact_at,
                (SELECT min(e.at) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
                  WHERE t.conversation_id = c.id AND e.kind = 'status_changed'
                    AND json_extract(e.detail, '$.to') = 'open' AND json_extract(e.detail, '$.from') IN ('resolved', 'closed')) AS reopened_at
           FROM conversations c
          WHERE c.started_at >= ? AND c.started_at < ?
          ORDER BY c.id`,
        range,
      )
    ).map(reportConversation);

    const tickets = (await this.db.all('SELECT * FROM tickets WHERE created_at >= ? AND created_at < ? ORDER BY id', range)).map((r) => ticketRow.parse(r));
    const openTickets = (await this.db.all(`SELECT * FROM tickets WHERE status NOT IN ('resolved', 'closed') ORDER BY id`)).map((r) => ticketRow.parse(r));
    const scores = (
      await this.db.all(
        `SELECT ticket_id, score, at FROM csat WHERE at >= ? AND at < ?
         UNION ALL
         SELECT NULL, json_extract(meta, '$.csat'), at FROM messages
          WHERE direction = 'out' AND json_extract(meta, '$.handoffCsat') = 1 AND at >= ? AND at < ?
         ORDER BY at`,
        [...range, ...range],
      )
    ).map(reportScore);

    // The survey names its ticket in its words (bot/phrases.ts csatQuestion), so older rows count too.
    const answeredNumbers = new Set((await this.db.all<{ number: string }>('SELECT t.number FROM csat s JOIN tickets t ON t.id = s.ticket_id')).map((r) => r.number));
    const surveys: ReportSurvey[] = (
      await this.db.all(
        `SELECT m.conversation_id, m.text, m.at,
                EXISTS (SELECT 1 FROM messages a WHERE a.conversation_id = m.conversation_id AND a.id > m.id AND json_extract(a.meta, '$.handoffCsat') = 1) AS handoff_answered
           FROM messages m
          WHERE m.direction = 'out' AND json_extract(m.meta, '$.kind') = 'survey' AND m.at >= ? AND m.at < ? ORDER BY m.id`,
        range,
      )
    ).map((r) => reportSurvey(r, answeredNumbers));

    const misses = (await this.db.all('SELECT * FROM knowledge_misses WHERE at >= ? AND at < ? ORDER BY id', range)).map(reportMiss);
    // Handoffs with no ticket: their own clock is in the request; answered by a person's first word after it
    // (a reply they wrote, kind 'agent': the automatic join notice on a claim answers nothing).
    const queuedHandoffs = (
      await this.db.all(
        `SELECT r.conversation_id, r.requested_at, r.first_response_due, r.priority,
                (SELECT min(m.at) FROM messages m
                  WHERE m.conversation_id = r.conversation_id AND m.direction = 'out' AND m.author LIKE 'agent:%'
                    AND json_extract(m.meta, '$.kind') = 'agent' AND m.at >= r.requested_at) AS responded_at
           FROM (SELECT json_extract(payload, '$.conversationId') AS conversation_id, created_at AS requested_at,
                        json_extract(payload, '$.firstResponseDue') AS first_response_due, json_extract(payload, '$.priority') AS priority
                   FROM outbox
                  WHERE kind = 'handoff.requested' AND json_extract(payload, '$.ticketNumber') IS NULL
                    AND json_extract(payload, '$.firstResponseDue') IS NOT NULL AND created_at >= ? AND created_at < ?
                  GROUP BY 1, 2) r
          ORDER BY r.requested_at`,
        range,
      )
    ).map(reportQueuedHandoff);
    return { conversations, tickets, openTickets, scores, surveys, misses, queuedHandoffs };
  }
}
