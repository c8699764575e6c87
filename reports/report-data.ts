/**
 * The `ReportData` port: the rows a service report is computed from, read for one period. The
 * SQLite desk implements it (storage/sqlite/sqlite-report-data.ts); the figures themselves are
 * computed in reports/service-report.ts from these rows alone, so they can be checked by hand.
 */
import type { ChannelName, Priority, Ticket } from '../tickets/ticket';
import type { ReportPeriod } from './report-period';

/** A conversation that started in the period, with what happened in it and after it. */
export interface ReportConversation {
  id: number;
  customerId: number;
  channel: ChannelName;
  startedAt: string;
  /** Its last message. */
  lastAt: string;
  /** Who has it now: still with people (`handoff_requested`, `agent`) means it is not finished. */
  mode: 'bot' | 'handoff_requested' | 'agent';
  /** The reason of every handoff request made in it (one per request, however many desks got a copy). */
  handoffReasons: string[];
  /** The reason of its latest handoff as it stands now: a danger or anger told while waiting raised it after the request was written. */
  latestHandoffReason?: string;
  /** A person wrote to the customer in it (a desk reply or notice). */
  agentWrote: boolean;
  /** A ticket filed in it is still open now (a repair or visit to come): the customer's problem is not solved yet. */
  openTicket?: boolean;
  /** Its latest handling ended with a person handing it back to the bot (or no one answering in time), not resolved. */
  handedBack?: boolean;
  /** The same customer's next conversation, on any channel, if there was one. */
  nextContactAt?: string;
  /** The first time a ticket filed in it was reopened after being resolved or closed. */
  reopenedAt?: string;
}

/** A satisfaction survey sent to a customer in the period, and whether its ticket got a score. */
export interface ReportSurvey {
  conversationId: number;
  ticketNumber?: string;
  at: string;
  answered: boolean;
}

/**
 * A handoff with no ticket (a bare request for a person) queued in the period: its own
 * first-response clock, and when a person first wrote after it.
 */
export interface ReportQueuedHandoff {
  conversationId: number;
  requestedAt: string;
  firstResponseDue: string;
  priority: Priority;
  respondedAt?: string;
}

export interface ReportScore {
  /** Absent for the score of a handoff with no ticket (kept on the survey's reply). */
  ticketId?: number;
  score: number;
  at: string;
}

/** A question that found no good case (bot/knowledge-miss.ts), as stored. */
export interface ReportMiss {
  conversationId: number;
  at: string;
  language: string;
  intent?: string;
  category?: string;
  brand?: string;
  model?: string;
  errorCode?: string;
  wording: string;
}

export interface ReportRows {
  conversations: ReportConversation[];
  /** Tickets filed in the period. */
  tickets: Ticket[];
  /** Every ticket open now, whenever it was filed: the ones about to breach are among them. */
  openTickets: Ticket[];
  /** Scores given in the period. */
  scores: ReportScore[];
  surveys: ReportSurvey[];
  misses: ReportMiss[];
  /** Handoffs with no ticket queued in the period: first-response times and SLA count them with the tickets. */
  queuedHandoffs?: ReportQueuedHandoff[];
}

export interface ReportData {
  read(period: ReportPeriod): Promise<ReportRows>;
}
