/** What `kb lint` reports: one finding per problem, with where it is and how bad it is. */
import type { KnowledgeEntry } from '../case-schema';

export const LINT_RULES = ['unsafe-advice', 'safety-note', 'provenance', 'schema'] as const;
export type LintRule = (typeof LINT_RULES)[number];

/** An error makes `kb lint` fail; a warning is reported and does not (unless --strict). */
export type Severity = 'error' | 'warning';

export interface LintFinding {
  rule: LintRule;
  severity: Severity;
  /** Missing when the entry could not be read far enough to know its id. */
  entryId?: string;
  /** The field path, as the schema names it ("steps.zh.2", "safety", "sourceKind"). */
  field: string;
  /** The offending text (a step, an answer), or what is missing. */
  text: string;
  /** What is wrong, in both languages, for the person fixing it. */
  message: { zh: string; en: string };
  file?: string;
  line?: number;
  /** For unsafe-advice findings: which kind (open-casing, gas-parts ...). */
  kind?: string;
}

/** A rule looks at one entry at a time; the runner adds file and line. */
export interface EntryRule {
  rule: LintRule;
  check(entry: KnowledgeEntry, context: LintContext): Omit<LintFinding, 'rule' | 'entryId' | 'file' | 'line'>[];
}

export interface LintContext {
  /** Today as YYYY-MM-DD: a review date after it is an error. */
  today: string;
}
