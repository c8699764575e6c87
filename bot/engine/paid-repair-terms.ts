/**
 * How a paid repair is charged, in one short line a customer can act on: what is charged for
 * coming, that parts and labour are quoted before any work, and what declining the quote costs.
 * Customers told only "已过保修期，可提供付费维修" kept asking what that means in money, or
 * agreed to pay without knowing to what. The facts are the knowledge base's fee rules
 * (pol-onsite-service-fee for a visit, pol-carry-in-service-fee for a product taken to a service
 * centre); no amount is named here, since the brand's price list decides it.
 */
import type { Lang } from '../phrases';
import { carriedIn } from './wording';

const VISIT: Record<Lang, string> = {
  zh: '付费维修这样收费：工程师上门检测收上门检测费；要换的配件和人工费，动工前先报价，您同意了才修；不修的话只收上门检测费。',
  en: 'How a paid repair is charged: the engineer’s visit carries a call-out (inspection) fee; parts and labour are quoted before any work and done only if you agree; if you decline the quote, only the call-out fee is charged.',
};

const CARRY_IN: Record<Lang, string> = {
  zh: '付费维修这样收费：送到服务中心检测一般不收费；要换的配件和人工费，动工前先报价，您同意了才修；不修不收维修费。',
  en: 'How a paid repair is charged: the inspection at the service centre is usually free; parts and labour are quoted before any work and done only if you agree; if you decline, nothing is charged for the repair.',
};

/** The line for this product's way of service (a visit at home, or a service centre). */
export function paidRepairTerms(category: string | undefined, lang: Lang): string {
  return (carriedIn(category) ? CARRY_IN : VISIT)[lang];
}
