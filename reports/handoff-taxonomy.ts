/**
 * Why conversations went to people, in the fixed taxonomy managers read: the one place where the
 * reasons the bot writes on a handoff (bot/tools/hand-off.ts, the pipeline's failure funnel) are
 * mapped onto it. A reason nobody mapped yet is counted as "stuck" rather than dropped, so the
 * rates always add up to the handoffs in the database.
 */
export const HANDOFF_CATEGORIES = ['customer_asked', 'danger', 'anger_or_complaint', 'missing_knowledge', 'stuck', 'policy_needs_person', 'bot_error'] as const;
export type HandoffCategory = (typeof HANDOFF_CATEGORIES)[number];

const BY_REASON: Record<string, HandoffCategory> = {
  customer_request: 'customer_asked',
  safety: 'danger',
  angry: 'anger_or_complaint',
  // Only a model names a case "complex": it found nothing in the knowledge base it could answer from.
  complex: 'missing_knowledge',
  stuck: 'stuck',
  policy_exception: 'policy_needs_person',
  bot_error: 'bot_error',
};

export function handoffCategory(reason: string | undefined): HandoffCategory {
  return (reason && BY_REASON[reason]) || 'stuck';
}

export const HANDOFF_CATEGORY_LABELS: Record<HandoffCategory, { zh: string; en: string }> = {
  customer_asked: { zh: '客户要求人工', en: 'Customer asked' },
  danger: { zh: '安全风险', en: 'Danger' },
  anger_or_complaint: { zh: '情绪激动或投诉', en: 'Anger or complaint' },
  missing_knowledge: { zh: '知识库缺少答案', en: 'Missing knowledge' },
  stuck: { zh: '机器人卡住', en: 'Stuck' },
  policy_needs_person: { zh: '政策需人工决定', en: 'Policy needs a person' },
  bot_error: { zh: '机器人出错', en: 'Bot error' },
};
