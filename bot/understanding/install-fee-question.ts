/**
 * "新买的洗碗机上门装要钱吗", "is fitting the range hood extra?": what installing a newly bought
 * appliance costs. Its words share "上门" and "fee" with a repair, so the call-out fee answered it,
 * or nothing did; the installation rule answers it (basic installation usually free, materials and
 * non-standard work at the listed price, quoted first).
 */

/** Installing said outright: 安装, 装机, install. */
const INSTALL_NAMED = /安装|装机|\binstall\w*/i;

/** Installing said the short way: 上门装, 来装, 装的话, 包装不包 ("包装盒" is packaging, "装修" a renovation). */
const INSTALL_SHORT =
  /(?:上门|过来|来|派人|帮我|给我|帮忙|师傅)装(?!修)|装(?:的话|的时候|时|一下|个|台|上去|起来|好)(?!修)|包(?:不包)?装(?![盒箱袋纸])(?:吗|么|不|没)?|\bfit(?:ting|ted)? (?:it|the|a|my|our|this)\b|\bfitting\b|\bmount(?:ing)? (?:it|the|a|my)\b|\bhook(?:ing)? (?:it |\w+ )?up\b|\bset(?:ting)? (?:it |\w+ )?up\b|\bput (?:it|the \w+) in\b/i;

/** Asking about the money: 要钱, 收费, 免费, "free", "charge", "extra". */
const FEE = /收费|费用|安装费|要钱|收钱|花钱|给钱|付钱|免费|多少钱|收不收|要不要钱|另(?:外)?收|另算|额外|加钱|\bfree\b|\bcharg\w*|\bcosts?\b|\bfees?\b|\bpay\b|\bhow much\b|\bextra\b|\bprice\w*\b/i;

/** A repair (修, fix): its fee is the repair's, unless installing is named outright. */
const REPAIR = /(?<!装)修(?!改)|检修|\brepair\w*|\bfix\w*/i;

/** Whether the message asks what installing an appliance costs. */
export function asksInstallFee(text: string): boolean {
  if (!FEE.test(text)) return false;
  if (INSTALL_NAMED.test(text)) return true;
  return INSTALL_SHORT.test(text) && !REPAIR.test(text);
}
