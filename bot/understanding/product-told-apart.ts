/**
 * A product named on its own ("油烟机", then "方太的"), and the fault in the next message ("吸不动烟了
 * 炒菜一厨房都是烟"): read alone, the fault names no product and was taken as off-topic, and every
 * later fact met the menu again. Read with the bare product messages just before it, it is a fault
 * on that product, as if said in one line. Only short messages that name a product or brand and
 * little else are joined (at most two, the latest first), and only to a message that the rules took
 * as off-topic, names no product of its own, and reads as a fault once joined.
 */

/** What this needs of a reading. */
export interface ProductReading {
  intent: string;
  slots: { category?: string; brand?: string };
}

/** How many of the customer's messages before this one may be bare product words. */
const LOOK_BACK = 2;
/** A message longer than this says more than a product's name. */
const BARE_LENGTH = 16;
/** A name's shape: up to five Chinese characters, or up to three words ("电视出了点状况" says more). */
const BARE_SHAPE = /^(?:[\u4e00-\u9fff]{1,5}[的吧呢啊]?|[A-Za-z][A-Za-z'.&-]*(?:\s[A-Za-z][A-Za-z'.&-]*){0,2})$/;
/** One or two words and nothing else. */
const JUST_A_NAME = /^(?:[A-Za-z][A-Za-z'.&-]*(?:\s[A-Za-z][A-Za-z'.&-]*)?|[\u4e00-\u9fff]{1,4}的?)$/;

/**
 * The bare product messages and this one as one text, when only together they tell a fault;
 * undefined otherwise. `earlier` is the customer's own messages, oldest first, without this one.
 */
export function productToldApart(text: string, now: ProductReading, earlier: string[], read: (text: string) => ProductReading): string | undefined {
  // (Only a message the rules could not place: an answer to a question, a phone or a yes is read as it is.)
  if (now.slots.category || now.intent !== 'out_of_scope') return undefined;
  const bare: string[] = [];
  for (const before of earlier.slice(-LOOK_BACK).reverse()) {
    const said = before.trim();
    if (!said || said.length > BARE_LENGTH || !BARE_SHAPE.test(said)) break;
    const reading = read(said);
    // (A name we do not know, "Ariston", "老板的", is a brand told alone too: a word or two and nothing else.)
    if (!reading.slots.category && !reading.slots.brand && !JUST_A_NAME.test(said)) break;
    bare.unshift(said.replace(/[。.!！?？,，]*$/, ''));
  }
  if (!bare.some((said) => read(said).slots.category)) return undefined;
  const joined = `${bare.join(' ')} ${text}`;
  const together = read(joined);
  return together.slots.category && together.intent === 'fault_report' ? joined : undefined;
}
