/**
 * The customer agrees to a paid repair: "收费就收费吧", "花钱也行，修吧", "自费没问题", "fine, I'll
 * pay for it", "happy to pay, just get it fixed". Told during a booking, it is consent to go on,
 * not a question and not a fact for any slot: read alone it was ignored and the form's question
 * asked again. It earns the paid-repair terms (what is charged and when), so the yes is informed.
 */
const AGREES_ZH =
  /(收费|付费|花钱|掏钱|自费|要钱|给钱|出钱)就(?:收费|付费|花钱|掏钱|自费|要钱|给钱|出钱|收|付|花|掏|给|出)|(?:收费|付费|花钱|掏钱|自费|要钱|出钱)(?:也|都)(?:行|可以|没(?:事|关系|问题)|认了|修|要修|得修)|(?:自费|付费|花钱)(?:修|维修)?(?:没问题|没关系|可以|行|就行)|我(?:愿意|可以|同意|能)(?:付|出|掏|给)(?:钱|费|这个钱|维修费)|该(?:多少钱|收多少|付多少)就(?:多少|收多少|付多少|付|收)|(?:钱|费用)(?:我|由我)(?:来)?(?:出|付|掏)/;
const AGREES_EN =
  /\bi(?:'ll| will| can| don'?t mind| am happy to| 'm happy to|'m ok| am ok|'m fine| am fine|'m willing| am willing)\s*(?:to\s+)?(?:pay|paying|cover (?:it|the cost))\b|\b(?:happy|willing|ok|okay|fine|glad|prepared)\s+to\s+pay\b|\bpaying (?:is )?(?:fine|ok|okay|no problem)\b|\b(?:fine|ok|okay|alright|sure)[, ]+(?:just )?charge me\b|\bcharge me (?:whatever|what(?:ever)? it costs)\b|\bwhatever it costs\b|\bi(?:'ll| will) (?:pay|cover) (?:for )?(?:it|the repair|the fee|the cost|whatever)\b/i;

/** What would turn it round: "收费就不修了", "if I have to pay, forget it". */
const REFUSES = /不修|算了|不要|别来|不用|\b(?:forget it|don'?t bother|no thanks|not paying|won'?t pay|refuse)\b/i;

export function agreesToPay(text: string): boolean {
  return (AGREES_ZH.test(text) || AGREES_EN.test(text)) && !REFUSES.test(text);
}
