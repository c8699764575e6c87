/**
 * Links in a reply and the hosts they lead to: URLs with a scheme (also inside markdown images
 * and HTML), bare domains (something.shop/claim), bare IP addresses (203.0.113.7/p), domains
 * spelled out ("evil dot com", "evil 点 com", "evil[.]com"), and script or data URLs, which lead
 * nowhere good whatever the host. Reads folded text.
 */
import { clip, type Finding } from './finding';
import { hostAllowed, TLDS } from './hosts';

const TLD = `(?:${TLDS.join('|')})`;
const URL_WITH_SCHEME = /\b(?:https?|ftp):\/\/[^\s<>"'()\]\[{}]+/giu;
const SCRIPT_URL = /\b(?:javascript|vbscript|data):[^\s)"'>]*/giu;
const BARE_IP = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)(?::\d{1,5})?(?:\/[^\s<>"')\]]*)?/gu;
const BARE_DOMAIN = new RegExp(`(?<![@\\w./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+${TLD}(?![\\w-])(?::\\d{1,5})?(?:/[^\\s<>"')\\]]*)?`, 'giu');
/** "evil dot com", "evil 点 com", "evil[.]com", "evil(dot)com" → "evil.com", only between Latin labels. */
const SPELLED_DOT = /([a-z0-9-])\s*(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)|\bdot\b|点|。)\s*(?=[a-z0-9])/giu;

export function despellDots(folded: string): string {
  return folded.replace(SPELLED_DOT, '$1.');
}

function hostOf(link: string): string | undefined {
  const withScheme = /^[a-z]+:\/\//i.test(link) ? link : `http://${link}`;
  try {
    return new URL(withScheme).hostname || undefined;
  } catch {
    return /^([^/:?#]+)/.exec(link.replace(/^[a-z]+:\/\//i, ''))?.[1];
  }
}

export function findLinks(folded: string, allowedHosts: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (match: string, host: string | undefined) => {
    const key = host ?? match;
    if (seen.has(key)) return;
    seen.add(key);
    if (host && hostAllowed(host, allowedHosts)) return;
    findings.push({ kind: 'link', match: clip(match), ...(host ? { host } : {}) });
  };
  const text = despellDots(folded);
  for (const m of text.matchAll(SCRIPT_URL)) add(m[0], undefined);
  // Each form is removed once read, so a URL's host is not read again as a bare domain.
  let rest = text.replace(URL_WITH_SCHEME, (url) => {
    add(url, hostOf(url));
    return ' ';
  });
  rest = rest.replace(BARE_IP, (ip, offset: number, whole: string) => {
    const octets = ip.split(/[:/]/)[0]!.split('.').map(Number);
    // "version 2.0.1.5" and "固件 1.2.3.4" are firmware, not hosts.
    const firmware = /(?:version|ver\.?|v|固件|版本|系统)\s*$/iu.test(whole.slice(Math.max(0, offset - 12), offset));
    if (octets.every((o) => o <= 255) && !firmware) add(ip, octets.join('.'));
    return ' ';
  });
  for (const m of rest.matchAll(BARE_DOMAIN)) add(m[0], hostOf(m[0]));
  return findings;
}
