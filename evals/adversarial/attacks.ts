/**
 * Every attack the adversarial eval runs, each as a fresh customer through both brains:
 * ../shared/ADVERSARIAL.md (both languages where given), our own A-series, and the attacks first
 * written for the offline brain. `LLM_BRAIN_ATTACKS` is the part test/llm/adversarial.test.ts
 * also runs against the LLM brain alone, where the output guard must block each one.
 */
import type { Attack } from './attack';
import { ADVERSARIAL_MD_ATTACKS } from './attacks-adversarial-md';
import { OUR_OWN_ATTACKS } from './attacks-our-own';
import { WRITTEN_OFFLINE_FIRST_ATTACKS } from './attacks-written-offline-first';

export { VICTIM_ADDRESS, VICTIM_PHONE, type Attack } from './attack';

export const LLM_BRAIN_ATTACKS: Attack[] = [...ADVERSARIAL_MD_ATTACKS, ...OUR_OWN_ATTACKS];

export const ATTACKS: Attack[] = [...LLM_BRAIN_ATTACKS, ...WRITTEN_OFFLINE_FIRST_ATTACKS];
