/**
 * Scores extracted fields against known truth, the same way in tests, the eval and the
 * benchmark, so their numbers can be compared.
 *
 * Dates and amounts must match exactly (a wrong day is a wrong warranty); codes are compared
 * without case, spaces and separators; text fields (merchant, product) count as right when
 * they match after the same folding, or are within 85% character similarity, because a
 * human reading "国美电器 北京马旬店" still finds the shop.
 */
export const SCORED_FIELDS = ['purchaseDate', 'merchant', 'total', 'currency', 'product', 'model', 'serial', 'invoiceNumber'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];
export type FieldValues = Partial<Record<ScoredField, string | null | undefined>>;

const TEXT_FIELDS = new Set<ScoredField>(['merchant', 'product']);
const TEXT_SIMILARITY = 0.85;

export function fold(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function amount(text: string): string | undefined {
  const n = Number(text.replace(/[^\d.]/g, ''));
  return text.trim() && Number.isFinite(n) ? n.toFixed(2) : undefined;
}

export function similarity(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (!x.length && !y.length) return 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[y.length]! / Math.max(x.length, y.length);
}

/** Whether one field was read right. Truth null means "not on the receipt": reading nothing is right. */
export function fieldCorrect(name: ScoredField, got: string | null | undefined, truth: string | null | undefined): boolean {
  if (truth === null || truth === undefined) return got === null || got === undefined;
  if (got === null || got === undefined) return false;
  if (name === 'purchaseDate' || name === 'currency') return got === truth;
  // Labels sometimes carry the currency ("RM 29.70"); the amount is what is scored.
  if (name === 'total') return amount(got) !== undefined && amount(got) === amount(truth);
  const a = fold(got);
  const b = fold(truth);
  if (a === b) return true;
  return TEXT_FIELDS.has(name) && similarity(a, b) >= TEXT_SIMILARITY;
}

export interface AccuracyTable {
  /** field -> { right, total, accuracy } over the receipts scored. */
  perField: Record<string, { right: number; total: number; accuracy: number }>;
  overall: number;
}

export function scoreAll(rows: { got: FieldValues; truth: FieldValues }[], fields: readonly ScoredField[] = SCORED_FIELDS): AccuracyTable {
  const perField: AccuracyTable['perField'] = {};
  let right = 0;
  let total = 0;
  for (const name of fields) {
    let r = 0;
    let t = 0;
    for (const row of rows) {
      if (!(name in row.truth)) continue;
      t++;
      if (fieldCorrect(name, row.got[name], row.truth[name])) r++;
    }
    perField[name] = { right: r, total: t, accuracy: t ? Math.round((r / t) * 1000) / 1000 : 0 };
    right += r;
    total += t;
  }
  return { perField, overall: total ? Math.round((right / total) * 1000) / 1000 : 0 };
}

export function valuesOf(fields: Partial<Record<ScoredField, { value: string } | undefined>>): FieldValues {
  const out: FieldValues = {};
  for (const name of SCORED_FIELDS) out[name] = fields[name]?.value ?? null;
  return out;
}
