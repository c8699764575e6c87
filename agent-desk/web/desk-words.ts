/**
 * Every word the built-in desk shows, in Chinese and English. The pages use them on the server and
 * hand the same table to the page script, so the two never drift apart.
 */
export type DeskLang = 'zh' | 'en';

const WORDS = {
  title: ['售后客服工作台', 'After-sales desk'],
  loginTitle: ['客服登录', 'Agent login'],
  name: ['账号', 'Name'],
  password: ['密码', 'Password'],
  login: ['登录', 'Log in'],
  loginFailed: ['账号或密码不对。', 'Wrong name or password.'],
  throttled: ['登录失败次数过多，请 {minutes} 分钟后再试。', 'Too many failed logins; try again in {minutes} minutes.'],
  expired: ['登录已过期，请重新登录。', 'Your login has expired; please log in again.'],
  accountsHint: ['账号由管理员在服务器上创建：npx aftersales agents add 名字 --role agent', 'Accounts are created on the server: npx aftersales agents add NAME --role agent'],
  logout: ['退出', 'Log out'],
  reports: ['服务报表', 'Service report'],
  otherLang: ['English', '中文'],
  queue: ['待处理', 'Queue'],
  queueEmpty: ['没有等待人工处理的对话。', 'No conversation is waiting for a person.'],
  online: ['在线客服', 'Online'],
  nobodyOnline: ['（无）', '(nobody)'],
  pick: ['从左侧选择一个对话。', 'Pick a conversation on the left.'],
  waiting: ['等待接手', 'Waiting'],
  takenBy: ['{agent} 处理中', 'With {agent}'],
  mine: ['我在处理', 'Yours'],
  claim: ['接手', 'Claim'],
  release: ['放回队列', 'Release'],
  resolve: ['已解决并发送满意度调查', 'Resolve and send the survey'],
  resolveConfirm: ['确认已解决？客户会收到 1-5 星满意度调查。', 'Resolve? The customer will get the 1-5 satisfaction survey.'],
  handBack: ['交回机器人', 'Hand back to the bot'],
  resolvePendingVisit: [
    '工单 {number} 还在等师傅上门：结束对话后，工单会保持打开，直到上门完成。',
    "Ticket {number} is still waiting for the engineer's visit: if you end the chat, the ticket stays open until the visit is done.",
  ],
  resolvePendingRepair: [
    '工单 {number} 的维修还没完成：结束对话后，工单会保持打开，直到维修完成。',
    'The repair on ticket {number} is not done yet: if you end the chat, the ticket stays open until the repair is done.',
  ],
  resolveKeepOpen: ['结束对话，工单保持打开', 'End the chat, keep the ticket open'],
  resolveAndClose: ['结束对话并关闭工单（工作已完成）', 'End the chat and close the ticket (the work is done)'],
  resolvedKeptOpen: ['对话已结束，客户会收到满意度调查；工单 {number} 保持打开（{pending}）。', 'Chat ended and the survey sent; ticket {number} stays open ({pending}).'],
  cancel: ['取消', 'Cancel'],
  fileTicket: ['建工单', 'File a ticket'],
  draftTitle: ['新建工单（已按对话内容预填，请核对）', 'New ticket (prefilled from the chat; please check)'],
  symptom: ['问题描述', 'Problem'],
  brand: ['品牌', 'Brand'],
  model: ['型号', 'Model'],
  errorCode: ['故障代码', 'Error code'],
  preferredTime: ['方便上门的时间', 'Preferred visit time'],
  productUnknown: ['（未说明）', '(not said)'],
  draftMasked: [
    '电话和地址已隐藏。点击“显示个人信息”可查看和修改；不打开也可以提交，工单会按客户消息中的原样填写。',
    "The phone and address are hidden. Click 'Show personal data' to see and edit them; filed as they are, they go on the ticket as the customer gave them.",
  ],
  fileIt: ['提交工单', 'File the ticket'],
  filed: ['已建工单 {number}', 'Ticket {number} filed'],
  reply: ['回复客户', 'Reply to the customer'],
  replyHint: ['发送到客户自己的渠道', "Goes to the customer's own channel"],
  send: ['发送', 'Send'],
  attachPictures: ['附上图片（可选，最多 4 张）', 'Attach pictures (optional, up to 4)'],
  agentPicture: ['客服发送的图片', "The agent's picture"],
  note: ['内部备注（客户看不到）', 'Internal note (the customer never sees it)'],
  addNote: ['添加备注', 'Add note'],
  status: ['状态', 'Status'],
  priority: ['优先级', 'Priority'],
  save: ['保存', 'Save'],
  reveal: ['显示个人信息', 'Show personal data'],
  hide: ['隐藏个人信息', 'Hide personal data'],
  revealedNote: ['个人信息已显示（已记入工单记录）', 'Personal data shown (recorded on the ticket)'],
  why: ['转人工原因', 'Why handed off'],
  summary: ['摘要', 'Summary'],
  ticket: ['工单', 'Ticket'],
  noTicket: ['无工单', 'No ticket'],
  channel: ['渠道', 'Channel'],
  customer: ['客户', 'Customer'],
  product: ['产品', 'Product'],
  warranty: ['保修', 'Warranty'],
  firstResponse: ['首次响应截止', 'First response due'],
  resolution: ['解决截止', 'Resolution due'],
  dueIn: ['{time} 后到期', 'due in {time}'],
  overdue: ['已超时 {time}', 'overdue by {time}'],
  contact: ['联系电话', 'Contact phone'],
  address: ['地址', 'Address'],
  receipt: ['收据识别', 'Receipt read'],
  receiptNone: ['未上传收据', 'No receipt sent'],
  photo: ['收据照片', 'Receipt photo'],
  photoGone: ['照片按设置未保存：识别后已删除', 'The photo was not kept: it was deleted after reading, as set'],
  knowledge: ['机器人用到的知识', 'Knowledge the bot used'],
  knowledgeNone: ['无', 'None'],
  whileWaiting: ['客户等待期间补充的', 'Added by the customer while waiting'],
  openQuestions: ['{n} 个问题待回答', '{n} question(s) for you'],
  conversation: ['对话记录', 'Conversation'],
  history: ['工单记录', 'Ticket history'],
  roleCustomer: ['客户', 'Customer'],
  roleBot: ['机器人', 'Bot'],
  roleAgent: ['客服', 'Agent'],
  withBot: ['已交回机器人', 'Back with the bot'],
  // After "resolve" with a visit or a repair still to come: the chat ended, the ticket did not.
  endedTicketOpen: ['对话已结束，工单仍打开', 'Chat ended, ticket still open'],
  endedResolved: ['对话已结束', 'Chat ended'],
  closeTicket: ['关闭工单（工作已完成）', 'Close the ticket (the work is done)'],
  closeTicketConfirm: ['确认工作已完成、关闭工单？客户不会再收到满意度调查。', 'Close the ticket as done? The customer is not surveyed again.'],
  myOpenTickets: ['我的未关闭工单', 'My open tickets'],
  myOpenTicketsHint: ['对话已结束、工单仍在等上门或维修', 'Chats ended, tickets still waiting for a visit or repair'],
  heldBy: ['该对话由 {agent} 处理：回复、结案和交回由 {agent} 操作。', '{agent} holds this conversation: replies, resolving and handing back are theirs.'],
  takeOver: ['由我接管', 'Take over'],
  takeOverConfirm: ['接管后由您回复客户，{agent} 会看到由您处理。', 'You will answer the customer from now on; {agent} will see that you took over.'],
  failed: ['操作失败：{message}', 'That did not work: {message}'],
  reconnecting: ['连接中断，正在重连…', 'Connection lost, reconnecting…'],
} as const satisfies Record<string, readonly [string, string]>;

const REASONS: Record<string, [string, string]> = {
  customer_request: ['客户要求人工', 'Customer asked for a person'],
  angry: ['客户情绪激动或投诉', 'Upset customer or complaint'],
  safety: ['安全风险', 'Safety risk'],
  stuck: ['机器人无法处理', 'The bot was stuck'],
  complex: ['问题复杂', 'Complex case'],
  policy_exception: ['需要政策例外', 'Needs a policy decision'],
  bot_error: ['机器人出错', 'The bot failed'],
};
const CHANNELS: Record<string, [string, string]> = {
  web: ['网页', 'Web chat'],
  wechat: ['微信', 'WeChat'],
  wechat_oa: ['公众号', 'WeChat official account'],
  wecom: ['微信客服', 'WeChat customer service (WeCom)'],
  voice: ['电话', 'Phone'],
  cli: ['命令行', 'Command line'],
  slack: ['Slack', 'Slack'],
};
const STATUSES: Record<string, [string, string]> = {
  new: ['新建', 'New'],
  open: ['待处理', 'Open'],
  in_progress: ['处理中', 'In progress'],
  waiting_customer: ['等客户回复', 'Waiting for the customer'],
  resolved: ['已解决', 'Resolved'],
  closed: ['已关闭', 'Closed'],
};
const WARRANTY: Record<string, [string, string]> = {
  in_warranty: ['保内', 'In warranty'],
  expired: ['已过保', 'Expired'],
  unknown: ['未知', 'Unknown'],
  unverified: ['未核实（客户自述）', 'Unverified (customer-stated)'],
};
const FIELDS: Record<string, [string, string]> = {
  purchaseDate: ['购买日期', 'Purchase date'],
  merchant: ['商家', 'Merchant'],
  total: ['金额', 'Total'],
  currency: ['币种', 'Currency'],
  product: ['商品', 'Product'],
  model: ['型号', 'Model'],
  serial: ['序列号', 'Serial'],
  invoiceNumber: ['发票号', 'Invoice number'],
};
/** Refusals from the desk's API by their code, in this desk's words ({agent}: who holds the chat). */
const ERRORS: Record<string, [string, string]> = {
  claimed_by_other: ['该对话已由 {agent} 处理', 'This conversation is with {agent}'],
  not_taken: ['这个对话目前没有人在处理', 'Nobody is handling this conversation now'],
  not_handed_off: ['这个对话已回到机器人，不在待处理队列中', 'This conversation is back with the bot, not in the queue'],
  no_ticket: ['该对话没有工单', 'This conversation has no ticket'],
  photo_not_kept: ['照片未保存', 'The photo was not kept'],
  managers_only: ['只有主管可以接管', 'Only a manager can take over'],
};

/** What a message sent while waiting was (agent-desk/while-waiting-digest.ts). */
const WAITING_KINDS: Record<string, [string, string]> = {
  danger: ['又报危险', 'Danger again'],
  open_question: ['问题，待您回答', 'Question for you'],
  senior: ['要求主管处理', 'Wants a manager'],
  details: ['补充了信息', 'Added details'],
  answered: ['问题，机器人已答', 'Question the bot answered'],
  said: ['补充说', 'Said'],
};

/** What is still to come on an open repair ticket (tickets/pending-work.ts). */
const PENDING_KINDS: Record<string, [string, string]> = {
  visit: ['待上门', 'visit still to come'],
  repair: ['待维修', 'repair still to come'],
};

/** What a ticket event was, in the history list. */
const EVENT_KINDS: Record<string, [string, string]> = {
  created: ['建单', 'filed'],
  status_changed: ['状态变更', 'status'],
  updated: ['修改', 'changed'],
  responded: ['首次回复', 'first reply'],
  note: ['备注', 'note'],
  csat: ['满意度', 'satisfaction'],
};

const pick = (table: Record<string, readonly [string, string]>, lang: DeskLang) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang === 'zh' ? 0 : 1]]));

export type DeskWords = Record<keyof typeof WORDS, string> & {
  reasons: Record<string, string>;
  channels: Record<string, string>;
  statuses: Record<string, string>;
  warrantyStates: Record<string, string>;
  fields: Record<string, string>;
  waitingKinds: Record<string, string>;
  eventKinds: Record<string, string>;
  pendingKinds: Record<string, string>;
  errors: Record<string, string>;
};

export function deskWords(lang: DeskLang): DeskWords {
  return {
    ...(pick(WORDS, lang) as Record<keyof typeof WORDS, string>),
    reasons: pick(REASONS, lang),
    channels: pick(CHANNELS, lang),
    statuses: pick(STATUSES, lang),
    warrantyStates: pick(WARRANTY, lang),
    fields: pick(FIELDS, lang),
    waitingKinds: pick(WAITING_KINDS, lang),
    eventKinds: pick(EVENT_KINDS, lang),
    pendingKinds: pick(PENDING_KINDS, lang),
    errors: pick(ERRORS, lang),
  };
}

export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
