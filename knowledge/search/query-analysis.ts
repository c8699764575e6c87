/**
 * What a question says beyond its words: error codes and model numbers the knowledge base knows,
 * brands and product categories named, and codes or models it does not know. Codes are matched
 * against the vocabulary of the loaded cases, so "EC" is a code only where some case uses it.
 */
import { findCategories } from '../../kernel/lexicon/product-categories';
import { CATEGORIES, normaliseCode, normaliseModel, type Category } from '../case-schema';
import { detectBrands } from '../../kernel/lexicon/brands';
import { ENGLISH_STOPWORDS } from '../text/english';
import { withEverydayWords } from '../text/everyday-words';
import { normaliseText } from '../../kernel/text/normal-form';

export interface QueryVocabulary {
  /** Normalised error codes used by any case. */
  codes: ReadonlySet<string>;
  /** Normalised model numbers named by any entry. */
  models: ReadonlySet<string>;
  /** Models by their first four characters, so finding them in a question does not scan them all. */
  modelsByPrefix?: ReadonlyMap<string, string[]>;
}

/** Builds the prefix map `analyseQuery` uses to find known models in a question quickly. */
export function indexModels(models: Iterable<string>): Map<string, string[]> {
  const byPrefix = new Map<string, string[]>();
  for (const m of models) {
    if (m.length < 4) continue;
    const key = m.slice(0, 4);
    const list = byPrefix.get(key);
    if (list) list.push(m);
    else byPrefix.set(key, [m]);
  }
  return byPrefix;
}

function findModels(flat: string, vocabulary: QueryVocabulary): string[] {
  const byPrefix = vocabulary.modelsByPrefix ?? indexModels(vocabulary.models);
  const found = new Set<string>();
  for (let i = 0; i + 4 <= flat.length; i++) {
    for (const m of byPrefix.get(flat.slice(i, i + 4)) ?? []) if (flat.startsWith(m, i)) found.add(m);
  }
  return [...found];
}

export interface QueryAnalysis {
  text: string;
  codes: string[];
  unknownCodes: string[];
  models: string[];
  /** Something that looks like a model number but matches no entry (the customer's own model). */
  unknownModels: string[];
  brands: string[];
  categories: Category[];
  /** Products named that the knowledge base has no cases for (a coffee machine): only general rules answer for them. */
  otherProducts: string[];
}

/** Short letter/digit tokens shaped like appliance codes: E1, F21, H6, 4C, E101. */
const CODE_SHAPE = /^(?:[A-Z]{1,3}\d{1,3}|\d{1,2}[A-Z]{1,2})$/;
/** Longer tokens shaped like model numbers: KFR-35GW/BpR3, MB80-V33, BCD-470WDPG. */
const MODEL_SHAPE = /[A-Za-z]{2,}[A-Za-z0-9]*[-/]?\d{2,}[A-Za-z0-9\-/]*|\d{2,}[A-Za-z]{2,}[A-Za-z0-9\-/]*/g;

export function analyseQuery(query: string, vocabulary: QueryVocabulary): QueryAnalysis {
  const text = normaliseText(query);
  // "E-1", "E 1" and "e_1" are how people type E1.
  const collapsed = text.replace(/\b([A-Za-z]{1,2})[\s_-](\d{1,3})\b/g, (whole, letters: string, digits: string) => (vocabulary.codes.has(normaliseCode(letters + digits)) ? letters + digits : whole));
  const codes = new Set<string>();
  const unknownCodes = new Set<string>();
  for (const match of collapsed.matchAll(/[A-Za-z0-9]+/g)) {
    const token = match[0];
    const code = normaliseCode(token);
    if (vocabulary.codes.has(code)) {
      // Letter-only codes (UE, EC, dE) collide with English words: "he", "we" are never codes.
      if (/^[a-z]+$/i.test(token) && ENGLISH_STOPWORDS.has(token.toLowerCase())) continue;
      if (/^[a-z]+$/.test(token) && token.length > 2) continue;
      codes.add(code);
    } else if (CODE_SHAPE.test(code)) unknownCodes.add(code);
  }
  const flat = normaliseModel(text);
  const models = findModels(flat, vocabulary);
  const unknownModels: string[] = [];
  for (const match of text.matchAll(MODEL_SHAPE)) {
    const m = normaliseModel(match[0]);
    if (m.length < 5 || vocabulary.codes.has(m) || CODE_SHAPE.test(m)) continue;
    if (!models.some((known) => known.startsWith(m) || m.startsWith(known))) unknownModels.push(m);
  }
  return {
    // Searched with the written words of the concepts it names in everyday words (要钱 -> 收费).
    text: withEverydayWords(text),
    codes: [...codes],
    unknownCodes: [...unknownCodes].filter((c) => !models.some((m) => m.includes(c))),
    models,
    unknownModels,
    brands: detectBrands(text),
    categories: detectCategories(text),
    otherProducts: findCategories(text)
      .map((m) => m.id)
      .filter((id) => !KNOWN.has(id)),
  };
}

const KNOWN = new Set<string>(CATEGORIES);

/** The knowledge base's categories a question names or hints at (hot water, 冷气), in order of mention. */
export function detectCategories(text: string): Category[] {
  return findCategories(text, { hints: true })
    .map((m) => m.id)
    .filter((id): id is Category => KNOWN.has(id));
}

/**
 * Whether an entry's model matches one of the models named: one is the other's prefix (a family
 * and its variants). The names are normalised once, since a search checks many entries against them.
 */
export function modelMatcher(named: string[]): (entryModel: string) => boolean {
  const names = named.map(normaliseModel).filter((n) => n.length > 0);
  return (entryModel) => {
    if (!names.length) return false;
    const b = normaliseModel(entryModel);
    return b.length > 0 && names.some((a) => a.startsWith(b) || b.startsWith(a));
  };
}
