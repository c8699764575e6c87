/**
 * Service questions answered each from the one entry written for it (bot/engine/own-rule-answers.ts):
 * what installing costs, where a gas water heater may go, who pays to post a return, a visit or a
 * service centre, using an appliance from another country's mains. Read first, so neither a form's next question nor a fault's "what is it doing?"
 * takes the message. (The food in a fridge or freezer that is down is one: stored-food-question.ts.)
 */
import { asksForeignMains } from './foreign-mains-question';
import { asksGasHeaterPlace } from './heater-place-question';
import { asksInstallFee } from './install-fee-question';
import { asksReturnShipping } from './return-shipping-question';
import { asksAboutStoredFood } from './stored-food-question';
import { asksVisitOrCarryIn } from './visit-or-carry-in-question';

/** Whether the message asks one of these questions, about this product (if known). */
export function asksOwnRule(question: string, category: string | undefined): boolean {
  return (
    asksGasHeaterPlace(question) ||
    asksInstallFee(question) ||
    asksReturnShipping(question) ||
    asksVisitOrCarryIn(question, category) ||
    asksForeignMains(question) ||
    asksAboutStoredFood(question, category)
  );
}
