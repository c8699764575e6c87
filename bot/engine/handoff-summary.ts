/**
 * What a handoff puts on its ticket as the problem: the product in words and the fault, cleaned
 * (problem-words.ts), never internal ids ("water_heater | …") nor an angry message copied whole —
 * the ticket is read back to the customer later, and an outburst is never quoted back to them.
 * The person taking over reads the whole conversation for the rest.
 */
import type { Lang } from '../phrases';
import type { Facts } from './engine-state';
import { cleanFieldText, saysFieldWrong } from './field-text';
import { faultWords } from './problem-words';
import { productName } from './wording';

export function handoffSummary(facts: Facts, text: string, lang: Lang): string {
  const fault = faultWords(text);
  const problem = fault ? cleanFieldText(fault, saysFieldWrong(text)) : facts.symptom ? cleanFieldText(facts.symptom) : undefined;
  const product = facts.category || facts.brand ? productName(facts, lang) : undefined;
  const code = facts.errorCode && !(problem ?? '').toUpperCase().includes(facts.errorCode.toUpperCase()) ? facts.errorCode : undefined;
  const said = [problem, code && (lang === 'zh' ? `代码 ${code}` : `code ${code}`)].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  const fallback = lang === 'zh' ? '客户要求人工处理' : 'the customer asked for a person';
  return (
    [product, said || (product ? '' : fallback)]
      .filter(Boolean)
      .join(lang === 'zh' ? '：' : ': ')
      .slice(0, 900) || fallback
  );
}
