/**
 * A claim: something in a reply a customer could act on or be harmed by, which must be backed by
 * what the turn knows (tool results, knowledge passages, the customer's own words).
 */
export type ClaimKind =
  /** An amount of money: key is the number as digits (5000). */
  | 'amount'
  /** A percentage or discount: key is the percent paid or named (50 for 半价, 80 for 八折). */
  | 'percent'
  /** A calendar date: key YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when no year is said. */
  | 'date'
  /** A length of time: key is a number and a unit (7d, 15d, 1y, 3m, 24h, 2w). */
  | 'period'
  /** A commitment: key is what is committed (refund, compensation, free_replacement, ...). */
  | 'promise'
  /** A named policy or scheme: key is the name without its generic words (一机一号, bereavement). */
  | 'policy'
  /** A URL, a host or a bare IP: key is the host (lower case) or the IP. */
  | 'link'
  /** An e-mail address, also one spelled out ("at", "dot", 艾特): key is the address. */
  | 'email'
  /** A phone, ID, card or address: key is the detector's kind and canonical value. */
  | 'personal'
  /** Asks the customer to go elsewhere or hand something over: key names it (wechat, id_card, transfer, ...). */
  | 'contact_request';

export const CLAIM_KINDS: readonly ClaimKind[] = ['amount', 'percent', 'date', 'period', 'promise', 'policy', 'link', 'email', 'personal', 'contact_request'];

export interface Claim {
  kind: ClaimKind;
  /** The comparable form (see ClaimKind). */
  key: string;
  /** The words as they read after normalising (for the log; personal kinds are never logged). */
  said: string;
}

/** Kinds whose key is personal data: logged by kind only. */
export const PERSONAL_KINDS: ReadonlySet<ClaimKind> = new Set(['personal', 'email']);

/** A claim for the log: never its personal value. */
export function describeClaim(claim: Claim): string {
  return PERSONAL_KINDS.has(claim.kind) ? `${claim.kind}` : `${claim.kind}:${claim.key.slice(0, 60)}`;
}
