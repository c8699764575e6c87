/** Human-readable ticket numbers such as AS-20261124-0001, dated in the desk's own time zone. */
// Building a formatter costs ~0.2 ms (more than the whole SQLite insert it numbers): keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dayKey(at: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(at);
}

// The number itself is assigned inside the INSERT (tickets/sqlite/sqlite-ticket-store.ts) from a
// per-day counter, so two writers can never take the same one: AS-<YYYYMMDD>-<4+ digits>.
export const TICKET_NUMBER_PATTERN = /^AS-\d{8}-\d{4,}$/;
