/**
 * "我刚说了", "上面说了啊", "I told you", "like I said" while a fact is asked, with the fact left out:
 * playtest, the customer had said when they bought it and was asked for it again, and again. The
 * customer points back at their own earlier message: it is read again for the fact asked, and the
 * fact found there is read as if said now. (Said with the fact, "我说了 21年春天", the message
 * gives it itself and nothing is looked up.)
 */

/** What this needs of a reading. */
export interface FactReading {
  slots: Partial<Record<'model' | 'purchaseDate' | 'phone' | 'address' | 'brand' | 'category', string>>;
  /** The purchase date's own words, at whatever precision it was said ("spring 2021"). */
  purchase?: { text: string };
}

/** Pointing back at what they said already, in so many words. */
const TOLD_ALREADY =
  /(?:我|俺)?(?:刚才|刚刚|刚|前面|上面|之前|早就|已经|不是)+(?:都)?(?:说|讲|告诉你|发|写)(?:过)?(?:了|过)|(?:都|早)(?:说|讲)(?:过)?了|说过了|\bi (?:already |just )?(?:told you|said (?:it|that|so)?\s*(?:already|before|earlier|above)|mentioned (?:it|that)?\s*(?:already|before|earlier|above))|\b(?:like|as) i (?:said|told you|mentioned|wrote)\b|\b(?:already|just) (?:told you|said (?:it|that|so)|gave (?:it|you that))\b|\bi told you\b|\bscroll up\b|\bit'?s (?:up )?above\b/i;

/** Facts a customer may point back to. */
const POINTABLE = ['purchaseDate', 'model', 'phone', 'address', 'brand', 'category'] as const;
type Pointable = (typeof POINTABLE)[number];

/** How far back to look: the customer's own recent messages. */
const LOOK_BACK = 8;

/**
 * The fact asked for, as the customer gave it earlier, joined to this message; undefined when this
 * message does not point back, already gives the fact, or no earlier message holds it.
 * `earlier` is the customer's own messages, oldest first, without this one.
 */
export function toldBefore(text: string, now: FactReading, awaiting: string | undefined, earlier: string[], read: (text: string) => FactReading): string | undefined {
  if (!awaiting || !(POINTABLE as readonly string[]).includes(awaiting) || !TOLD_ALREADY.test(text)) return undefined;
  const slot = awaiting as Pointable;
  if (now.slots[slot]) return undefined;
  for (const before of earlier.slice(-LOOK_BACK).reverse()) {
    const reading = read(before);
    const value = reading.slots[slot];
    if (!value) continue;
    // The date in the words it was said in (a season stays a season); other facts as read.
    const words = slot === 'purchaseDate' ? (reading.purchase?.text ?? value) : value;
    return `${text} ${words}`;
  }
  return undefined;
}
