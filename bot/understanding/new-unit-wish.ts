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

/** Where a short wish ends: the clause ends, or a particle closes it ("换个好的吧"). */
const WISH_END = String.raw`(?=$|[\s,，。.!！?？~～]|吧|啊|呀|呢|嘛|过来|给我)`;

/**
 * The other ways a Chinese customer asks for a working unit in place of a faulty new one (session
 * 18: a fault on a days-old unit told with these was answered with steps, never registered as an
 * exchange, while the English "I want a replacement" was): a good or working one ("换个好的",
 * "换一台能用的"), one sent again ("重新发一台", "补发一个"), the unit changed ("调换", "整机更换",
 * "换机"), or a bare insistence on changing it ("我要换", "必须给我换一个"). A time, an address, a person
 * or a part changed ("换个时间", "换个师傅", "我要换滤芯") is none of these: the wish must end the clause.
 */
const ZH_WORKING_UNIT = new RegExp(
  [
    String.raw`换(?:个|一个|台|一台|部|一部|只|一只)(?:好的|好点的|能用的|正常的|没问题的|没毛病的|不坏的|质量好的)${WISH_END}`,
    String.raw`(?:重新|再)(?:给我|帮我)?(?:发|寄|换)(?:一)?(?:个|台|部|只)(?:新的|好的)?${WISH_END}`,
    String.raw`补发(?:一)?(?:个|台|部|只)?(?:新的|新机)?${WISH_END}`,
    String.raw`调换(?!.{0,4}(?:时间|日期|地址|师傅|工程师|人|电话|号码))|整机(?:更换|调换|换新|退换)|(?:要|给我?|申请|要求|能|可以)换机${WISH_END}|更换(?:一台|一个|新机|新的|整机)`,
  ].join('|'),
);

/** Changing it, insisted on with no thing named: "我要换", "必须给我换一个", "要求更换". */
const ZH_INSISTS_CHANGE = new RegExp(String.raw`(?:我要|我想|就要|只要|必须|要求|坚持|直接|赶紧|马上|给我|帮我)(?:给我|帮我)?(?:换|更换)(?:掉|了)?(?:一)?(?:个|台|部|只)?${WISH_END}`);

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
    // "send me another one", "give me a working one", "I want a different unit" (session 18, beside the Chinese forms).
    String.raw`\b(?:give|send|get|want|need|ship)\s+(?:me|us)?\s*(?:another|a\s+(?:different|working|proper|functioning|good))\s+(?:one|unit|machine)\b(?!\s+(?:instead|rather))`,
  ].join('|'),
  'i',
);

/** Buying new instead of repairing, weighed as a question: not this wish ("should I just get a new one?"). */
const BUYING = /\bbuy(?:ing)?\b|\bworth\b|\bcheaper\b|\bpurchase (?:a|another)\b|买/i;

export function wantsNewUnit(text: string): boolean {
  return (
    ZH_NEW_UNIT.test(text) || ZH_WORKING_UNIT.test(text) || ((ZH_CAN_EXCHANGE.test(text) || ZH_INSISTS_CHANGE.test(text)) && !ZH_PART.test(text)) || (EN_NEW_UNIT.test(text) && !BUYING.test(text))
  );
}
