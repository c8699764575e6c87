/** Human-readable ticket numbers such as AS-20261124-0001, dated in the desk's own time zone. */
export function dayKey(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function formatTicketNumber(day: string, sequence: number): string {
  return `AS-${day.replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}

export const TICKET_NUMBER_PATTERN = /^AS-\d{8}-\d{4,}$/;
