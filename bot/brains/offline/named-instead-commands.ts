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
  const problem = [...readings].reverse().reduce<string | undefined>((found, { slot, reading }) => found ?? problemOfSwitch(text, slot, reading, tellsFault), undefined);
  let problemAgain = known.symptom;
  for (const { slot, reading } of readings) {
    // The old name: the one known before this message, or the words taken back in it.
    const wrong = { name: known[slot] !== reading.name ? known[slot] : undefined, said: reading.takenBack?.said };
    if (problemAgain && (wrong.name || (wrong.said && wrong.said !== reading.said))) problemAgain = withNameSwapped(problemAgain, slot, wrong, reading.said) ?? problemAgain;
  }
  return { readings, problem, problemAgain: problemAgain !== known.symptom ? problemAgain : undefined };
}
