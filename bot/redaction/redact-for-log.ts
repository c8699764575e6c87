/**
 * Redaction for structured values on their way to a log line or a Slack summary. Fields whose
 * name says they hold personal data are masked whole; every other string is redacted by content.
 * Nothing here is reversible: logs never need the real values back.
 */
import { redact } from './redact';
import { RedactionVault } from './vault';

const SENSITIVE_KEY = /^(?:phone|phones|mobile|tel|telephone|phoneNumber|email|idNumber|idCard|residentId|address|addr|cardNumber|bankCard|password|secret|token|apiKey)$/i;
const MAX_DEPTH = 8;

export function redactForLog<T>(value: T): T {
  // One vault per call: the same phone in two fields reads as the same placeholder.
  return walk(value, new RedactionVault(), new WeakSet(), 0) as T;
}

function walk(value: unknown, vault: RedactionVault, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return redact(value, vault).text;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  seen.add(value);
  if (value instanceof Error) {
    return { name: value.name, message: redact(value.message, vault).text, ...(walk({ ...value }, vault, seen, depth + 1) as object) };
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, vault, seen, depth + 1));
  if (value instanceof Map) return walk(Object.fromEntries(value), vault, seen, depth + 1);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) && v !== undefined && v !== null && v !== '' ? '[REDACTED]' : walk(v, vault, seen, depth + 1);
  }
  return out;
}
