/**
 * The customer says which kind their appliance is after a case written for both was given
 * ("是电的，不是燃气的", "it's an electric one"): that is no "still not working" and no booking, but
 * the case said again with only the lines for their kind (no gas valve, no gas-smell warning for an
 * electric heater), and it holds for the rest of the conversation.
 */
import type { EnergySource } from '../understanding/energy-source';
import type { Lang } from '../phrases';

/** Whether this turn named a kind the conversation did not have before. */
export function energyChanged(before: EnergySource | undefined, now: EnergySource | undefined): boolean {
  return Boolean(now && now !== before);
}

/** The short acknowledgement before the case is said again for that kind. */
export function energyNoted(energy: EnergySource, lang: Lang): string {
  if (energy === 'electric') return lang === 'zh' ? '明白，是电的，下面只说电器的检查方法：' : "Got it, it's an electric one. Here are the checks for that kind only:";
  return lang === 'zh' ? '明白，是燃气的，下面只说燃气的检查方法：' : "Got it, it's a gas one. Here are the checks for that kind only:";
}
