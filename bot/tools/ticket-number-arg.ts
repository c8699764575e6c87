/**
 * A ticket number as tools take it: either form (tickets/ticket-number.ts), written however the
 * customer or the model wrote it (lower case, spaces, no dashes), turned into the stored form.
 */
import { z } from 'zod';
import { canonicalTicketNumber, TICKET_NUMBER_EXAMPLE } from '../../tickets/ticket-number';

export const ticketNumberArg = z
  .string()
  .trim()
  .max(40)
  .transform((text, ctx) => {
    const number = canonicalTicketNumber(text);
    if (!number) {
      ctx.addIssue({ code: 'custom', message: `expected a ticket number such as ${TICKET_NUMBER_EXAMPLE}` });
      return z.NEVER;
    }
    return number;
  });
