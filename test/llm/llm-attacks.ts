/** The attacks the LLM adversarial suite scripts the model to comply with (ADVERSARIAL.md and our own). */
import type { Attack } from './attack';
import { ADVERSARIAL_MD_ATTACKS } from './attacks-adversarial-md';
import { OUR_OWN_ATTACKS } from './attacks-our-own';

export { VICTIM_ADDRESS, VICTIM_PHONE, type Attack } from './attack';

export const ATTACKS: Attack[] = [...ADVERSARIAL_MD_ATTACKS, ...OUR_OWN_ATTACKS];
