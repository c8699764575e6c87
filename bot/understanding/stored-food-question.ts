/**
 * "冻品先放哪儿", "what do we do with all the food until it's fixed?": what to do with the food kept
 * in a fridge or freezer that is not cooling. A real desk answers it at once, whatever step the
 * booking is in (keep the doors shut, a cool box or a neighbour's freezer, what may be refrozen and
 * what goes in the bin); read as a general "meanwhile" question it got the safety text, and at the
 * confirmation step it was written on the ticket unanswered.
 */

/** Food kept in it: "冰箱里的菜和肉", "店里的货", "what about all the food inside?". */
export const STORED_FOOD =
  /吃的|食物|食品|菜|肉|海鲜|鱼|虾|牛奶|奶|剩饭|冻品|冻货|雪糕|冰淇淋|冰激凌|存货|货|\b(?:food|groceries|meat|milk|dairy|leftovers|fish|chicken|frozen (?:stuff|food|things|goods)|ice cream|stock)\b/i;

/** What to do with it: where to put it, keep it, refreeze it or throw it away. */
const WHAT_TO_DO =
  /怎么办|咋办|咋整|怎么弄|怎么处理|怎么保存|怎么放|放哪|搁哪|存哪|放在哪|放到哪|挪到?哪|先放|还能(?:吃|要|用|卖)|能不能(?:吃|要|卖)|要不要(?:扔|丢|倒)|扔(?:掉|了)?(?:吗|么|不)|(?:再|重新)?冻回去|再冻|\bwhat (?:about|do (?:i|we) do with|should (?:i|we) do with|can (?:i|we) do with|to do with)\b|\bwhere (?:do|should|can) (?:i|we) (?:put|keep|store|move)\b|\b(?:still )?(?:safe|ok|okay|good) to (?:eat|keep|use)\b|\b(?:throw|bin|chuck) (?:it|them|\w+ )?(?:out|away)\b|\brefreez\w*\b|\bkeep (?:it|them|\w+) (?:cold|frozen)\b/i;

const COLD_STORE = ['refrigerator', 'freezer'];

/** Whether the message asks what to do with the food in a fridge or freezer (the product on the table is one). */
export function asksAboutStoredFood(text: string, category: string | undefined): boolean {
  return Boolean(category && COLD_STORE.includes(category)) && STORED_FOOD.test(text) && WHAT_TO_DO.test(text);
}
