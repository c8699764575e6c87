/**
 * How a handoff looks in Slack: the post agents see (Block Kit), the thread lines for relayed
 * customer messages and changes of hands, and the re-announcement of an overdue one. Agents
 * may read Chinese or English, so labels carry both. Customer-provided text goes in as
 * plain_text or escaped, never as live mrkdwn.
 */
import type { types } from '@slack/bolt';
import type { Announcement, HandoffState } from './desk-payloads';
import { brandLabel } from '../../kernel/lexicon/brands';
import { categoryLabel } from '../../kernel/lexicon/product-categories';
import { clip, escapeForSlack } from './slack-text';

export const ACTIONS = { takeOver: 'handoff_take_over', returnToBot: 'handoff_return', resolve: 'handoff_resolve' } as const;
export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];

export interface Rendered {
  /** The notification and fallback text. */
  text: string;
  blocks?: types.KnownBlock[];
}

const CHANNEL_NAMES: Record<string, string> = { web: '网页 Web', wechat: '微信 WeChat', wechat_oa: '公众号 WeChat OA', voice: '电话 Phone', cli: '命令行 CLI', slack: 'Slack' };
const WARRANTY: Record<string, string> = {
  in_warranty: '保内 In warranty',
  expired: '已过保 Expired',
  unknown: '未知 Unknown',
  unverified: '未核实 Unverified (customer-stated)',
};
const REASONS: Record<string, string> = {
  customer_request: '客户要求人工 Customer asked for a person',
  angry: '客户情绪激动 Customer is upset',
  safety: '安全风险 Safety risk',
  stuck: '机器人无法处理 Bot could not help',
  complex: '问题复杂 Complex case',
  policy_exception: '需要政策例外 Needs a policy exception',
  bot_error: '机器人出错 The bot failed',
};
const PRIORITY_MARK: Record<string, string> = { P1: ':red_circle: P1', P2: ':large_orange_circle: P2', P3: ':large_yellow_circle: P3', P4: ':white_circle: P4' };
const ROLE: Record<string, string> = { customer: '客户 Customer', assistant: '机器人 Bot', agent: '客服 Agent' };

const NO_TICKET = '无工单 No ticket';

/** The handoff post, drawn for its current state (the buttons change with it). */
export function announcementBlocks(a: Announcement, state: HandoffState, timeZone: string): Rendered {
  // A bare request for a person files no ticket: said so, rather than a dash that looks like a fault.
  const ticket = a.ticketNumber ?? NO_TICKET;
  const product = productName(a) || '未知 Unknown';
  const fields: types.MrkdwnElement[] = [
    md(`*工单 Ticket*\n${escapeForSlack(ticket)}`),
    md(`*客户 Customer*\n${a.customerId ? `#${a.customerId}` : '—'} · ${CHANNEL_NAMES[a.channel] ?? escapeForSlack(a.channel)}`),
    md(`*产品 / 型号 Product / model*\n${escapeForSlack(clip(product, 200))}${a.errorCode ? ` · ${escapeForSlack(a.errorCode)}` : ''}`),
    md(`*保修 Warranty*\n${WARRANTY[a.warranty] ?? escapeForSlack(a.warranty)}`),
    md(`*情绪 / 紧急 Sentiment / urgency*\n${sentimentLabel(a.sentiment)} · ${a.priority ? PRIORITY_MARK[a.priority] : '—'}`),
    md(`*首次响应截止 First response due*\n${a.firstResponseDue ? slackDate(a.firstResponseDue, timeZone) : '—'}`),
  ];
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(`转人工 Handoff · ${ticket}`, 150) } },
    { type: 'section', fields },
    { type: 'section', text: md(`*原因 Reason:* ${REASONS[a.reason] ?? escapeForSlack(a.reason)}`) },
    { type: 'section', text: { type: 'plain_text', text: clip(`摘要 Summary: ${a.summary || '—'}`, 2900), emoji: false } },
  ];
  if (a.lastMessages.length) {
    const lines = a.lastMessages.slice(-6).map((m) => `${ROLE[m.role] ?? m.role}: ${clip(m.text.replace(/\s+/g, ' '), 400)}`);
    blocks.push({ type: 'section', text: { type: 'plain_text', text: clip(`最近消息 Last messages\n${lines.join('\n')}`, 2900), emoji: false } });
  }
  blocks.push({ type: 'context', elements: [md(stateLine(state))] });
  const buttons = buttonsFor(state, a.conversationId);
  if (buttons.length) blocks.push({ type: 'actions', block_id: `handoff:${a.conversationId}`, elements: buttons });
  return { text: `转人工 Handoff ${ticket}: ${clip(a.summary, 200)}`.replace(/[<>&]/g, (c) => escapeForSlack(c)), blocks };
}

/**
 * The product as people name it, in both languages of the post ("海尔 Haier 冰箱 Fridge"), from
 * the one table of product names (kernel/lexicon): never the category's code ("refrigerator").
 */
function productName(a: Pick<Announcement, 'brand' | 'category' | 'model'>): string {
  const both = (zh: string, en: string) => (zh === en ? zh : `${zh} ${en}`);
  const brand = a.brand ? both(brandLabel(a.brand, 'zh'), brandLabel(a.brand, 'en')) : '';
  const zh = a.category ? categoryLabel(a.category, 'zh') : undefined;
  const en = a.category ? categoryLabel(a.category, 'en') : undefined;
  const category = zh && en ? both(zh, en) : '';
  return [brand, category, a.model ?? ''].filter(Boolean).join(' ');
}

/** A customer's message while the conversation is with the desk, posted into the thread. */
export function customerMessage(text: string, attachments: number): Rendered {
  const extra = attachments ? `\n[附件 ${attachments} 个 / ${attachments} attachment(s): see the ticket]` : '';
  const body = clip(`客户 Customer: ${text || '—'}${extra}`, 2900);
  return { text: escapeForSlack(body), blocks: [{ type: 'section', text: { type: 'plain_text', text: body, emoji: false } }] };
}

/** The thread line for a change of hands. */
export function statusLine(state: Exclude<HandoffState, { status: 'waiting' }>): Rendered {
  return { text: stateLine(state) };
}

/** A handoff past its first-response deadline, broadcast from its thread to the channel. */
export function overdueNotice(ticketNumber: string | undefined, conversationId: number, due: string, timeZone: string): Rendered {
  const which = ticketNumber ? `工单 ${escapeForSlack(ticketNumber)}` : `对话 #${conversationId}（${NO_TICKET}）`;
  const text = `:alarm_clock: 超时未响应 Overdue: ${which} 首次响应已于 ${slackDate(due, timeZone)} 到期，仍无人回复 / first response was due ${slackDate(due, timeZone)} and nobody has answered yet.`;
  return {
    text,
    blocks: [
      { type: 'section', text: md(text) },
      { type: 'actions', block_id: `overdue:${conversationId}`, elements: buttonsFor({ status: 'returned_to_bot', by: 'system' }, conversationId) },
    ],
  };
}

/** `agent:slack:U123` as a Slack mention; the sweep as "automatically". */
export function who(by: string): string {
  const slackUser = /^(?:agent:)?slack:([A-Z0-9]+)$/.exec(by)?.[1];
  if (slackUser) return `<@${slackUser}>`;
  if (by.startsWith('system:')) return '系统自动 automatically';
  return escapeForSlack(by.replace(/^agent:/, ''));
}

function stateLine(state: HandoffState): string {
  switch (state.status) {
    case 'waiting':
      return ':hourglass_flowing_sand: 等待人工接管 Waiting for an agent';
    case 'released':
      return `:hourglass_flowing_sand: ${who(state.by)} 已放回队列，等待人工接管 put it back in the queue: waiting for an agent`;
    case 'taken_over':
      return `:raising_hand: ${who(state.by)} 已接管 took over: 在本帖回复即发送给客户；以 // 开头为内部备注 / reply in this thread to answer the customer; start with // for an internal note`;
    case 'returned_to_bot':
      return state.reason === 'no_agent_reply'
        ? ':robot_face: 无人回复，已自动交回机器人 No agent replied in time: handed back to the bot (the ticket stays open)'
        : `:robot_face: ${who(state.by)} 已交回机器人 handed the conversation back to the bot`;
    case 'resolved':
      // Only the chat is finished when a visit or a repair is still to come: the ticket stays open for it.
      if (state.ticketStaysOpen) {
        const [zh, en] = state.ticketStaysOpen === 'visit' ? ['待上门', 'the visit still to come'] : ['待维修', 'the repair still to come'];
        return `:speech_balloon: ${who(state.by)} 已结束对话 finished the chat; 已向客户发送满意度调查 the customer was sent the satisfaction survey. 工单保持打开（${zh}）The ticket stays open for ${en}`;
      }
      return `:white_check_mark: ${who(state.by)} 已解决 resolved it; 已向客户发送满意度调查 the customer was sent the satisfaction survey`;
  }
}

function buttonsFor(state: HandoffState, conversationId: number): types.Button[] {
  const value = String(conversationId);
  const takeOver: types.Button = { type: 'button', action_id: ACTIONS.takeOver, text: { type: 'plain_text', text: '接管 Take over' }, style: 'primary', value };
  const back: types.Button = { type: 'button', action_id: ACTIONS.returnToBot, text: { type: 'plain_text', text: '交回机器人 Return to bot' }, value };
  const resolve: types.Button = {
    type: 'button',
    action_id: ACTIONS.resolve,
    text: { type: 'plain_text', text: '已解决 Resolve' },
    value,
    confirm: {
      title: { type: 'plain_text', text: '确认已解决？Resolve?' },
      // (A ticket with a visit or a repair still to come stays open: the thread then says so.)
      text: {
        type: 'plain_text',
        text: '对话结束，客户会收到满意度调查；工单标记为已解决，若还有上门或维修未完成则保持打开。The chat ends and the customer gets the satisfaction survey; the ticket is resolved, or stays open while a visit or repair is still to come.',
      },
      confirm: { type: 'plain_text', text: '已解决 Resolve' },
      deny: { type: 'plain_text', text: '取消 Cancel' },
    },
  };
  switch (state.status) {
    case 'waiting':
    case 'released':
      return [takeOver, back, resolve];
    case 'taken_over':
      return [back, resolve];
    case 'returned_to_bot':
      return [takeOver, resolve];
    case 'resolved':
      return [];
  }
}

function sentimentLabel(score: number | undefined): string {
  if (score === undefined) return '—';
  const label =
    score <= -0.6 ? ':rage: 非常不满 Very upset' : score <= -0.2 ? ':slightly_frowning_face: 不满 Unhappy' : score < 0.3 ? ':neutral_face: 平静 Neutral' : ':slightly_smiling_face: 满意 Positive';
  return `${label} (${score.toFixed(2)})`;
}

/** Slack shows the time in each agent's own zone; the fallback is the desk's zone. */
function slackDate(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return escapeForSlack(iso);
  const fallback = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at);
  return `<!date^${Math.floor(at.getTime() / 1000)}^{date_short_pretty} {time}|${fallback} ${timeZone}>`;
}

function md(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text: clip(text, 1990) };
}
