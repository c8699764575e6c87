/**
 * How English replies name China's 三包 rules. An English reader does not read 三包 (playtest round
 * 14: "what is 三包, I am not Chinese"), so every English string says it in English, from here.
 */

/** The rules' name inside an English sentence: "Under China's national ... rules, ...". */
export const SANBAO_RULES_EN = `China's national "three guarantees" warranty rules`;

/** A customer asking what 三包 means: "what is 三包", "what does san bao mean", "三包是什么意思", "啥叫三包". */
export const SANBAO_QUESTION =
  /(?:三包|san ?bao|three guarantees)[^。？?!！,，]{0,4}?(?:是什么|是啥|啥意思|什么意思|指什么|指的是|是指|\bmeans?\b|\bmeaning\b|\bstands? for\b)|(?:什么是|啥叫|什么叫|何为|解释一?下)\s*三包|\bwhat(?:'s| is| are| does| do)(?: this| the| that)? ["'“]?(?:三包|san ?bao|three guarantees)|\b(?:explain|meaning of)(?: the| this| that)? ["'“]?(?:三包|san ?bao|three guarantees)/i;
