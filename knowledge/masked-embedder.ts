/**
 * An `Embedder` that never sends personal data out: every text bound for a remote embeddings
 * endpoint (a customer's query, a knowledge entry) passes the same last-line scrub as the chat
 * model's payload, so a phone or an address in a query reaches the provider as [PHONE] or
 * [ADDRESS]. Text with nothing personal in it is sent byte for byte as it was, so the vectors of
 * ordinary entries (and the index built from them) are the ones the inner embedder makes.
 */
import { containsPersonalData, scrubPersonalData } from '../bot/guardrails/personal-data-scrub';
import type { Embedder } from './embedder';

export class MaskedEmbedder implements Embedder {
  constructor(private readonly inner: Embedder) {}

  /** The inner embedder's vector space: masking changes only texts that held personal data. */
  get id(): string {
    return this.inner.id;
  }

  dimensions(): Promise<number> {
    return this.inner.dimensions();
  }

  embed(texts: string[]): Promise<Float32Array[]> {
    return this.inner.embed(texts.map((t) => (containsPersonalData(t) ? scrubPersonalData(t) : t)));
  }
}
