/**
 * At the summary, a correction names a part of the address that cannot be put in its place: the
 * part it says is wrong is not in the address kept ("不是15栋 是16栋" where it says 12号楼), or the
 * address has no part of that kind ("是7楼" where no floor is named). Adding the part on
 * ("…3027楼") or changing another part on a guess sends the engineer to the wrong door, so the
 * customer is asked once for the whole address instead; the summary stands until it comes.
 * The brains say it with an empty address correction.
 */
import type { Lang } from '../phrases';
import type { Command } from './commands';

/** The command the brains send when the part cannot be placed. */
export const isUnplacedAddressPart = (c: Command): boolean => c.kind === 'correct' && c.slot === 'address' && c.value === '';

export function askWholeAddress(lang: Lang): string {
  return lang === 'zh'
    ? '您说的这一处在我记下的地址里对不上，为免师傅找错门，麻烦把完整地址再发我一次（小区、楼栋、单元和门牌号）。'
    : "I couldn't match that to the address I have, so the engineer doesn't go to the wrong door, please send me the whole address again (building, street and flat number).";
}
