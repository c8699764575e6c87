/**
 * A request to call off a booked visit, read whatever the word order: the cancel verb before or after
 * the visit, with the product, the day or "please" in between. Not a purchase order, not a cancel
 * the customer wants kept off, not one done before. Phrasings written for this table.
 */
import { describe, expect, it } from 'vitest';
import { cancelsBooking, cancelsVisit } from '../../bot/understanding/visit-cancel';

describe('a cancel of a visit, in any order', () => {
  it.each([
    '后天热水器的上门我想取消掉',
    '冰箱预约的师傅，麻烦帮我撤销一下',
    '我要取消我下周一的洗碗机上门维修',
    '周六那个空调安装师傅上门的预约帮我作废',
    '取消我明天的上门',
    'the engineer visit for my dishwasher on friday, can you cancel it?',
    'I need to cancel the repair appointment for my microwave',
    "we'd like tomorrow's engineer visit for the dryer cancelled please",
    'please call off the technician visit for my fridge',
    'Cancel the booking for the technician, the washer works again',
  ])('is a cancel request: %s', (line) => {
    expect(cancelsBooking(line)).toBe(true);
    expect(cancelsVisit(line)).toBe(true);
  });

  it.each([
    '我想把上周买的那台冰箱的订单取消',
    'I want to cancel my order for the new kettle',
    '上门别取消，我改个时间就行',
    '先不要取消预约，我再看看',
    "please don't cancel the engineer visit, I'll be home",
    'do not cancel my appointment, I just need a later slot',
    '之前那次上门已经取消了，现在洗衣机又不脱水了',
    'I cancelled the old appointment and now the fridge is leaking again',
    'my visit got cancelled and nobody told me why',
    '取消上门预约要收费吗',
  ])('is not a cancel request: %s', (line) => {
    expect(cancelsBooking(line)).toBe(false);
    expect(cancelsVisit(line)).toBe(false);
  });
});
