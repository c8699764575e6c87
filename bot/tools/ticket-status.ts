import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { TicketAccess } from '../../tickets/ticket-access';
import { findTicketNumber } from '../../tickets/ticket-number';
import type { Ticket } from '../../tickets/ticket';
import type { TicketStore } from '../../tickets/ticket-store';
import type { SmsSender } from '../sms-sender';
import { parseMobile } from '../text/phone-numbers';
import type { AbuseGuard } from './abuse-limits';
import { ownsTicket } from './ticket-owner';
import { customerView } from './ticket-view';
import { defineTool, type ToolContext } from './tool';

export const ticketStatusArgs = z.object({
  ticketNumber: z
    .string()
    .trim()
    .max(40)
    .refine((t) => findTicketNumber(t) !== undefined, 'expected a ticket number such as AS-20261124-7KQ4-M9XD')
    .optional()
    .describe("A ticket number the customer gave; omit to list the customer's own recent tickets"),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'expected the 6-digit code from the text message')
    .optional()
    .describe('The 6-digit code the customer received by text message for that ticket; only used together with ticketNumber'),
});

export interface TicketStatusPorts {
  tickets: TicketStore;
  access?: TicketAccess;
  guard?: AbuseGuard;
  sms?: SmsSender;
  /** Told when a code could not be sent (the customer's answer does not change). */
  onError?: (error: unknown) => void;
}

export type TicketStatusResult = {
  found: boolean;
  tickets: ReturnType<typeof customerView>[];
  /** The number was looked up (the conversation is about that ticket now). */
  byNumber?: boolean;
  /** It was proven with a code in this call. */
  proven?: boolean;
  /** A character of the number is wrong (its check character does not match). */
  mistyped?: boolean;
  /**
   * No ticket has that number (or its check character is wrong, so none can). Said plainly: the 8
   * random characters of a number make "not found" useless for guessing, while "we texted a code"
   * about a ticket that does not exist is untrue.
   */
  unknown?: boolean;
  /** A code went to the phone on file, if the ticket exists and has one. */
  codeSent?: boolean;
  wrongCode?: boolean;
  /** After a wrong code: how many more this chat may send this hour (the customer hears it). */
  triesLeft?: number;
  /** Too many wrong codes, or codes asked for, from this chat or its address this hour. */
  locked?: boolean;
};

/**
 * Only tickets the customer holds: their own, or one they proved on this chat. Someone else's
 * number reads exactly like a number that does not exist. A ticket filed on another channel
 * (WeChat, then the web chat) is proven with a one-time code sent to the phone left on the ticket
 * (or by opening the ticket's secret link, see bot/ticket-links.ts): the answer to "send me a code"
 * is the same whether the ticket exists or not; the code is the ticket's (whoever has the phone
 * reads it back), a new one is texted at most every few minutes and the one already sent stays
 * live meanwhile, so asking can never lock the owner out; wrong codes are counted against the
 * asker (chat and IP), never against the ticket; a proof grants that one ticket to this chat and
 * nothing else. A phone number proves nothing: anyone can type one.
 */
export function ticketStatusTool(ports: TicketStatusPorts) {
  const { tickets, access, guard, sms } = ports;
  return defineTool({
    name: 'ticketStatus',
    description:
      "Look up the status of this customer's own tickets (by number, or the most recent ones). Other customers' tickets are never shown. For a ticket filed on another channel, call it with the number alone: a 6-digit code is then sent by text message to the phone left on that ticket; call it again with the number and the code the customer reads back.",
    schema: ticketStatusArgs,
    async run(args, context): Promise<TicketStatusResult> {
      if (!args.ticketNumber) return listOwn(tickets, access, context);
      const mention = findTicketNumber(args.ticketNumber)!;
      if (!mention.valid) return { found: false, tickets: [], mistyped: true };
      const ticket = await tickets.find(mention.number);
      if (ticket && (await ownsTicket(ticket, context, access))) return { found: true, byNumber: true, tickets: [customerView(ticket)] };
      if (!access || !guard) return { found: false, tickets: [] };
      if (await guard.proofsBlocked(context)) return { found: false, tickets: [], locked: true };
      const holder = { channel: context.requester.channel, externalId: context.requester.externalId };

      if (args.code) {
        const check = ticket ? await access.checkCode(ticket.id, args.code, context.now) : 'none';
        if (check === 'ok') {
          await access.grant(ticket!.id, holder, 'code', `customer:${context.customerId}`);
          return { found: true, byNumber: true, proven: true, tickets: [customerView(ticket!)] };
        }
        await guard.proofFailed(context);
        return { found: false, tickets: [], wrongCode: true, triesLeft: await guard.proofTriesLeft(context) };
      }

      // The same answer whatever happens below, so asking for a code reveals nothing about the
      // ticket's phone. A code texted within the resend gap is not texted again: it is still live,
      // on the owner's phone.
      if (!(await guard.mayAskForCode(context))) return { found: false, tickets: [], locked: true };
      // A number looked up counts against the asking limits whether or not a ticket has it.
      if (!ticket) {
        await guard.codeAsked(context, undefined);
        return { found: false, tickets: [], unknown: true };
      }
      const sendTo = phoneOf(ticket);
      const texting = sendTo && sms && (await guard.mayTextCode(context, ticket.id)) ? ticket : undefined;
      await guard.codeAsked(context, texting?.id);
      if (texting && sendTo && sms) {
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        await access.startChallenge(texting.id, code, new Date(context.now.getTime() + guard.limits.codeTtlMs));
        const minutes = Math.round(guard.limits.codeTtlMs / 60_000);
        await sms
          .send({
            to: sendTo,
            purpose: 'proof_code',
            text: `【售后服务】验证码 ${code}，${minutes}分钟内有效，用于在其他渠道查看工单 ${texting.number}。如非本人操作请忽略。Code ${code} (valid ${minutes} min) to view ticket ${texting.number}. Ignore if this was not you.`,
          })
          .catch((error: unknown) => ports.onError?.(error));
      }
      return { found: false, tickets: [], codeSent: true };
    },
  });
}

function phoneOf(ticket: Ticket): string | undefined {
  return ticket.contactPhone ? parseMobile(ticket.contactPhone) : undefined;
}

/** The customer's own recent tickets and those proven on this chat, newest first. */
async function listOwn(tickets: TicketStore, access: TicketAccess | undefined, context: ToolContext): Promise<TicketStatusResult> {
  const own = await tickets.list({ customerId: context.customerId, limit: 20 });
  const grantedIds = access ? await access.grantedTickets({ channel: context.requester.channel, externalId: context.requester.externalId }) : [];
  const granted = (await Promise.all(grantedIds.map((id) => tickets.find(id)))).filter((t): t is Ticket => t !== undefined);
  const all = [...own, ...granted.filter((g) => !own.some((o) => o.id === g.id))];
  const recent = all.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 3);
  return { found: recent.length > 0, tickets: recent.map(customerView) };
}
