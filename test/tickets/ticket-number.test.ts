/**
 * Ticket numbers that cannot be guessed (issue 18): a random suffix with a check character, read
 * however a customer writes it, and numbers of the old counting form still found.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractTicketNumber } from '../../bot/understanding/slots';
import { canonicalTicketNumber, findTicketNumber, newTicketNumber, TICKET_NUMBER_EXAMPLE, TICKET_NUMBER_PATTERN, ticketNumberChecks } from '../../tickets/ticket-number';
import { newCustomer, openTestDesk, repairTicket, type TestDesk } from '../../testing/desk';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('ticket numbers', () => {
  it('draws a random suffix whose check character holds, never counting up', () => {
    const numbers = Array.from({ length: 2000 }, () => newTicketNumber('20261124'));
    for (const n of numbers) {
      expect(n).toMatch(TICKET_NUMBER_PATTERN);
      expect(ticketNumberChecks(n)).toBe(true);
    }
    expect(new Set(numbers).size).toBe(numbers.length);
    // Every position of the random part takes (nearly) every character: nothing is a counter.
    for (const position of [12, 13, 14, 15, 17, 18, 19]) {
      expect(new Set(numbers.map((n) => n[position])).size).toBeGreaterThanOrEqual(30);
    }
    expect(ticketNumberChecks(TICKET_NUMBER_EXAMPLE)).toBe(true);
  });

  it('catches every single mistyped character and every swap of two different neighbours', () => {
    for (const number of Array.from({ length: 30 }, () => newTicketNumber('20261124'))) {
      const chars = [...number];
      const positions = chars.map((c, i) => (/[0-9A-Z]/.test(c) && i > 2 ? i : -1)).filter((i) => i >= 0);
      for (const i of positions) {
        const choices = i < 11 ? '0123456789' : ALPHABET;
        for (const c of choices) {
          if (c === chars[i]) continue;
          const typo = [...chars];
          typo[i] = c;
          expect(ticketNumberChecks(typo.join('')), `${number} with ${c} at ${i}`).toBe(false);
        }
      }
      // Neighbours inside the random part (the dash between the groups is not a character to swap).
      for (const i of [12, 13, 14, 17, 18, 19]) {
        if (chars[i] === chars[i + 1]) continue;
        const swapped = [...chars];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
        const caught = !ticketNumberChecks(swapped.join(''));
        // Luhn mod 32 misses only the swap of the first and last characters of the alphabet (0 and Z).
        if (!caught) expect([chars[i], chars[i + 1]].sort().join('')).toBe('0Z');
      }
    }
  });

  it('reads a number however the customer writes it', () => {
    const n = 'AS-20261124-7KQ4-M9XB';
    const valid = ticketNumberChecks(n) ? n : newTicketNumber('20261124');
    const tail = valid.slice(12).replace('-', '');
    for (const written of [valid, valid.toLowerCase(), `AS20261124${tail}`, `as 20261124 ${tail.slice(0, 4)} ${tail.slice(4)}`, `AS－20261124－${tail.slice(0, 4)}－${tail.slice(4)}`]) {
      expect(extractTicketNumber(`我的工单${written}到哪了`), written).toBe(valid);
    }
    // O for 0 and I or L for 1, as people copy them.
    let withDigits = newTicketNumber('20261124');
    while (!/[01]/.test(withDigits.slice(12))) withDigits = newTicketNumber('20261124');
    const asCopied = withDigits.slice(0, 12) + withDigits.slice(12).replace(/0/g, 'O').replace(/1/g, 'l');
    expect(findTicketNumber(`工单 ${asCopied}`)).toMatchObject({ number: withDigits, valid: true });
    expect(findTicketNumber('AS-20261124-7KIL-M9XD')?.number).toBe('AS-20261124-7K11-M9XD');
  });

  it('marks a number with a wrong character as mistyped instead of looking it up', () => {
    const n = newTicketNumber('20261124');
    const last = n.at(-1)!;
    const typo = n.slice(0, -1) + ALPHABET[(ALPHABET.indexOf(last) + 1) % 32];
    expect(findTicketNumber(`工单${typo}`)).toMatchObject({ number: typo, valid: false });
    expect(findTicketNumber(`工单${n}`)).toMatchObject({ number: n, valid: true });
  });

  it('reads a number copied from the SMS without its AS- prefix, or with A5 for AS', () => {
    const number = newTicketNumber('20261124', () => 7);
    const body = number.slice(3);
    for (const written of [body, body.replace(/-/g, ' '), `工单号${body}查一下`, `A5-${body}`, `my ticket is ${body.toLowerCase()}`]) {
      expect(extractTicketNumber(written), written).toBe(number);
    }
    // A date and eight digits with no letters, or a wrong check character, is not read as a ticket without its prefix.
    expect(findTicketNumber('20261124 1234 5678')).toBeUndefined();
    const wrong = body.slice(0, -1) + (body.endsWith('0') ? '1' : '0');
    expect(findTicketNumber(wrong)).toBeUndefined();
  });

  it('still reads numbers of the old counting form', () => {
    expect(findTicketNumber('工单as-20260712-0031现在什么进度')).toMatchObject({ number: 'AS-20260712-0031', valid: true });
    expect(canonicalTicketNumber('as-20260712-0031')).toBe('AS-20260712-0031');
    expect(canonicalTicketNumber('AS-20260712-0031 please')).toBeUndefined();
  });
});

describe('ticket numbers in the store', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await openTestDesk();
  });
  afterEach(() => desk.dispose());

  it('finds a ticket by the number as typed, and old numbers already in a database', async () => {
    const customerId = await newCustomer(desk);
    const { ticket } = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    expect((await desk.tickets.get(ticket.number.toLowerCase().replace(/-/g, ' ')))?.id).toBe(ticket.id);
    // A ticket filed before random numbers keeps its number and is found by it.
    await desk.db.transaction(() => desk.db.run("UPDATE tickets SET number = 'AS-20261124-0001' WHERE id = ?", [ticket.id]));
    expect((await desk.tickets.get('as-20261124-0001')).id).toBe(ticket.id);
  });
});
