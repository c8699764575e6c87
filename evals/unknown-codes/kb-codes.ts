/**
 * Which fault cases of a knowledge folder hold which error codes for which brands, read from the
 * files themselves (the same reader ingest uses), not from the running bot: the judge and the
 * dataset test must not depend on what the bot does with them.
 */
import { normaliseCode, type FaultCase } from '../../knowledge/case-schema';
import { readKnowledgeFolder } from '../../knowledge/ingest/read-folder';
import { SAMPLE_KNOWLEDGE_DIR } from '../../knowledge/knowledge-base';
import { canonicalBrand } from '../../kernel/lexicon/brands';

/** Every fault case of the folder (default: the shipped sample), brands already canonical. */
export function loadFaultCases(dir: string = SAMPLE_KNOWLEDGE_DIR): FaultCase[] {
  return readKnowledgeFolder(dir)
    .entries.map((e) => e.entry)
    .filter((e): e is FaultCase => e.kind === 'fault');
}

/** Does this case explain this code for this brand? A case without brands covers every brand. */
export function holdsCode(fault: FaultCase, brand: string, code: string): boolean {
  const want = normaliseCode(code);
  if (!fault.errorCodes.some((c) => normaliseCode(c) === want)) return false;
  return fault.brands.length === 0 || fault.brands.includes(canonicalBrand(brand));
}

/** The cases that hold the code for the brand (empty for every code of the unknown-codes set). */
export function casesHolding(faults: readonly FaultCase[], brand: string, code: string): FaultCase[] {
  return faults.filter((f) => holdsCode(f, brand, code));
}
