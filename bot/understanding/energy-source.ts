/**
 * Whether the customer's appliance runs on gas or on electricity, from what they said ("电热水器",
 * "our gas boiler"). A water heater, a hob or an oven comes in both kinds, and a case or a safety
 * note written for one kind is wrong for the other: gas warnings ("don't switch anything") for an
 * electric heater, or "allow heating time" for a gas one. Said once, it holds for the conversation.
 */
export type EnergySource = 'gas' | 'electric';

/** Named as electric: 电热水器, 储水式, 电磁炉, an electric or induction hob; or, of the appliance talked about, "是电的", "it's an electric one". */
const ELECTRIC =
  /电热水器|储水式|(?:是|用|插)电的|插电(?:的|式)|\b(?:it'?s|it is|ours is|mine is) (?:an? )?electric\b|\ban? electric (?:one|model|type|kind|version)\b|即热式电|电磁炉|电陶炉|电烤箱|\belectric(?:al)? (?:water heater|heater|boiler|shower|hob|stove|cooktop|oven|tank)\b|\b(?:induction|ceramic) (?:hob|cooktop|stove)\b|\bimmersion heater\b/i;
/** Named as gas: 燃气热水器, 燃气灶, 煤气, a gas heater, boiler or hob. */
const GAS = /燃气|煤气|天然气|液化气|\bgas\b|\bpropane\b|\blpg\b|\bcombi boiler\b/i;

/** What this message says about the energy source, if anything; both named at once tells nothing. */
export function energySourceIn(text: string): EnergySource | undefined {
  const electric = ELECTRIC.test(text);
  // "电热水器 不是燃气的" names gas only to rule it out: an explicit electric appliance wins unless gas is named as the appliance.
  const gas = GAS.test(text.replace(/(?:不是|没有|没用|无|not|no|isn'?t|not a)\s*(?:燃气|煤气|天然气|gas)\w*/gi, ''));
  if (electric && !gas) return 'electric';
  if (gas && !electric) return 'gas';
  return undefined;
}

/** Words that only make sense for a gas appliance: its flame, valve, flue and ignition. */
const GAS_ONLY_LINE = /燃气|煤气|天然气|液化气|点火|打火|火焰|熄火|烟道|排烟|一氧化碳|\bgas\b|\bflames?\b|\bignit\w*|\bpilot\b|\bflue\b|\bcarbon monoxide\b|\bburners?\b/i;
/** Words that only make sense for an electric appliance of a kind that also comes in gas. */
const ELECTRIC_ONLY_LINE = /电热水器|镁棒|加热管|预留足够加热|\belectric (?:water )?heater\b|\banode\b|\bheating element\b|\belement cover\b/i;

/**
 * Whether a line of a case (a step or a safety note) fits the customer's appliance. Lines for
 * both kinds stay; a line only about the other kind goes.
 */
export function lineFitsEnergy(line: string, energy: EnergySource | undefined): boolean {
  if (energy === 'electric') return !GAS_ONLY_LINE.test(line);
  if (energy === 'gas') return !ELECTRIC_ONLY_LINE.test(line);
  return true;
}
