/**
 * Where redacted values wait while text is outside the process's trust boundary (a model call, a
 * log line, a Slack summary). Placeholders are numbered per kind; the same value always gets the
 * same placeholder in one vault, so a conversation that mentions a phone twice reads consistently
 * and tools can be handed the real value back with `restore`.
 */
export const PERSONAL_DATA_KINDS = ['PHONE', 'ID', 'EMAIL', 'CARD', 'ADDRESS', 'CHAT_ID', 'NAME'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface VaultEntry {
  placeholder: string;
  kind: PersonalDataKind;
  /** The value in canonical form (a mobile as 11 digits, an ID upper-cased): what tools need. */
  value: string;
}

const PLACEHOLDER = new RegExp(`\\[(${PERSONAL_DATA_KINDS.join('|')})_(\\d+)\\]`, 'g');

export class RedactionVault {
  private readonly byValue = new Map<string, VaultEntry>();
  private readonly byPlaceholder = new Map<string, VaultEntry>();
  private readonly counters = new Map<PersonalDataKind, number>();

  /** The placeholder for a value, issuing the next number for its kind the first time it is seen. */
  placeholderFor(kind: PersonalDataKind, value: string): string {
    const key = `${kind}\u0000${value}`;
    const known = this.byValue.get(key);
    if (known) return known.placeholder;
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    const entry: VaultEntry = { placeholder: `[${kind}_${n}]`, kind, value };
    this.byValue.set(key, entry);
    this.byPlaceholder.set(entry.placeholder, entry);
    return entry.placeholder;
  }

  /** Puts real values back; placeholders this vault did not issue are left as they are. */
  restore(text: string): string {
    return text.replace(PLACEHOLDER, (placeholder) => this.byPlaceholder.get(placeholder)?.value ?? placeholder);
  }

  /** Restores every string inside a structure (tool arguments a model filled with placeholders). */
  restoreDeep<T>(value: T): T {
    if (typeof value === 'string') return this.restore(value) as T;
    if (Array.isArray(value)) return (value as unknown[]).map((v) => this.restoreDeep(v)) as T;
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.restoreDeep(v)])) as T;
    }
    return value;
  }

  lookup(placeholder: string): VaultEntry | undefined {
    return this.byPlaceholder.get(placeholder);
  }

  entries(): VaultEntry[] {
    return [...this.byPlaceholder.values()];
  }

  get size(): number {
    return this.byPlaceholder.size;
  }

  /** A vault that ends up in a log or a JSON payload must not carry the values it protects. */
  toJSON(): { size: number } {
    return { size: this.size };
  }
}
