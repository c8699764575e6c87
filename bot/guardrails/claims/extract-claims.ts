/**
 * Every claim in a text, read after the claim normal form (claim-text.ts): amounts and
 * percentages, dates and periods, promises, policy names, links and e-mail addresses, personal
 * data, contact requests. One call per reply; the grounding check reads its sources the same way.
 */
import { amountClaims } from './amount-claims';
import type { Claim } from './claim';
import { claimText } from './claim-text';
import { contactRequestClaims } from './contact-request-claims';
import { dateClaims } from './date-claims';
import { linkClaims, undoSpelledAddresses } from './link-claims';
import { personalClaims } from './personal-claims';
import { policyClaims } from './policy-claims';
import { promiseClaims } from './promise-claims';

/** An example in quotes ("比如“2024年7月”", e.g. "2024-07") shows a format; it claims nothing. */
const QUOTED_EXAMPLE = /(?:比如|例如|譬如|像是|e\.g\.,?|for example,?|such as)\s*[“"「‘'][^”"」’'\n]{1,40}[”"」’']/gi;

/**
 * A number shown as the shape to type ("手机号（如 138 0000 0000）", "e.g. 138 0000 0000"): after an
 * example word and padded with a run of zeros, it is nobody's phone. A real number after 如 is still read.
 */
const EXAMPLE_NUMBER = /(?:比如|例如|譬如|如|e\.g\.,?|for example,?|such as)\s*[:：]?\s*\+?\d[\d -]{5,}\d/gi;
const PLACEHOLDER_DIGITS = /0{4}/;

/** Claims in text that is already in claim form. */
export function claimsInNormalText(text: string): Claim[] {
  text = text.replace(QUOTED_EXAMPLE, ' ').replace(EXAMPLE_NUMBER, (m) => (PLACEHOLDER_DIGITS.test(m.replace(/\D/g, '')) ? ' '.repeat(m.length) : m));
  const links = linkClaims(text);
  // Links and addresses out of the way: a host's digits (203.0.113.7) are not amounts, refunds@ is not a refund.
  const rest = undoSpelledAddresses(text)
    .replace(/[a-z0-9._%+-]+@[a-z0-9.-]+/gi, ' ')
    .replace(/\b(?:https?|hxxps?|ftp):\/\/\S+/gi, ' ')
    .replace(/(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?/g, ' ')
    .replace(/(?<![@\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,12}\/\S*/gi, ' ');
  const all = [...links, ...personalClaims(rest), ...amountClaims(rest), ...dateClaims(rest), ...promiseClaims(rest), ...policyClaims(rest), ...contactRequestClaims(rest)];
  const seen = new Set<string>();
  return all.filter((c) => {
    const id = `${c.kind}\u0000${c.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function extractClaims(text: string): Claim[] {
  return claimsInNormalText(claimText(text));
}
