/**
 * The warranty said again after the purchase date changed ("等下 我老婆说是2024年3月买的"): the
 * answer given for the old date no longer holds, so the rules decide afresh from the new one and the
 * customer hears the new answer at once, not only when the ticket is filed.
 */
import type { WarrantyAnswer } from '../../warranty/warranty-check';
import type { FlowKit } from './flows/flow';
import { warrantyArgs, warrantyLine } from './flows/warranty-words';

export async function warrantyAgain(kit: FlowKit): Promise<string | undefined> {
  const args = warrantyArgs(kit);
  if (!args) return undefined;
  const check = await kit.tools.call('verifyWarranty', args);
  return check.ok ? warrantyLine(check.result as WarrantyAnswer, kit.lang, kit.facts.category) : undefined;
}
