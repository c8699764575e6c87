/**
 * A request summed up after another was already filed in this chat (playtest round 15): it is a
 * different product or problem, so the customer hears it becomes a second ticket and the first
 * one stays as it was, never that the first one is being filed again.
 */
import type { Lang } from '../phrases';

/**
 * The line said above the summary, or '' when nothing was filed before in this chat. `product` names
 * the one this ticket is for when the customer told two appliances together (other-product-left.ts):
 * they already know both are booked, so the line says which one this summary is about.
 */
export function secondTicketLine(filed: readonly string[], lang: Lang, product?: string): string {
  const before = filed.at(-1);
  if (!before) return '';
  if (product) return lang === 'zh' ? `这张是${product}的工单，单独开；之前的工单 ${before} 不变。` : `This one is the ${product}'s own ticket; ticket ${before} stays as it is.`;
  return lang === 'zh' ? `这是另一件事，会单独开一张新工单；之前的工单 ${before} 不变。` : `This is a separate matter, so it will be a second ticket; ticket ${before} stays as it is.`;
}
