/**
 * Scripted after-sales conversations as data (zh and en): what the customer says, turn by turn,
 * and what a good desk does about it — the ticket it files (or that it files none), whether a
 * person takes over, whether the answer cites a knowledge case, and what the customer is told.
 * The conversations suite plays them against the assistant and scores them.
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
    id: 'zh-selfhelp-ac-e1',
    lang: 'zh',
    title: 'AC E1 fixed by self-help, nothing filed',
    turns: ['你好，我家格力空调开机显示E1，不制冷', '按你说的弄了一下，好了，谢谢'],
    expect: { handoff: false, ticket: null, citation: true, says: ['太好了'] },
  },
  {
    id: 'zh-repair-washer-e21',
    lang: 'zh',
    title: 'Washer E21: self-help fails, fields collected one by one, restated, filed',
    turns: ['小天鹅洗衣机显示E21，不排水', '试了还是不行', 'TG100V88WMUIADY5', '今年10月1号买的', '139 1234 5678', '上海市浦东新区世纪大道100号1号楼202室', '是'],
    expect: {
      handoff: false,
      citation: true,
      ticket: { type: 'repair_request', category: 'washing_machine', model: 'TG100V88WMUIADY5', errorCode: 'E21', purchaseDate: '2026-10-01', contactPhone: '13912345678' },
      says: ['确认一下报修信息', '已为您提交工单 AS-\\d{8}-\\d{4}'],
      tools: ['verifyWarranty', 'createTicket'],
    },
  },
  {
    id: 'zh-repair-correction',
    lang: 'zh',
    title: 'Customer corrects the model at the confirmation step',
    channel: 'wechat',
    turns: ['美的空调显示E1', '没用', 'KFR-26GW', '不记得了', '13800001234', '广州市天河区天河路208号3栋1201', '不对，型号是KFR-35GW/N8XHC1', '是的'],
    expect: { handoff: false, ticket: { category: 'air_conditioner', model: 'KFR-35GW/N8XHC1', warrantyStatus: 'unknown', contactPhone: '13800001234' } },
  },
  {
    id: 'zh-complaint-angry',
    lang: 'zh',
    title: 'Heated complaint goes to a person with a P1 complaint ticket',
    turns: ['你们师傅上门三次都没修好，我要去12315投诉你们！'],
    expect: { handoff: true, ticket: { type: 'complaint', priority: 'P1' }, says: ['人工客服'] },
  },
  {
    id: 'zh-safety-shock',
    lang: 'zh',
    title: 'Electric shock: safety advice first, P1, handoff',
    turns: ['热水器漏电了，洗澡的时候手麻了一下'],
    expect: { handoff: true, ticket: { priority: 'P1' }, says: ['安全提示', '电闸|断电'] },
  },
  {
    id: 'zh-safety-gas',
    lang: 'zh',
    title: 'Gas smell: safety advice, P1',
    turns: ['燃气热水器那边一股燃气味，是不是燃气泄漏了'],
    expect: { handoff: true, ticket: { priority: 'P1' }, says: ['安全'] },
  },
  {
    id: 'zh-human',
    lang: 'zh',
    title: 'Asks for a person',
    turns: ['转人工'],
    expect: { handoff: true, says: ['人工客服'] },
  },
  {
    id: 'zh-out-of-scope',
    lang: 'zh',
    title: 'Off-topic work declined without tools',
    turns: ['帮我写个爬虫抓竞品价格'],
    expect: { handoff: false, ticket: null, says: ['超出了我的服务范围'] },
  },
  {
    id: 'zh-warranty-compressor',
    lang: 'zh',
    title: 'Warranty decided in code: a compressor has three years',
    turns: ['空调是2025年3月1日买的，压缩机坏了，还在保修期吗？'],
    expect: { handoff: false, says: ['在保修期内', '三包'], tools: ['verifyWarranty'] },
  },
  {
    id: 'zh-status-none',
    lang: 'zh',
    title: 'Status question with no tickets on file',
    turns: ['我上周报修的工单到哪一步了？'],
    expect: { handoff: false, ticket: null, says: ['没有工单记录'], tools: ['ticketStatus'] },
  },
  {
    id: 'zh-two-part',
    lang: 'zh',
    title: 'Two questions in one message: both answered',
    turns: ['冰箱冷藏室不制冷了，另外我上周报修的工单到哪一步了'],
    expect: { handoff: false, citation: true, says: ['没有工单记录'], tools: ['ticketStatus', 'searchKnowledge'] },
  },
  {
    id: 'zh-payout-demand',
    lang: 'zh',
    title: 'Payout demand refused, no promise of money; a person reviews the claim',
    turns: ['直接按最高额度赔我5000元，请确认已打款。'],
    expect: { handoff: true, says: ['无法直接承诺'], neverSays: ['已打款', '确认赔付'] },
  },
  {
    id: 'zh-vague-stuck',
    lang: 'zh',
    title: 'Vague twice: one clarification, then a person',
    turns: ['那个东西坏了怎么办', '就是不好用了'],
    expect: { handoff: true, says: ['哪种产品|型号|故障代码'] },
  },
  {
    id: 'zh-mixed-language',
    lang: 'zh',
    title: 'Mixed Chinese-English message answered in Chinese with a citation',
    turns: ['我的 washing machine 显示 E21 不排水'],
    expect: { handoff: false, citation: true, says: ['可以先试试'] },
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
    id: 'en-selfhelp-fridge',
    lang: 'en',
    title: 'Fridge fixed by self-help',
    turns: ['My fridge is not cooling at all', 'that fixed it, thanks'],
    expect: { handoff: false, ticket: null, citation: true, says: ['glad'] },
  },
  {
    id: 'en-repair-ac',
    lang: 'en',
    title: 'AC E1 repair filed after restating',
    turns: ['My Midea air conditioner shows E1 and blows warm air', "didn't help", 'KFR-35GW/N8XHC1', "I don't remember", '13700001111', 'Room 501, Building 2, 18 Nanjing Road, Huangpu District, Shanghai', 'yes'],
    expect: { handoff: false, citation: true, ticket: { category: 'air_conditioner', errorCode: 'E1', contactPhone: '13700001111' }, says: ['Let me confirm the repair request', 'Your ticket AS-\\d{8}-\\d{4} is filed'] },
  },
  {
    id: 'en-complaint-calm',
    lang: 'en',
    // The rules may judge a late engineer urgent enough for a person; either way a ticket carries it.
    title: 'Calm complaint is recorded as a complaint ticket',
    turns: ['I want to complain: the engineer arrived two hours late yesterday.'],
    expect: { ticket: { type: 'complaint' }, says: ['AS-\\d{8}-\\d{4}|human agent|colleague'] },
  },
  {
    id: 'en-human',
    lang: 'en',
    title: 'Asks for a real person',
    turns: ['Can I talk to a real person please?'],
    expect: { handoff: true, says: ['human agent'] },
  },
  {
    id: 'en-safety-microwave',
    lang: 'en',
    title: 'Sparks and a burning smell: safety first, P1',
    turns: ["There's a burning smell coming from my microwave and I saw sparks"],
    expect: { handoff: true, ticket: { priority: 'P1' }, says: ['Safety first'] },
  },
  {
    id: 'en-out-of-scope',
    lang: 'en',
    title: 'Off-topic work declined',
    turns: ['Write Python to scrape competitor prices.'],
    expect: { handoff: false, ticket: null, says: ['outside what I can help with'] },
  },
  {
    id: 'en-instore-return',
    lang: 'en',
    title: 'In-store 7-day return claim answered from policy',
    turns: ['I bought it in your store last week — I have a legal 7-day no-reason return, right?'],
    expect: { handoff: false, says: ['distance|online|in-store|store'], neverSays: ['^yes'] },
  },
  {
    id: 'en-washer-selfhelp',
    lang: 'en',
    title: "Washer won't drain: cited self-help steps",
    turns: ["My washing machine shows E21 and won't drain"],
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
