/**
 * A fault of one product and a question about another in one message ("洗衣机一脱水就晃……另外冰箱
 * 排水孔在哪？", "the washer walks on spin. also, where's the fridge's drain hole?"): the fault is
 * triaged and the question about the other product was dropped. This finds that question so the
 * engine answers it beside the fault (a problem of the other product is problem-split.ts's job).
 */
import { asksSomething } from './question-clause';
import { productMentions } from './slots/product-as-evidence';

/** Where a new matter starts: a sentence end, or 还有/另外/顺便问下, "also", "by the way". */
const NEW_MATTER = /(?<=[。！？!?；;\n])|(?<=\.)\s+|[，,]?\s*(?=还有|另外|顺便问|再问|再就是)|[,.]?\s+(?=\b(?:also|btw|by the way|another thing|plus|and also)\b)/i;

/** The question about a product other than the first one named, if the message asks one after telling a fault. */
export function questionAboutOtherProduct(text: string): string | undefined {
  const mentions = productMentions(text);
  const first = mentions[0];
  if (!first || !mentions.some((m) => m.name !== first.name)) return undefined;
  const pieces = text.split(NEW_MATTER).map((p) => p?.trim() ?? '');
  // The first piece tells the fault; a later one that asks about its own, other product is the question.
  for (const piece of pieces.slice(1)) {
    if (!piece || !asksSomething(piece)) continue;
    const own = productMentions(piece);
    if (own.length && own.every((m) => m.name !== first.name))
      return piece.replace(/^(?:还有|另外|顺便问(?:一?下)?|再问(?:一?下)?|再就是|also|btw|by the way|another thing|plus|and also)[,，\s]*/i, '');
  }
  return undefined;
}
