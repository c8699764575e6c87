/**
 * Names of hazards for people, and the advice for them (written once, in safety-script.ts). Advice
 * goes first in the reply, before anything else the bot says (DESIGN.md).
 * How hazards are recognised lives in hazard-cues.ts and hazards.ts.
 */
import { safetyScript, type SafetySetting } from '../safety-script';
import type { SafetyHazard } from '../types';

/** Names for people: ticket summaries, call notes, agent views. */
export const HAZARD_LABELS: Record<SafetyHazard, { zh: string; en: string }> = {
  gas: { zh: '燃气', en: 'gas leak' },
  carbon_monoxide: { zh: '一氧化碳', en: 'carbon monoxide' },
  electric: { zh: '漏电/触电', en: 'electric shock' },
  sparks: { zh: '火花', en: 'sparks' },
  burning: { zh: '焦味/过热', en: 'burning or overheating' },
  smoke: { zh: '冒烟', en: 'smoke' },
  fire: { zh: '起火', en: 'fire' },
  explosion: { zh: '爆炸', en: 'explosion' },
  water_electric: { zh: '水碰到电', en: 'water on electrics' },
  battery: { zh: '电池鼓包/过热', en: 'battery swelling or overheating' },
  pressure: { zh: '压力异常', en: 'pressure build-up' },
};

/**
 * Advice for the hazards found, most urgent first, one short paragraph per hazard. The scripts
 * themselves, varied by where the hazard is and what powers the product, are in safety-script.ts;
 * `setting` says what is known of the product (without it, a mains appliance is assumed).
 */
export function safetyAdviceFor(hazards: SafetyHazard[], setting?: SafetySetting): { zh: string; en: string } {
  return safetyScript(hazards, setting).advice;
}
