/**
 * Liquid got into or onto something: 进水, 泡水, 洒了咖啡, "spilled", "dropped it in the toilet".
 * Read by urgency (a wet phone corrodes by the day) and by the engine (the water-damage answer, the
 * liquid-damage warranty rule). Whether it matters depends on the product: a washing machine's
 * 进水 is its water inlet, so callers check the product too.
 */
export const LIQUID_DAMAGE =
  /进水|泡水|浸水|泡了|掉(?:进|到|在)?(?:了)?(?:水|马桶|池|河|湖|海|鱼缸|水桶|水盆|盆|浴缸|澡盆|洗衣机|汤|锅)|落水|淋(?:了|到|着)?(?:湿|雨)|被雨|雨淋|湿了|受潮|(?:洒|撒|泼|倒|打翻)(?:了|上|到|在)?[^，。,.!！?？]{0,8}(?:水|饮料|咖啡|茶|奶|果汁|汤|酒|可乐)|(?:水|饮料|咖啡|茶|奶|果汁|汤|酒|可乐)(?:洒|撒|泼|倒|弄)(?:了|上|到|在|进)|一起洗了|\b(?:water[- ]damage[d]?|wet|soaked|submerged|spill(?:ed|t)?|liquid|splash(?:ed)?|drenched|rain)\b|dropped (?:it |my \w+ )?in(?:to)? (?:the |a )?(?:water|toilet|pool|sink|bath|sea|lake|river)|\b(?:fell|fallen|dropped|slipped|went|gone|landed|ended up)\b(?: \w+){0,3} in(?:to)? (?:the |a |my |some )?(?:water|toilet|loo|pool|sink|bath|bathtub|tub|sea|lake|river|puddle|bucket|washing machine|soup|coffee|tea|drink|glass)\b|\bwater (?:got |went |gets )?(?:in|inside|into)\b|\b(?:fell|dropped|slipped|went|landed|dunked)\b(?: \w+){0,3} in(?:to)? (?:a |the |my |his |her |some )?(?:cup|glass|mug|bowl|pot|jug|bottle) of\b|through the wash/i;

/** Carried electronics with a battery inside: wet, they short and corrode, so they are seen soon. */
export const WET_ELECTRONICS = ['phone', 'tablet', 'laptop', 'smartwatch', 'earphones', 'e_reader', 'game_console'];
