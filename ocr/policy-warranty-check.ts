/** The bot's `WarrantyCheck` port on the warranty rules of this module. */
import type { WarrantyAnswer, WarrantyCheck, WarrantyQuestion } from '../warranty/warranty-check';
import { categorySchema } from '../warranty/policy';
import { verifyWarranty, type WarrantyDeps } from '../warranty/verify-warranty';

export class PolicyWarrantyCheck implements WarrantyCheck {
  constructor(private readonly deps: WarrantyDeps) {}

  verify(question: WarrantyQuestion): WarrantyAnswer {
    // Categories the 三包 tables do not name (range hoods, rice cookers...) fall under the general rule.
    const known = categorySchema.safeParse(question.category);
    return verifyWarranty({ ...question, category: known.success ? known.data : 'other' }, this.deps);
  }
}
