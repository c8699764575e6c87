/** Reading and writing the desk's cookies (no cookie package: a header parser and a serializer are enough). */
export function readCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    try {
      if (!(name in out)) out[name] = decodeURIComponent(value);
    } catch {
      // A malformed value is as good as none.
    }
  }
  return out;
}

export interface CookieOptions {
  maxAgeSeconds?: number;
  /** Sent only over HTTPS (set when the request came over HTTPS). */
  secure: boolean;
  path?: string;
}

/** Always HttpOnly and SameSite=Strict: no script reads it and no other site's request carries it. */
export function cookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path ?? '/desk'}`, 'HttpOnly', 'SameSite=Strict'];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`);
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
