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

/**
 * Asking whether it can be exchanged, with no object named: "能换吗", "可不可以换一个", "给换不",
 * "包换吗", "能给我换货吗". A tester's customers asked this beside a fault on a days-old unit and got
 * only the fault's steps. The classifier or 货 may follow 换, then the question ends: "能换滤网吗"
 * (a part) and "能换到周六吗" (a visit moved) name something else and are not this.
 */
const ZH_CAN_EXCHANGE =
  // ("只能换？", "就只能换吗" ask what the rule leaves them, not for the exchange: the rule is said again.)
  /(?<![只才就])(?:能不能|可不可以|可以|能|给不给|给|包|能否|是否能|是否可以)(?:给我|帮我|给)?(?:直接)?换(?:货|机|新|掉|(?:一)?(?:个|台|部|只|下))?(?:吗|么|嘛|不|没|呢|吧|啊|呀)?(?=$|[\s?？。，,!！])/;

/** A part named beside that question: "遥控器坏了，能换吗" asks for the part, not the unit. */
const ZH_PART = /配件|零件|部件|滤网|滤芯|遥控器|电池|充电器|数据线|抽屉|隔板|层架|搁架|门封|密封圈|胶条|灯泡|灯管|把手|旋钮|盖子|内胆|托盘|转盘|喷头|软管|水管|电源线|插头|压缩机|电机|主板|电脑板/;

/** Parts and accessories sold or fitted on their own: a "replacement" of one is no new unit. */
const PART = String.raw`(?:parts?|filters?|batter(?:y|ies)|remotes?|jugs?|lids?|cables?|cords?|chargers?|bags?|brush(?:es)?|heads?|cartridges?|bulbs?|lamps?|hoses?|seals?|gaskets?|knobs?|handles?|doors?|glass|screens?|baskets?|racks?|trays?|plugs?|adapters?|blades?|belts?|pumps?|boards?|compressors?|motors?|fans?|pads?|nozzles?)\b`;

const EN_NEW_UNIT = new RegExp(
  [
    // "I want a replacement", "a replacement unit", "can I get a replacement" (not "a replacement filter").
    String.raw`\b(?:a|the|my|get|want|need|like|send|arrange|request)\s+(?:(?:new|brand[- ]new|full)\s+)?replacement\b(?!\s+(?:[a-z-]+\s+)?${PART})`,
    // "replace it with a new one", "replace the whole unit", "can you replace this".
    String.raw`\breplace\s+(?:it|this(?:\s+one)?|that(?:\s+one)?|the\s+(?:whole\s+)?(?:unit|machine|thing|product|appliance|device|set|item))\b(?!\s+part)`,
    // "swap it for a new one", "swap it out", "exchange it".
    // ("change it earlier", "change them more often" is a filter's schedule, not an exchange.)
    String.raw`\b(?:swap|switch|change|exchange)\s+(?:it|this(?:\s+one)?|that(?:\s+one)?|the\s+(?:unit|machine|thing|product|item))\b(?!\s+(?:earlier|sooner|early|more\s+often|less\s+often|often|every|regularly|on\s+time|before|after)\b)(?:\s+(?:for|out|with)\b)?`,
    // "give me a new one", "send me a brand-new unit", "can I have a new one".
    String.raw`\b(?:give|send|get|have|want|need)\s+(?:me|us)?\s*a\s+(?:brand[- ])?new\s+(?:one|unit|machine)\b(?!\s+(?:instead|rather))`,
    // Asked in the passive or as a favour, the unit as its subject: "can this be replaced?", "could it
    // be swapped?", "can I get it exchanged?" (a part named instead is not this; "I had it replaced" tells).
    String.raw`\b(?:can|could|will|would|may)\s+(?:it|this(?:\s+one)?|that(?:\s+one)?|the\s+(?:whole\s+)?(?:unit|machine|thing|product|appliance|device|set|item))\s+be\s+(?:replaced|swapped|exchanged)\b`,
    String.raw`\b(?:have|get)\s+(?:it|this(?:\s+one)?|that(?:\s+one)?|the\s+(?:whole\s+)?(?:unit|machine|thing|product|appliance|device|set|item))\s+(?:replaced|swapped|exchanged)\b`,
    // "swap it for another", "exchange this for a working one".
    String.raw`\b(?:swap|exchange|replace)\s+(?:it|this|that)?\s*for\s+(?:another|a\s+(?:new|different|working))\b`,
  ].join('|'),
  'i',
);

/** Buying new instead of repairing, weighed as a question: not this wish ("should I just get a new one?"). */
const BUYING = /\bbuy(?:ing)?\b|\bworth\b|\bcheaper\b|\bpurchase (?:a|another)\b|买/i;

export function wantsNewUnit(text: string): boolean {
  return ZH_NEW_UNIT.test(text) || (ZH_CAN_EXCHANGE.test(text) && !ZH_PART.test(text)) || (EN_NEW_UNIT.test(text) && !BUYING.test(text));
}
