/**
 * A product or brand corrected ("sorry, I meant the dryer, not the washer", "是美的不是格力"), read
 * once for both slots (understanding/slots/named-instead.ts), as what the rules need from it: the
 * names meant, the problem told of the one meant when the slip was taken back in the same message,
 * and the known problem said again with the name meant (so the summary and the ticket never carry
 * the slip: "产品：除湿机" over "问题：空气净化器有异响").
 */
import { readBrandInstead, readCategoryInstead, type NamedInstead } from '../../understanding/slots/named-instead';
import { problemOfSwitch, withNameSwapped } from '../../understanding/slots/switched-problem';

type NamedSlot = 'category' | 'brand';

export interface NamedInsteadReading {
  readings: { slot: NamedSlot; reading: NamedInstead }[];
  /** The problem of a message that took a product back and named the one meant ("烤箱不加热"). */
  problem?: string;
  /** The problem already known, with the name meant in place of the one taken back. */
  problemAgain?: string;
}

export function namedInstead(text: string, known: { category?: string; brand?: string; symptom?: string }, tellsFault: (words: string) => boolean): NamedInsteadReading {
  const readings: NamedInsteadReading['readings'] = [];
  const brand = readBrandInstead(text, known.brand);
  if (brand) readings.push({ slot: 'brand', reading: brand });
  const category = readCategoryInstead(text, known.category);
  if (category) readings.push({ slot: 'category', reading: category });
  // The product's switch tells the problem before the brand's (a brand changes no fault).
  // ("the freezer is fine but the fridge part is at 12 degrees", "冷冻没问题，冷藏不凉": one part said to work is
  // no slip taken back; the whole sentence is the problem, never its tail cut out after a product word.)
  const problem = [...readings]
    .reverse()
    .reduce<string | undefined>((found, { slot, reading }) => found ?? (saidToWork(text, reading) ? undefined : problemOfSwitch(text, slot, reading, tellsFault)), undefined);
  let problemAgain = known.symptom;
  for (const { slot, reading } of readings) {
    // The old name: the one known before this message, or the words taken back in it.
    const wrong = { name: known[slot] !== reading.name ? known[slot] : undefined, said: reading.takenBack?.said };
    if (problemAgain && (wrong.name || (wrong.said && wrong.said !== reading.said))) problemAgain = withNameSwapped(problemAgain, slot, wrong, reading.said) ?? problemAgain;
  }
  return { readings, problem, problemAgain: problemAgain !== known.symptom ? problemAgain : undefined };
}

/** Said right after it: the name taken back works ("… is fine", "…没问题"). */
const WORKS_AFTER =
  /^\s*(?:部分|那边|那块|室)?\s*(?:(?:is|'s|are|was|seems?)\s+)?(?:still\s+)?(?:fine|ok|okay|working|good|normal|all right|alright)\b|^\s*(?:部分|那边|那块|室)?\s*(?:的)?(?:没问题|没事|是好的|正常|好好的|挺好|还行)/i;

function saidToWork(text: string, reading: NamedInstead): boolean {
  const back = reading.takenBack;
  if (!back) return false;
  return WORKS_AFTER.test(text.slice(back.start + back.said.length));
}
