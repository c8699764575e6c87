/** Brand: canonical name of the earliest brand mentioned (the shared lexicon, kernel/lexicon/brands). */
import { firstBrand } from '../../../kernel/lexicon/brands';

export function extractBrand(text: string): string | undefined {
  return firstBrand(text);
}
