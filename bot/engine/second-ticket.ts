/**
 * A request summed up after another was already filed in this chat (playtest round 15): it is a
 * different product or problem, so the customer hears it becomes a second ticket and the first
 * one stays as it was, never that the first one is being filed again.
 */
import type { Lang } from '../phrases';

/** The line said above the summary, or '' when nothing was filed before in this chat. */
export function secondTicketLine(filed: readonly string[], lang: Lang): string {
  const before = filed.at(-1);
  if (!before) return '';
  return lang === 'zh' ? `这是另一件事，会单独开一张新工单；之前的工单 ${before} 不变。` : `This is a separate matter, so it will be a second ticket; ticket ${before} stays as it is.`;
}
