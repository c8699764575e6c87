/**
 * How customers ask to move a visit without naming the new time, say they lost the ticket number,
 * ask to be found by phone, and pick one of the tickets listed for them (issue 16, lookup).
 */
import { describe, expect, it } from 'vitest';
import { pickTicket } from '../../bot/engine/flows/phone-lookup';
import { LOOKUP_BY_PHONE, NUMBER_LOST } from '../../bot/understanding/lookup-by-phone';
import { VISIT_CHANGE } from '../../bot/understanding/visit-change';

const MOVES = [
  '改个时间',
  '我想改一下上门时间',
  '上门时间能不能改',
  '预约的时间要改一下',
  '能改约吗',
  '要改期',
  '约的时间我不在家',
  '那天我有事去不了',
  '能换个日子吗',
  '时间调一下',
  '重新约个时间',
  '师傅能晚几天再来吗',
  '维修时间想往后推',
  'I need to reschedule',
  'can we reschedule the technician',
  'can I move my appointment',
  'I want to change the visit',
  'please push back the booking',
  "I can't make the appointment",
  "I won't be home for the visit",
];
const NOT_MOVES = ['购买时间改一下', '购买时间调一下', '改一下地址', '电话改成13800138000', '空调不制冷', '什么时候上门', 'when will the engineer come', 'change the filter'];

const LOST = [
  '工单号找不到了',
  '单号忘了',
  '工单号不记得',
  '编号丢了',
  '找不到工单号',
  '没有工单号',
  'I lost the ticket number',
  "can't find my reference number",
  "I don't have the booking number",
  'forgot the ticket number',
];
const BY_PHONE = [
  '能用手机号查吗',
  '按手机号帮我查一下',
  '用我的电话号码找一下',
  '手机号能查到吗',
  "Can't you look it up by my phone number?",
  'search with my mobile please',
  'find it using my phone',
];
const NEITHER = ['我的手机坏了', '手机号是13800138000', 'my phone is broken', 'what is my ticket status'];

describe('lookup words', () => {
  it.each(MOVES)('%s asks to move the visit', (text) => expect(VISIT_CHANGE.test(text)).toBe(true));
  it.each(NOT_MOVES)('%s does not', (text) => expect(VISIT_CHANGE.test(text)).toBe(false));
  it.each(LOST)('%s says the number is lost', (text) => expect(NUMBER_LOST.test(text)).toBe(true));
  it.each(BY_PHONE)('%s asks to be found by phone', (text) => expect(LOOKUP_BY_PHONE.test(text)).toBe(true));
  it.each(NEITHER)('%s is neither', (text) => expect(LOOKUP_BY_PHONE.test(text) || NUMBER_LOST.test(text)).toBe(false));
});

describe('picking a listed ticket', () => {
  const choices = [
    { number: 'AS-20261205-AAAA-AAAA', category: 'dishwasher', brand: 'Siemens' },
    { number: 'AS-20261204-BBBB-BBBB', category: 'range_hood', brand: 'Fotile' },
  ];
  it.each([
    ['1', 0],
    ['第二个', 1],
    ['第2张', 1],
    ['the second one', 1],
    ['油烟机那个', 1],
    ['洗碗机', 0],
    ['the dishwasher', 0],
    ['最新那个', 0],
    ['最后那个', 1],
    ['Fotile', 1],
  ] as const)('%s -> choice %i', (text, index) => expect(pickTicket(text, choices)).toBe(choices[index]!.number));
  it.each(['不知道', '都不是', 'hmm'])('%s picks none', (text) => expect(pickTicket(text, choices)).toBeUndefined());
});
