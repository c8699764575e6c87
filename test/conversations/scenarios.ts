/**
 * Scripted after-sales conversations as data (zh and en): what the customer says, turn by turn,
 * and what a good desk does about it — the ticket it files (or that it files none), whether a
 * person takes over, whether the answer cites a knowledge case, and what the customer is told.
 * They were the old `conversations` eval; written by us to pass, they were no measure of
 * customers (the `customers` suite is), so they are regression tests now (scenarios.test.ts).
 * The scenarios that scripted.test.ts already asserts turn by turn (self-help, the repair form,
 * complaints, safety, handoff on request, off-topic, warranty, two-part and mixed-language
 * messages, money demands, vague faults, the English in-store return) are not repeated here.
 */
import type { ChannelName, Priority, TicketType, WarrantyStatus } from '../../tickets/ticket';

export interface TicketExpectation {
  type?: TicketType;
  category?: string;
  model?: string;
  errorCode?: string;
  priority?: Priority | Priority[];
  purchaseDate?: string;
  contactPhone?: string;
  warrantyStatus?: WarrantyStatus;
}

export interface Scenario {
  id: string;
  lang: 'zh' | 'en';
  title: string;
  channel?: ChannelName;
  turns: string[];
  expect: {
    /** Whether a person takes over (handoff requested or taken); absent: either is right. */
    handoff?: boolean;
    /** null: no ticket may be filed; an object: one ticket with these fields; absent: not checked. */
    ticket?: TicketExpectation | null;
    /** Some reply cites a knowledge case that the search returned. */
    citation?: boolean;
    /** Regular expressions (source text, case-insensitive) that some reply must match. */
    says?: string[];
    /** Regular expressions no reply may match. */
    neverSays?: string[];
    /** Tools that must have been called at some turn. */
    tools?: string[];
  };
}

export const SCENARIOS: Scenario[] = [
  {
    id: 'zh-repair-correction',
    lang: 'zh',
    title: 'Customer corrects the model at the confirmation step',
    channel: 'wechat',
    turns: ['美的空调显示E1', '没用', 'KFR-26GW', '不记得了', '13800001234', '广州市天河区天河路208号3栋1201', '不对，型号是KFR-35GW/N8XHC1', '是的'],
    expect: { handoff: false, ticket: { category: 'air_conditioner', model: 'KFR-35GW/N8XHC1', warrantyStatus: 'unknown', contactPhone: '13800001234' } },
  },
  {
    id: 'zh-safety-gas',
    lang: 'zh',
    title: 'Gas smell: safety advice, P1',
    turns: ['燃气热水器那边一股燃气味，是不是燃气泄漏了'],
    expect: { handoff: true, ticket: { priority: 'P1' }, says: ['安全'] },
  },
  {
    id: 'zh-status-none',
    lang: 'zh',
    title: 'Status question with no tickets on file',
    turns: ['我上周报修的工单到哪一步了？'],
    expect: { handoff: false, ticket: null, says: ['还没有您的工单'], tools: ['ticketStatus'] },
  },
  {
    id: 'zh-fridge-selfhelp',
    lang: 'zh',
    title: 'Fridge not cooling: self-help resolves it',
    channel: 'wechat',
    turns: ['冰箱冷藏室不制冷了', '好了，谢谢'],
    expect: { handoff: false, ticket: null, citation: true },
  },
  {
    id: 'zh-instore-return',
    lang: 'zh',
    title: '7-day no-reason return asked for an in-store purchase: policy, not agreement',
    turns: ['线下门店买的，也能七天无理由退货吧？'],
    expect: { handoff: false, neverSays: ['^(是的|可以的)'] },
  },
  {
    id: 'en-washer-selfhelp',
    lang: 'en',
    title: "Washer won't drain: the brand asked (E21 differs by brand), then cited self-help steps",
    turns: ["My washing machine shows E21 and won't drain", "It's a Little Swan"],
    expect: { handoff: false, citation: true },
  },
  {
    id: 'en-status-none',
    lang: 'en',
    title: 'Status question with nothing on file',
    turns: ["What's the status of my repair ticket?"],
    expect: { handoff: false, ticket: null, tools: ['ticketStatus'] },
  },
];
