/**
 * The one word list for consumables, read by the consumables warranty rule and the answer-fit
 * check (bot/engine/answer-topic-fit.ts), by "how often is it changed" (replace-interval-question.ts)
 * and by the question splitter. It was two lists that drifted apart: the interval question knew
 * 镁棒 and brushes, the warranty rule knew salt and descaler, and neither knew a humidifier's wick.
 *
 * Three kinds, because they answer differently:
 * - filters and wear items sold as consumables (their interval, and "not under warranty");
 * - supplies that are used up (salt, rinse aid, descaler): a consumable, but "how often" is a care
 *   question of its own;
 * - parts replaced on a schedule that are not consumables for the warranty (a seal, an anode rod,
 *   a robot's brushes and mop pads): their interval is asked, their cover is the part's own.
 */

/** Filters, cartridges, membranes, bags, wicks. */
export const CONSUMABLE_FILTERS =
  /滤芯|滤网|海帕|尘袋|集尘袋|边刷|滚刷|RO膜|反渗透膜|PP棉|活性炭|油网|加湿芯|湿帘|\b(?:filters?|cartridges?|dust ?bags?|vacuum bags?|side brush(?:es)?|hepa|(?:ro |reverse[- ]osmosis )?membranes?|sediment(?: filters?| cartridges?)?|wicks?|humidifier pads?)\b|\bpads?\b(?=[^.?!]{0,30}\bhumidifiers?\b)/i;

/** Supplies that are used up: salt, rinse aid, descaler, "consumables" said as such. */
export const CONSUMABLE_SUPPLIES =
  /软水盐|洗碗机盐|专用盐|再生盐|(?<![食加碘])盐(?![水分])|光亮剂|亮碟剂|除垢|水垢|耗材|油杯|\b(?:descal\w*|limescale|dishwasher salt|table salt|salt|rinse aid|consumables?)\b/i;

/** Parts replaced on a schedule whose warranty is the part's own, not the consumables rule. */
export const SCHEDULED_PARTS = /主刷|拖布|抹布|密封圈|镁棒|\b(?:main |roller )?brush(?:es)?\b|\bmop (?:pads?|cloths?)\b|\banode(?: rod)?\b|\bseals?\b|\bgaskets?\b/i;

/** A consumable named, for the warranty rule and for what a question points back to. */
export const CONSUMABLE_THING = new RegExp(`${CONSUMABLE_FILTERS.source}|${CONSUMABLE_SUPPLIES.source}`, 'i');

/** A part whose replacement interval may be asked: the consumables' filters, the scheduled parts, and softener salt ("多久换"). */
export const REPLACED_PART = new RegExp(`${CONSUMABLE_FILTERS.source}|${SCHEDULED_PARTS.source}|软水盐`, 'i');
