/** Every word the manager's report page shows, in Chinese and English (the figures' definitions included). */
import type { DeskLang } from './desk-words';

const WORDS = {
  title: ['服务报表', 'Service report'],
  backToDesk: ['返回工作台', 'Back to the desk'],
  period: ['时间段', 'Period'],
  from: ['开始日期', 'From'],
  to: ['结束日期（不含）', 'To (not included)'],
  show: ['查看', 'Show'],
  managersOnly: ['只有主管可以查看服务报表。', 'Only managers can see the service report.'],
  badPeriod: ['时间段格式不对：请用 YYYY-MM-DD，开始早于结束。', 'That period is not valid: use YYYY-MM-DD, with the start before the end.'],
  conversations: ['会话数', 'Conversations'],
  botResolution: ['机器人解决率', 'Bot resolution'],
  botResolutionHelp: ['无人工参与结束、且 7 天内客户未再联系、工单未重开的会话', 'Ended without a person, no new contact and no ticket reopened within 7 days'],
  fcr: ['首次解决率', 'First-contact resolution'],
  fcrHelp: ['7 天内客户未再联系、工单未重开、且未在等人工的会话', 'No new contact and no ticket reopened within 7 days, not left waiting for a person'],
  handoffRate: ['转人工率', 'Handed to a person'],
  stillOpen: ['其中 {n} 个会话仍在 7 天回访期内，数字可能还会变。', '{n} of them are still inside their 7 days: these figures may still change.'],
  handoffs: ['转人工原因', 'Handoffs by reason'],
  handoffsHelp: ['每次转人工请求按原因计数；比例为占会话数的比例。', 'Each handoff request by reason; the rate is per conversation.'],
  times: ['响应与处理时长', 'Response and handling time'],
  timesHelp: [
    '本时间段内创建的工单和无工单的转人工：从创建到人工首次响应；工单从创建到解决。',
    'Tickets filed and handoffs without a ticket queued in the period: to the first word from a person; tickets also to resolution.',
  ],
  firstResponse: ['首次响应', 'First response'],
  handling: ['处理时长', 'Handling time'],
  median: ['中位数', 'Median'],
  p90: ['90 分位', 'p90'],
  sla: ['各级别 SLA 达标', 'SLA by tier'],
  slaHelp: [
    '计入本时间段内创建的工单和无工单的转人工（客户只要求人工，未建工单）。首响达标两者都算；解决达标和超时工单只算工单（无工单的转人工没有解决时限）。达标率 = 达标 ÷（达标 + 超时）；进行中的时钟不计入。',
    'Counts the tickets filed and the handoffs without a ticket (a customer who only asked for a person) queued in the period. First response counts both; resolution and breached count tickets only (a handoff without a ticket has no resolution clock). Compliance = met ÷ (met + breached); clocks still running are not counted.',
  ],
  tier: ['级别', 'Tier'],
  tickets: ['工单', 'Tickets'],
  handoffsNoTicket: ['无工单转人工', 'Handoffs without a ticket'],
  frMet: ['首响达标', 'First response met'],
  resMet: ['解决达标', 'Resolution met'],
  breached: ['超时工单', 'Breached'],
  atRisk: ['即将超时的工单', 'Tickets about to breach'],
  atRiskNone: ['目前没有即将超时的工单。', 'No ticket is about to breach.'],
  dueFirstResponse: ['首次响应截止', 'First response due'],
  dueResolution: ['解决截止', 'Resolution due'],
  csat: ['满意度', 'Satisfaction'],
  csatAverage: ['平均分', 'Average score'],
  responseRate: ['调查回复率', 'Survey response rate'],
  responses: ['{n} 份评分', '{n} scores'],
  faults: ['高发故障（按品牌和产品）', 'Top faults by brand and product'],
  product: ['产品', 'Product'],
  codes: ['故障代码', 'Error codes'],
  noCode: ['无代码', 'no code'],
  gaps: ['知识库缺口', 'Knowledge gaps'],
  gapsHelp: [
    '知识库没有合适答案的问题，按产品和故障代码分组；示例中的个人信息已隐藏。',
    'Questions that found no good case, grouped by product and error code; personal data in the examples is masked.',
  ],
  gapCount: ['次数', 'Times asked'],
  gapConversations: ['会话', 'Conversations'],
  examples: ['客户原话示例', 'Example wordings'],
  nothing: ['本时间段没有数据。', 'Nothing in this period.'],
  unknownProduct: ['未知产品', 'Unknown product'],
  noBrand: ['未提供品牌', 'brand not given'],
} as const satisfies Record<string, readonly [string, string]>;

export type ReportWords = Record<keyof typeof WORDS, string>;

export function reportWords(lang: DeskLang): ReportWords {
  return Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, v[lang === 'zh' ? 0 : 1]])) as ReportWords;
}
