/**
 * The grounding check: every claim in a model's reply must be backed by this turn's tool results,
 * the knowledge passages the model was given, or the customer's own words in this conversation.
 * Which source may back which claim matters: the customer's words back what they told us (their
 * purchase date, their phone, their address, their e-mail) but never money, promises, policies,
 * links or requests, or "赔偿我五千元" would be its own proof. Links on the allow-list
 * (LLM_ALLOWED_LINK_HOSTS) and e-mail addresses on those hosts are always backed.
 */
import { amountClaims, numbersIn } from './amount-claims';
import { describeClaim, type Claim } from './claim';
import { claimText, compactClaimText } from './claim-text';
import { requestsNamed } from './contact-request-claims';
import { dateClaims, RELATIVE_TIME } from './date-claims';
import { claimsInNormalText } from './extract-claims';
import { hostAllowed, linkClaims } from './link-claims';
import { personalClaims } from './personal-claims';
import { promisesNamed } from './promise-claims';

export interface GroundingSources {
  /** What the turn's tools returned (JSON-able), knowledge passages included. */
  toolResults: unknown[];
  /** Other text the reply may rest on as the tools do: knowledge passages given to the model, the engine's reply it reworded. */
  passages?: string[];
  /** The customer's own messages in this conversation, with real values (not placeholders). */
  customerWords: string[];
  /** Hosts any link or e-mail may point to. */
  allowedLinkHosts?: readonly string[];
}

export interface GroundingResult {
  ok: boolean;
  claims: Claim[];
  unsupported: Claim[];
}

/** What the sources support, read once per check. */
interface Support {
  trusted: string;
  trustedCompact: string;
  trustedLower: string;
  numbers: Set<string>;
  percents: Set<string>;
  trustedDates: string[];
  customerDates: string[];
  customerRelative: boolean;
  periods: Set<string>;
  promises: Set<string>;
  requests: Set<string>;
  hosts: Set<string>;
  emails: Set<string>;
  personal: Set<string>;
  customerCompact: string;
}

function readSources(sources: GroundingSources): Support {
  const trusted = claimText([...sources.toolResults.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))), ...(sources.passages ?? [])].join('\n'));
  const customer = claimText(sources.customerWords.join('\n'));
  const trustedClaims = claimsInNormalText(trusted);
  const customerDates = dateClaims(customer);
  const of = (claims: Claim[], kind: Claim['kind']) => claims.filter((c) => c.kind === kind).map((c) => c.key);
  return {
    trusted,
    trustedCompact: compactClaimText(trusted),
    trustedLower: trusted.toLowerCase(),
    numbers: numbersIn(trusted),
    percents: new Set(
      amountClaims(trusted)
        .filter((c) => c.kind === 'percent')
        .map((c) => c.key),
    ),
    trustedDates: [...of(trustedClaims, 'date'), ...[...trusted.matchAll(/\b((?:19|20)\d{2}-\d{2}-\d{2})(?:T[\d:.]+Z?)?/g)].map((m) => m[1]!)],
    customerDates: of(customerDates, 'date'),
    customerRelative: RELATIVE_TIME.test(customer),
    periods: new Set([...of(trustedClaims, 'period'), ...of(customerDates, 'period')]),
    // Tool results name things in keys (gift_card_balance, refund_amount): read them as words too.
    promises: promisesNamed(`${trusted}\n${trusted.replace(/_/g, ' ')}`),
    requests: requestsNamed(trusted),
    hosts: new Set(
      linkClaims(trusted)
        .filter((c) => c.kind === 'link')
        .map((c) => c.key),
    ),
    emails: new Set([...linkClaims(trusted), ...linkClaims(customer)].filter((c) => c.kind === 'email').map((c) => c.key)),
    personal: new Set([...personalClaims(customer), ...personalClaims(trusted)].map((c) => c.key)),
    customerCompact: compactClaimText(customer),
  };
}

/**
 * An address put together from what the customer said in pieces (the district first, then "不对，是
 * 金履路8号" as a correction): every piece, as the reply separates them, is in their own words.
 */
function addressFromPieces(claim: Claim, customerCompact: string): boolean {
  if (!claim.key.startsWith('ADDRESS:')) return false;
  const pieces = claim.said
    .split(/[\s,，、;；]+/)
    .map(compactClaimText)
    .filter(Boolean);
  return pieces.length > 1 && pieces.every((piece) => customerCompact.includes(piece));
}

/** A date is backed by a source date at least as precise that agrees on what it says (2025-06 by 2025-06-01). */
function dateBacked(key: string, dates: string[]): boolean {
  if (key.startsWith('--')) return dates.some((d) => d.slice(4) === key.slice(1) || d === key);
  return dates.some((d) => d === key || d.startsWith(`${key}-`));
}

function supported(claim: Claim, s: Support, allowed: readonly string[]): boolean {
  switch (claim.kind) {
    case 'amount':
      return s.numbers.has(claim.key);
    case 'percent':
      // A tool says 0.5 or 50%; either backs 50%. A bare 50 does not (it may be a fee).
      return s.percents.has(claim.key) || s.numbers.has(String(Number(claim.key) / 100));
    case 'date':
      // The customer's own date backs it; so does their relative one (去年五月) for a date in the past.
      return dateBacked(claim.key, s.trustedDates) || dateBacked(claim.key, s.customerDates) || (s.customerRelative && !claim.key.startsWith('--'));
    case 'period':
      return s.periods.has(claim.key);
    case 'promise':
      return s.promises.has(claim.key);
    case 'policy':
      return claim.key.split(/\s+/).every((word) => s.trustedCompact.includes(compactClaimText(word)));
    case 'link':
      return hostAllowed(claim.key, allowed) || [...s.hosts].some((h) => h === claim.key || claim.key.endsWith(`.${h}`));
    case 'email':
      return hostAllowed(claim.key.split('@')[1] ?? '', allowed) || s.emails.has(claim.key);
    case 'personal':
      return s.personal.has(claim.key) || addressFromPieces(claim, s.customerCompact);
    case 'contact_request':
      return s.requests.has(claim.key);
  }
}

export function checkGrounding(reply: string, sources: GroundingSources): GroundingResult {
  const claims = claimsInNormalText(claimText(reply));
  if (!claims.length) return { ok: true, claims, unsupported: [] };
  const support = readSources(sources);
  const unsupported = claims.filter((c) => !supported(c, support, sources.allowedLinkHosts ?? []));
  return { ok: unsupported.length === 0, claims, unsupported };
}

/** The unsupported claims for a log line: kinds and keys, never personal values. */
export function describeUnsupported(result: GroundingResult): string {
  return result.unsupported.map(describeClaim).join(', ');
}
