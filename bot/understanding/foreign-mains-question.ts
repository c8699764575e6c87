/**
 * "国外带回来的电器插上就能用吗", "will my hair dryer from home work here with an adapter?": whether an
 * appliance made for another country's mains can be used where the customer is. The answer is the
 * voltage and plug entry (qa-appliance-from-abroad): read by its words alone, such a message was
 * taken for a fault of the product it names (a rice cooker's cleaning, "what is it doing?") or for
 * nothing at all.
 */

/**
 * The appliance crossed a border, or another mains is the point (a voltage figure, a plug adapter, a
 * converter). (Not "电压不稳": a local supply that dips is a fault of the home's wiring, not this.)
 */
const ELSEWHERE =
  /国外|海外|境外|外国|出国|回国|从[^，,。？?\s]{1,6}带|带(?:回来|回国|过来|过去|到)|代购|水货|外版|(?:日|美|港|欧|英|澳|韩|台)版|电压不(?:一样|同|对|符)|\d{3}\s*(?:v|伏)|(?:一百|二百)[一二三四五六七八九十]*伏|转换(?:插头|器)|转接头|变压器|\b(?:abroad|overseas|foreign|imported|from (?:china|japan|korea|the us|the states|america|europe|the uk|england|home|back home|another country|overseas)|brought (?:it |one |this )?(?:over|back|with me)|(?:different|wrong) voltage|\d{3}\s*v\b|(?:plug|travel|power) adapters?|converters?|transformers?)\b/i;

/** Using it: plugging it in, whether it works, whether it is safe. */
const USE =
  /能(?:不能)?(?:直接)?(?:用|插|使用)|可以(?:直接)?(?:用|插|使用)|能用|好用|插(?:上|电|进)|通电|会不会(?:烧|坏)|安全吗|行不行|\b(?:can|could) i (?:use|plug|run)\b|\b(?:will|would|does) (?:it|this|that) (?:work|run)\b|\bplug (?:it|this) in\b|\bsafe to (?:use|plug)\b|\bwork (?:here|in)\b|\bis (?:it|that) (?:ok|okay|safe)\b/i;

/** Whether the message asks if an appliance from elsewhere can be used on the mains where the customer is. */
export function asksForeignMains(text: string): boolean {
  return ELSEWHERE.test(text) && USE.test(text);
}
