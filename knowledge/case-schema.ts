/**
 * What a knowledge-base entry is. Three kinds share one id space so answers can cite any of them:
 * - `fault`: a fault case (symptoms as customers say them, causes, safe steps, safety notes);
 * - `policy`: a service rule (warranty periods, fees, returns) the bot quotes, never invents;
 * - `qa`: a curated question-and-answer pair whose approved answer wins over generated text.
 * Authoring files may leave lists out; the schema fills them so the rest of the code never checks.
 */
import { z } from 'zod';

/**
 * The categories knowledge files may use: ids of the shared product lexicon
 * (kernel/lexicon/product-categories, where their words live), plus `general` for entries about
 * every product.
 */
export const CATEGORIES = [
  'air_conditioner',
  'washing_machine',
  'refrigerator',
  'water_heater',
  'gas_stove',
  'range_hood',
  'rice_cooker',
  'microwave',
  'phone',
  'tv',
  'dishwasher',
  'dehumidifier',
  'earphones',
  'dryer',
  'general',
] as const;
export type Category = (typeof CATEGORIES)[number];

const text = z.string().trim().min(1, { message: 'must not be empty' }).max(2000, { message: 'longer than 2000 characters' });
const shortText = z.string().trim().min(1, { message: 'must not be empty' }).max(200, { message: 'longer than 200 characters' });

/** One phrase in both languages; a missing side is tolerated for lists but not for titles. */
export const bilingual = z.object({ zh: text, en: text }, { message: 'expected {zh, en}' });
export type Bilingual = z.infer<typeof bilingual>;

/** Parallel lists per language: translations need not line up one to one. */
const bilingualList = z.object({ zh: z.array(text).default([]), en: z.array(text).default([]) }, { message: 'expected {zh: [...], en: [...]}' }).default({ zh: [], en: [] });
export type BilingualList = z.infer<typeof bilingualList>;

const nonEmptyList = bilingualList.refine((l) => l.zh.length + l.en.length > 0, { message: 'needs at least one item in zh or en' });

export const caseId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{1,79}$/i, { message: 'id must be 2-80 letters, digits, dots, dashes or underscores' });

// The comparison rule for codes and models is shared with the conversation engine (kernel/);
// re-exported here because the entry schema is where the knowledge side looks for it.
export { normaliseCode, normaliseModel } from '../kernel/text/product-codes';

/**
 * Where an entry's facts come from, beside the human-readable `source` citation, so a reader (and
 * `kb lint`) can tell a code meaning copied from the maker's table from one the team wrote down:
 * - `manufacturer`: the maker's own manual, code table or service manual;
 * - `service_bulletin`: a maker's or our own service bulletin / technical notice;
 * - `regulation`: a law or national rule (三包 rules, standards), for policies;
 * - `third_party`: a published reference not issued by the maker (a repair guide, a code list
 *   republished by a service site, an OEM's manual for a rebadged unit);
 * - `own_practice`: the service team's own experience, with no outside document behind it.
 */
export const SOURCE_KINDS = ['manufacturer', 'service_bulletin', 'regulation', 'third_party', 'own_practice'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * A calendar date as YYYY-MM-DD. YAML may hand over a Date object for an unquoted date, so one is
 * turned back into its ISO day; "2026-02-30" is refused rather than rolled over into March.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ message: 'expected a date as YYYY-MM-DD' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
    .refine(
      (d) => {
        // "2026-13-45" passes the pattern but is no date: refuse it rather than throw.
        const t = new Date(`${d}T00:00:00Z`);
        return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
      },
      { message: 'not a real calendar date' },
    ),
);

const common = {
  id: caseId,
  category: z.enum(CATEGORIES, { message: `expected one of ${CATEGORIES.join(', ')}` }),
  /** Empty means every brand. */
  brands: z.array(shortText).default([]),
  /** Empty means every model of those brands. */
  models: z.array(shortText).default([]),
  title: bilingual,
  /** Human-readable citation: which document, table or practice, and where to find it (a URL fits). */
  source: z.string().trim().min(1, { message: 'must not be empty' }).max(500, { message: 'longer than 500 characters' }),
  /** Optional so a customer's own files still ingest; `kb lint` reports its absence. */
  sourceKind: z.enum(SOURCE_KINDS, { message: `expected one of ${SOURCE_KINDS.join(', ')}` }).optional(),
  /** The day someone last checked this entry against its source; optional like sourceKind. */
  reviewed: isoDate.optional(),
};

export const faultCase = z.object({
  kind: z.literal('fault').default('fault'),
  ...common,
  errorCodes: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,7}$/, { message: 'error codes are 1-8 letters or digits, like E1, F21 or dE' }),
    )
    .default([]),
  symptoms: nonEmptyList,
  causes: bilingualList,
  /** Ordered steps a customer can safely do; anything needing tools or opening covers belongs to the engineer. */
  steps: nonEmptyList,
  safety: bilingualList,
  engineerVisit: z.boolean({ message: 'expected true or false' }),
  parts: z.array(shortText).default([]),
});
export type FaultCase = z.infer<typeof faultCase>;

export const POLICY_TOPICS = ['warranty', 'returns', 'fees', 'service'] as const;

export const policyEntry = z.object({
  kind: z.literal('policy'),
  ...common,
  topic: z.enum(POLICY_TOPICS, { message: `expected one of ${POLICY_TOPICS.join(', ')}` }),
  body: bilingual,
  /** Machine-readable terms for code that decides (warranty months per part); the text is for people. */
  terms: z.array(z.object({ part: bilingual, months: z.number().int().min(0).max(240) })).default([]),
  /** Phrases customers use when asking about this rule. */
  questions: bilingualList,
});
export type PolicyEntry = z.infer<typeof policyEntry>;

export const curatedAnswer = z.object({
  kind: z.literal('qa'),
  ...common,
  /** Ways customers ask it; the approved answer is the same for all of them. */
  questions: nonEmptyList,
  answer: bilingual,
  /** Fault cases or policies this answer is based on. */
  related: z.array(caseId).default([]),
});
export type CuratedAnswer = z.infer<typeof curatedAnswer>;

export const knowledgeEntry = z.discriminatedUnion('kind', [faultCase, policyEntry, curatedAnswer], {
  message: 'kind must be fault, policy or qa',
});
export type KnowledgeEntry = z.infer<typeof knowledgeEntry>;
export type EntryKind = KnowledgeEntry['kind'];

/**
 * Parses one entry. Authoring files may omit `kind` for fault cases; the union needs it present,
 * so it is defaulted before the union sees it.
 */
export function parseEntry(raw: unknown): z.ZodSafeParseResult<KnowledgeEntry> {
  const withKind = raw && typeof raw === 'object' && !Array.isArray(raw) && !('kind' in raw) ? { kind: 'fault', ...raw } : raw;
  return knowledgeEntry.safeParse(withKind);
}

/** The first problem of a failed parse as "field: reason", the shape ingest reports use. */
export function describeIssues(error: z.ZodError): { field: string; reason: string }[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(entry)', reason: issue.message }));
}
