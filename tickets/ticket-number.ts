/** Human-readable ticket numbers such as AS-20261124-0001, dated in the desk's own time zone. */
export function dayKey(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

// The number itself is assigned inside the INSERT (tickets/sqlite/sqlite-ticket-store.ts) from a
// per-day counter, so two writers can never take the same one: AS-<YYYYMMDD>-<4+ digits>.
export const TICKET_NUMBER_PATTERN = /^AS-\d{8}-\d{4,}$/;
