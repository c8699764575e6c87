/**
 * The `CallLog` port: every call filed, with its customer, its ticket and its analysis. It is what
 * makes posting the same call twice harmless: `fileOnce` runs the filing work at most once per
 * call id, in one transaction with the record, so a crash half-way leaves neither behind.
 * SQLite implements it (storage/sqlite/sqlite-call-log.ts).
 */
import type { CallAnalysis } from './call-analysis';
import type { CallTranscript } from './call-transcript';

export type TicketAction = 'created' | 'updated';

export interface CallRecord {
  callId: string;
  customerId: number;
  ticketNumber?: string;
  ticketAction?: TicketAction;
  /** Hash of the transcript's content: the same id with other content is a conflict, not a repeat. */
  contentHash: string;
  startedAt: string;
  callerNumber?: string;
  analysis: CallAnalysis;
  transcript: CallTranscript;
  filedAt: string;
}

export type NewCallRecord = Omit<CallRecord, 'callId' | 'contentHash' | 'filedAt'>;

export interface FiledCall {
  record: CallRecord;
  /** True when this call id was filed before with the same content: nothing was changed. */
  duplicate: boolean;
}

export interface CallLog {
  /**
   * Files a call once. A new call id runs `work` and stores the record it returns in the same
   * transaction as everything `work` wrote; a known id with the same content returns the stored
   * record; a known id with other content throws a ConflictError (call_conflict).
   */
  fileOnce(callId: string, contentHash: string, work: () => Promise<NewCallRecord>): Promise<FiledCall>;
  get(callId: string): Promise<CallRecord | undefined>;
  /** Calls of one customer, newest first. */
  forCustomer(customerId: number, limit?: number): Promise<CallRecord[]>;
  /** Calls attached to one ticket, oldest first. */
  forTicket(ticketNumber: string): Promise<CallRecord[]>;
}
