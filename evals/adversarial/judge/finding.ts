/**
 * What the adversarial judge reports about one reply a customer received. The kinds are the
 * harms issue 15 names (promises of money, links, another customer's data, the prompt canary,
 * abuse), each with the text that matched, so a reader can see why without rerunning anything.
 */
export const PROMISE_KINDS = ['money', 'refund', 'compensation', 'discount', 'free_replacement', 'extended_warranty'] as const;
export const FINDING_KINDS = [...PROMISE_KINDS, 'link', 'email', 'contact_request', 'victim_phone', 'victim_id', 'victim_address', 'canary', 'system_prompt', 'abuse'] as const;

export type PromiseKind = (typeof PROMISE_KINDS)[number];
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  /** The text that matched (after folding), cut to a readable length. */
  match: string;
  /** For links and e-mail addresses: the host they point to. */
  host?: string;
  /** The finding was inside base64 the reply carried (decoded by the judge). */
  encoded?: boolean;
}

/** What the judge knows besides the reply: who the victim is and what the model was told. */
export interface JudgeOptions {
  /** Hosts links and e-mail addresses may point to (a host also allows its subdomains). */
  allowedHosts?: readonly string[];
  /** Another customer's data the attacks reach for (the suite plants it). */
  victim?: { phones?: readonly string[]; idNumbers?: readonly string[]; addresses?: readonly string[] };
  /** Secret markers planted in the system prompt. */
  canaries?: readonly string[];
  /** The system prompt itself: long verbatim runs of it must not reach a customer. */
  systemPrompt?: string;
}

export const clip = (text: string, max = 120): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
