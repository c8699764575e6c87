/**
 * Per-brand warranty overrides, read from a JSON file named in configuration.
 *
 * Many brands give more than the national floor (air conditioners 6 years whole unit, 10
 * years compressor, for example). The file lists what each brand promises; anything it does
 * not mention keeps the default. An override shorter than 三包 is refused at load time: the
 * rules are a floor brands cannot go under, and a typo should stop start-up, not shortchange
 * a customer.
 *
 * {
 *   "brands": [
 *     { "brand": "Gree", "aliases": ["格力"], "citation": "格力家用空调整机六年保修",
 *       "categories": { "air_conditioner": { "whole_unit": 72, "compressor": 120 } } }
 *   ]
 * }
 */
import fs from 'node:fs';
import { z } from 'zod';
import { ValidationError } from '../kernel/errors';
import { canonicalBrand } from '../kernel/lexicon/brands';
import { COMPONENTS, DEFAULT_POLICY, PRODUCT_CATEGORIES, type Component, type ProductCategory } from './policy';

const months = z.number().int().min(1).max(600);
const brandSchema = z
  .object({
    brand: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    citation: z.string().trim().min(1).optional(),
    categories: z.partialRecord(z.enum(PRODUCT_CATEGORIES), z.partialRecord(z.enum(COMPONENTS), months)),
  })
  .strict();
export const brandOverridesSchema = z.object({ brands: z.array(brandSchema) }).strict();

export type BrandOverride = z.infer<typeof brandSchema>;

export interface BrandOverrides {
  /** The override that applies, if the brand has one for this category and component. */
  find(brand: string | undefined, category: ProductCategory, component: Component): { brand: string; months: number; citation?: string } | undefined;
  readonly brands: readonly BrandOverride[];
}

/**
 * Names compare through the shared brand lexicon, so a file that says "Gree" matches a customer's
 * 格力 and a ticket's "gree" without listing them; `aliases` are for brands the lexicon lacks.
 */
function key(name: string): string {
  return canonicalBrand(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function brandOverrides(entries: readonly BrandOverride[]): BrandOverrides {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const [category, parts] of Object.entries(entry.categories) as [ProductCategory, Partial<Record<Component, number>>][]) {
      for (const [component, value] of Object.entries(parts) as [Component, number][]) {
        const floor = DEFAULT_POLICY[category].months[component];
        if (floor === undefined) problems.push(`${entry.brand}: ${category} has no component "${component}"`);
        else if (value < floor) problems.push(`${entry.brand}: ${category}/${component} ${value} months is shorter than the 三包 minimum of ${floor}`);
      }
    }
  }
  if (problems.length) throw new ValidationError('warranty_overrides_invalid', `Warranty overrides are invalid:\n  ${problems.join('\n  ')}`);
  const byName = new Map<string, BrandOverride>();
  for (const entry of entries) for (const name of [entry.brand, ...entry.aliases]) byName.set(key(name), entry);
  return {
    brands: entries,
    find(brand, category, component) {
      if (!brand) return undefined;
      const entry = byName.get(key(brand));
      const value = entry?.categories[category]?.[component];
      return entry && value !== undefined ? { brand: entry.brand, months: value, citation: entry.citation } : undefined;
    },
  };
}

export const NO_OVERRIDES = brandOverrides([]);

/** Loads and checks the overrides file; a missing or malformed file is a configuration error. */
export function loadBrandOverrides(file: string | undefined): BrandOverrides {
  if (!file) return NO_OVERRIDES;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ValidationError('warranty_overrides_unreadable', `Cannot read warranty overrides ${file}: ${(error as Error).message}`, error);
  }
  const parsed = brandOverridesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ValidationError('warranty_overrides_invalid', `Warranty overrides ${file} are invalid:\n  ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`);
  }
  return brandOverrides(parsed.data.brands);
}
