/**
 * Which origins a browser request may come from, for the pages we serve ourselves (the web chat,
 * the agent desk). Never decided from the request's own Host header: a site whose name an attacker
 * points at our address (DNS rebinding) sends a Host that matches its Origin. Our own pages are the
 * configured public origin (WEB_PUBLIC_URL); with none configured (a local demo), loopback only.
 */

/** Origins are compared in their canonical form (scheme://host[:port], lower case, default port dropped). */
export function canonicalOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** http(s)://localhost, 127.x.x.x or [::1], on any port. */
export function isLoopbackOrigin(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function canonicalOrigins(list: string[]): Set<string> {
  return new Set(list.map((o) => canonicalOrigin(o)).filter((o): o is string => !!o));
}

/** Our own pages' origins: the configured ones, or loopback when none is configured. */
export class OwnOrigins {
  private readonly own: Set<string>;

  constructor(ownOrigins: string[]) {
    this.own = canonicalOrigins(ownOrigins);
  }

  get configured(): boolean {
    return this.own.size > 0;
  }

  allows(origin: string | undefined): boolean {
    const canonical = origin ? canonicalOrigin(origin) : undefined;
    if (!canonical) return false;
    return this.own.size ? this.own.has(canonical) : isLoopbackOrigin(canonical);
  }
}
