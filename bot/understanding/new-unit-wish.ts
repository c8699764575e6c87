/**
 * Wanting a new unit in place of the one bought (an exchange wish), said the same way in both
 * languages: "换个新的", "换一台", "换台新的" and "I want a replacement", "can I swap it for a new
 * one", "replace it with a new one", "send me a new one". Playtest round 17: the English forms
 * started a repair (the "replacement" cue counts as a service request), while "换个新的" started the
 * return/exchange questions. The return-or-exchange reading (commands-from-rules.ts) and the kind of
 * request written on the summary (return-request.ts) both read it here.
 *
 * Not a wish for a new unit: a replacement part or accessory ("a replacement filter", "replace the
 * seal"), a part an engineer replaced, or weighing a repair against buying new (repair-or-replace.ts).
 */

const ZH_NEW_UNIT = /换新|换(?:个|一个|台|一台|部|一部|只|一只)新的?|换一台/;

/** Parts and accessories sold or fitted on their own: a "replacement" of one is no new unit. */
const PART = String.raw`(?:parts?|filters?|batter(?:y|ies)|remotes?|jugs?|lids?|cables?|cords?|chargers?|bags?|brush(?:es)?|heads?|cartridges?|bulbs?|lamps?|hoses?|seals?|gaskets?|knobs?|handles?|doors?|glass|screens?|baskets?|racks?|trays?|plugs?|adapters?|blades?|belts?|pumps?|boards?|compressors?|motors?|fans?|pads?|nozzles?)\b`;

const EN_NEW_UNIT = new RegExp(
  [
    // "I want a replacement", "a replacement unit", "can I get a replacement" (not "a replacement filter").
    String.raw`\b(?:a|the|my|get|want|need|like|send|arrange|request)\s+(?:(?:new|brand[- ]new|full)\s+)?replacement\b(?!\s+(?:[a-z-]+\s+)?${PART})`,
    // "replace it with a new one", "replace the whole unit", "can you replace this".
    String.raw`\breplace\s+(?:it|this(?:\s+one)?|that(?:\s+one)?|the\s+(?:whole\s+)?(?:unit|machine|thing|product|appliance|device|set|item))\b(?!\s+part)`,
    // "swap it for a new one", "swap it out", "exchange it".
    String.raw`\b(?:swap|switch|change|exchange)\s+(?:it|this(?:\s+one)?|that(?:\s+one)?|the\s+(?:unit|machine|thing|product|item))\b(?:\s+(?:for|out|with)\b)?`,
    // "give me a new one", "send me a brand-new unit", "can I have a new one".
    String.raw`\b(?:give|send|get|have|want|need)\s+(?:me|us)?\s*a\s+(?:brand[- ])?new\s+(?:one|unit|machine)\b(?!\s+(?:instead|rather))`,
  ].join('|'),
  'i',
);

/** Buying new instead of repairing, weighed as a question: not this wish ("should I just get a new one?"). */
const BUYING = /\bbuy(?:ing)?\b|\bworth\b|\bcheaper\b|\bpurchase (?:a|another)\b|买/i;

export function wantsNewUnit(text: string): boolean {
  return ZH_NEW_UNIT.test(text) || (EN_NEW_UNIT.test(text) && !BUYING.test(text));
}
