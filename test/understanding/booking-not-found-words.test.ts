/**
 * The words read while a booking cannot be found (u8): chasing it, asking whether we lost it, and
 * asking to book again, apart from their neighbours (the customer's own number lost, moving a
 * visit, asking whether booking again is needed).
 */
import { describe, expect, it } from 'vitest';
import { asksToBookAgain, asksWhetherToBookAgain } from '../../bot/understanding/book-again';
import { asksIfBookingLost } from '../../bot/understanding/booking-lost-question';
import { chasesEarlierBooking, nothingSince } from '../../bot/understanding/booking-unheard-of';

describe('a booking chased', () => {
  it.each(['上个月就报修了，到现在一点动静都没有', '约了周三上门，电话都没打来一个', '一直没人跟进', 'I rang it in a fortnight ago and nobody has called', "we haven't heard anything from you since"])(
    'nothing since: %s',
    (text) => {
      expect(nothingSince(text)).toBe(true);
      expect(chasesEarlierBooking(text)).toBe(true);
    },
  );
  it.each(['上周三预约的', 'I booked it on Friday'])('a booking before: %s', (text) => expect(chasesEarlierBooking(text)).toBe(true));
  it.each(['洗衣机不脱水了', 'my fridge is not cooling'])('not a chase: %s', (text) => expect(chasesEarlierBooking(text)).toBe(false));
});

describe('"did you lose it?"', () => {
  it.each(['你们是不是给我删了', '怎么可能找不到', '明明登记过的', 'did your team misplace it?', 'you must have deleted it', 'how come there is no record'])('%s', (text) =>
    expect(asksIfBookingLost(text)).toBe(true),
  );
  it.each(['工单号找不到了', '单号忘了', 'I lost the ticket number', "I can't find my ticket number"])('the customer lost their number, not asked of us: %s', (text) =>
    expect(asksIfBookingLost(text)).toBe(false),
  );
});

describe('booking again', () => {
  it.each(['那就重新预约一次', '再帮我报一下吧', '重新下一单', 'just book me a new one', 'please re-book it', 'log it again for me'])('asked for: %s', (text) =>
    expect(asksToBookAgain(text)).toBe(true),
  );
  it.each(['重新约个时间', '再约个日子吧', '另外下午我不在家', 'can we reschedule the technician'])('not asked for: %s', (text) => expect(asksToBookAgain(text)).toBe(false));
  it.each(['还要我重新报一次吗', 'do I need to book it again?'])('only asked whether: %s', (text) => {
    expect(asksToBookAgain(text)).toBe(false);
    expect(asksWhetherToBookAgain(text)).toBe(true);
  });
});
