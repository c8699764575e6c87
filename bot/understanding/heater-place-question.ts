/**
 * "燃气热水器挂洗澡间里行不行", "could the gas heater live in the en-suite if there's a fan?": where
 * a gas water heater may be installed. Read as a fault ("what is it doing?") or as nothing, it is a
 * safety rule with a firm answer: never a bathroom or bedroom (carbon monoxide), even with a fan;
 * a kitchen or a ventilated balcony with the flue outside; fitted by a qualified installer.
 */

/** A gas-burning water heater (an electric one may go in a bathroom). */
const GAS_HEATER =
  /(?:燃气|煤气|天然气|液化气)[^，,。？?]{0,4}热水器|热水器[^，,。？?]{0,6}(?:燃气|煤气|天然气)|强排(?:式)?热水器|\bgas[- ](?:fired )?(?:water )?heaters?\b|\bgas (?:boilers?|geysers?|combi)\b|\b(?:tankless|instant(?:aneous)?) gas\b|\bheater\b[^.?!]{0,30}\b(?:runs on|uses|burns) gas\b/i;

/** A room or place named as where it would go. */
const ROOM =
  /卫生间|浴室|洗澡间|淋浴间|淋浴房|厕所|洗手间|卧室|睡房|房间|阳台|厨房|室内|屋里|密闭|地下室|\bbath ?rooms?\b|\bshower ?rooms?\b|\bwash ?rooms?\b|\btoilets?\b|\ben-?suites?\b|\bbedrooms?\b|\bbalcon(?:y|ies)\b|\bkitchens?\b|\bindoors?\b|\bbasements?\b|\bcupboards?\b|\bclosets?\b|\butility rooms?\b/i;

/** Placing it: 装在, 挂到, 放, 移到; install, put, mount, go in. */
const PLACE_VERB = /装|挂|放|安|移|挪|搬|\b(?:install|put|mount|fit|place|hang|locate|site|move|relocate|keep|have|want)\w*\b|\bgo(?:es)? (?:in|into|inside|on)\b/i;

/** Where, asked outright: 装哪, 什么位置, where should it go. */
const WHERE =
  /(?:装|挂|放|安)(?:在|到)?(?:哪|什么(?:地方|位置))|哪里(?:能|可以)?(?:装|挂|放|安)|安装位置|\bwhere\b[^.?!]{0,40}\b(?:install|put|mount|fit|place|hang|locate|site|go)\w*|\b(?:location|placement)\b/i;

/** Asked: 行吗, 可以吗, can it, is it OK. */
const ASKS =
  /[?？]|行不行|可不可以|能不能|可以吗|可以不|行吗|能吗|好不好|有没有问题|安全吗|[吗么嘛][\s。!！~]*$|\b(?:can|could|may|should|is it|is that|am i allowed|allowed|ok|okay|fine|safe|alright)\b/i;

/** Whether the message asks where a gas water heater may be installed. */
export function asksGasHeaterPlace(text: string): boolean {
  if (!GAS_HEATER.test(text)) return false;
  return WHERE.test(text) || (ROOM.test(text) && PLACE_VERB.test(text) && ASKS.test(text));
}
