/**
 * The top-level commands as `aftersales --help` lists them: the words of the listing and the one
 * line that says what each does. Kept apart from the command modules so the help needs none of
 * them loaded (each module pulls in the desk, the knowledge base, OCR...); each module describes
 * its command with these same words.
 */
export interface CommandSummary {
  /** How the listing writes the command: its name, and `[options]` or arguments it takes itself. */
  term: string;
  summary: string;
}

export const COMMAND_SUMMARIES = {
  db: { term: 'db', summary: 'the desk database (SQLite, or PostgreSQL with DATABASE_URL) / 工单数据库' },
  tickets: { term: 'tickets', summary: 'after-sales tickets and their SLA clocks / 工单' },
  demo: { term: 'demo [options]', summary: 'file sample tickets into the data folder and show the desk (offline) / 演示' },
  receipt: { term: 'receipt', summary: 'purchase receipts and invoices / 购买凭证' },
  warranty: { term: 'warranty', summary: 'warranty decisions under 三包 and brand policies / 保修判定' },
  analyze: {
    term: 'analyze [options] <text>',
    summary: 'understand one customer message offline: language, intent, slots, sentiment, urgency / 分析一条客户消息',
  },
  chat: { term: 'chat [options]', summary: 'talk to the bot in the terminal (offline unless LLM_BASE_URL is set) / 终端对话' },
  kb: { term: 'kb', summary: 'fault-case knowledge base and its search / 故障知识库' },
  wechat: { term: 'wechat', summary: 'WeChat personal account through wechaty / 微信个人号' },
  eval: {
    term: 'eval [options]',
    summary: 'run the evaluation suites and write evals/report/ (HTML with charts, summary.md, results.json) / 运行评测并生成报告',
  },
  voice: { term: 'voice', summary: 'phone calls: file finished-call transcripts / 电话录音转写' },
  agents: { term: 'agents', summary: 'accounts of the built-in agent desk at /desk / 客服工作台账号' },
  report: {
    term: 'report [options]',
    summary: "the manager's service report for a period: resolution, handoffs, times, SLA, CSAT, faults, knowledge gaps / 服务报表",
  },
  llm: { term: 'llm', summary: 'the model endpoint (LLM_BASE_URL, LLM_PRESET) / 模型服务' },
  outbox: { term: 'outbox', summary: 'deliveries that did not go out: list, retry, drop / 未送达的消息：查看、重发、放弃' },
} as const satisfies Record<string, CommandSummary>;

export type CommandName = keyof typeof COMMAND_SUMMARIES;
