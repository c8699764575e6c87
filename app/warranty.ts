/** Wiring for warranty decisions: the 三包 rules with configured brand overrides. Light to load (no OCR). */
import type { Clock } from '../kernel/clock';
import { loadBrandOverrides } from '../warranty/brand-overrides';
import type { WarrantyDeps } from '../warranty/verify-warranty';
import type { Config } from './config';

export function warrantyDeps(config: Config, clock: Clock): WarrantyDeps {
  return {
    clock,
    timeZone: config.timeZone,
    overrides: loadBrandOverrides(config.warranty.overridesFile),
    minConfidence: config.warranty.minConfidence,
  };
}
