/**
 * Finding a customer's tickets without their number ("工单号找不到了，手机号是139…"): the open
 * tickets left with that phone, shown only after the customer reads back a one-time code texted
 * to it. A phone number proves nothing (anyone can type one), so the answer before the code is the
 * same whether or not the phone has tickets, and the code is checked like the ticket codes of
 * ticketStatus: the same limits, wrong codes counted against the asker, never against the phone.
 * Tickets the customer already holds (filed from this WeChat user or web session, or proven on
 * this chat) are shown without a code.
 */
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { TicketAccess } from '../../tickets/ticket-access';
import type { Ticket } from '../../tickets/ticket';
import type { TicketStore } from '../../tickets/ticket-store';
import type { SmsSender } from '../sms-sender';
import { maskMobile, parseMobile } from '../text/phone-numbers';
import type { AbuseGuard } from './abuse-limits';
import { ownsTicket } from './ticket-owner';
import { customerView, type CustomerTicketView } from './ticket-view';
import { defineTool } from './tool';

/** At most this many tickets are listed: a customer chooses among a few, never pages through a list. */
export const TICKETS_BY_PHONE_LIMIT = 3;

export const ticketsByPhoneArgs = z.object({
  phone: z.string().trim().min(1).max(40).describe('The mobile number the customer says they left on the ticket (may be a placeholder such as [PHONE_1])'),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'expected the 6-digit code from the text message')
    .optional()
    .describe('The 6-digit code the customer received by text message at that phone'),
});

export interface TicketsByPhonePorts {
  tickets: TicketStore;
  access?: TicketAccess;
  guard?: AbuseGuard;
  sms?: SmsSender;
  onError?: (error: unknown) => void;
}

export type TicketsByPhoneResult = {
  found: boolean;
  /** Newest first, at most TICKETS_BY_PHONE_LIMIT. */
  tickets: CustomerTicketView[];
  /** The phone as it may be said back (139****2222). */
  masked?: string;
  /** A code went to the phone if it has open tickets: the same answer either way. */
  codeSent?: boolean;
  wrongCode?: boolean;
  /** After a wrong code: how many more this chat may send this hour (the customer hears it). */
  triesLeft?: number;
  /** Too many wrong codes, or codes asked for, from this chat or its address this hour. */
  locked?: boolean;
  /** Not a mainland mobile: no text message can prove it. */
  notMobile?: boolean;
  /** The lookup is not available here (no access store or limits configured). */
  unavailable?: boolean;
};

export function ticketsByPhoneTool(ports: TicketsByPhonePorts) {
  const { tickets, access, guard, sms } = ports;
  return defineTool({
    name: 'findTicketsByPhone',
    description:
      "Find this customer's open tickets by the mobile number left on them, when they do not have the ticket number. Call it with the phone alone: a 6-digit code is texted to that phone (the answer is the same whether or not it has tickets); call it again with the phone and the code the customer reads back to list up to 3 open tickets, newest first. Tickets the customer already holds are listed without a code.",
    schema: ticketsByPhoneArgs,
    async run(args, context): Promise<TicketsByPhoneResult> {
      const phone = parseMobile(context.restore(args.phone));
      if (!phone) return { found: false, tickets: [], notMobile: true };
      const masked = maskMobile(phone);
      const open = await tickets.openByPhone(phone, TICKETS_BY_PHONE_LIMIT);
      const held = await Promise.all(open.map((t) => ownsTicket(t, context, access)));
      // All of them are the customer's already (filed from this chat identity): nothing to prove.
      if (open.length && held.every(Boolean)) return { found: true, tickets: open.map(customerView), masked };
      if (!access || !guard) return { found: false, tickets: [], masked, unavailable: true };
      if (await guard.proofsBlocked(context)) return { found: false, tickets: [], masked, locked: true };
      const holder = { channel: context.requester.channel, externalId: context.requester.externalId };
      const toProve = open.filter((_, i) => !held[i]);

      if (args.code) {
        const proven: Ticket[] = [];
        for (const ticket of toProve) if ((await access.checkCode(ticket.id, args.code, context.now)) === 'ok') proven.push(ticket);
        if (!proven.length) {
          await guard.proofFailed(context);
          return { found: false, tickets: [], masked, wrongCode: true, triesLeft: await guard.proofTriesLeft(context) };
        }
        for (const ticket of proven) await access.grant(ticket.id, holder, 'code', `customer:${context.customerId}`);
        const shown = open.filter((t, i) => held[i] || proven.includes(t));
        return { found: true, tickets: shown.map(customerView), masked };
      }

      // The same answer whatever happens below. A code texted within the resend gap is not texted
      // again: it is still live on the phone, so asking again never locks the owner out.
      if (!(await guard.mayAskForCode(context))) return { found: false, tickets: [], masked, locked: true };
      const free = await Promise.all(toProve.map((t) => guard.mayTextCode(context, t.id)));
      const texting = sms && toProve.length && free.every(Boolean) ? toProve : [];
      await guard.codeAsked(context, texting.length ? texting.map((t) => t.id) : undefined);
      if (texting.length && sms) {
        // One code for every open ticket of the phone: whoever reads it back holds that phone.
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        const expires = new Date(context.now.getTime() + guard.limits.codeTtlMs);
        for (const ticket of texting) await access.startChallenge(ticket.id, code, expires);
        const minutes = Math.round(guard.limits.codeTtlMs / 60_000);
        await sms
          .send({
            to: phone,
            purpose: 'proof_code',
            text: `【售后服务】验证码 ${code}，${minutes}分钟内有效，用于查看本手机号报修的工单。如非本人操作请忽略。Code ${code} (valid ${minutes} min) to view the tickets reported with this phone. Ignore if this was not you.`,
          })
          .catch((error: unknown) => ports.onError?.(error));
      }
      return { found: false, tickets: [], masked, codeSent: true };
    },
  });
}
