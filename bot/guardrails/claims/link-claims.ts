/**
 * Links and e-mail addresses, also written to slip past a pattern: a bare IP (http://203.0.113.7/x
 * or 203.0.113.7:8080), a host without a scheme (evil-service.shop/claim), a host or address spelled
 * out ("evil dot shop", "name at mail dot com", name艾特mail点com, name(at)mail[dot]com). The key is
 * the host (lower case, no www.) or the address; e-mail addresses are found by the project's one
 * personal-data detector once the spelling is undone.
 */
import { findPersonalData } from '../../redaction/personal-data';
import type { Claim } from './claim';

const TLDS =
  'com|cn|net|org|io|co|info|biz|xyz|top|site|online|me|app|dev|ru|tk|ly|gl|shop|store|vip|club|cc|tv|win|link|live|icu|work|fun|ltd|pro|asia|hk|tw|us|uk|de|jp|kr|in|ml|ga|cf|gq|su|to|ai|so|gov|edu|mobi|name|one|xin|wang|ren|email|click|download|support|help|services?|center|online|website|space|tech|cloud|example|test|local';
const DOT = String.raw`(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|<dot>|\bdot\b|点|點|句点)\s*|\.)`;
const AT = String.raw`(?:\s*(?:\(at\)|\[at\]|\{at\}|<at>|\bat\b|艾特|圈a|小老鼠|@|＃|#)\s*)`;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

// Built once (replies are checked every turn); global patterns are only used with replace, which starts at 0.
const SPELLED_EMAIL = new RegExp(`([a-z0-9._%+-]+)${AT}(${LABEL}(?:${DOT}${LABEL})*${DOT}(?:${TLDS}))\\b`, 'gi');
const SPELLED_HOST = new RegExp(`\\b(${LABEL}(?:${DOT}${LABEL})*)${DOT}(${TLDS})\\b`, 'gi');
const ANY_DOT = new RegExp(DOT, 'gi');
const undot = (s: string) => s.replace(ANY_DOT, '.');

/** "name at mail dot com" and its kin written back as name@mail.com, "evil dot shop" as evil.shop. */
export function undoSpelledAddresses(text: string): string {
  return text
    .replace(SPELLED_EMAIL, (m, user: string, host: string) => (/@/.test(m) && !/\s/.test(m) ? m : `${user}@${undot(host)}`))
    .replace(SPELLED_HOST, (m, head: string, tld: string) => (/^[\w.-]+$/.test(m) ? m : `${undot(head)}.${tld}`));
}

const URL_WITH_SCHEME = /\b(?:https?|ftp|hxxps?):\/\/([^\s/?#<>"'，。）)]+)[^\s<>"'，。）)]*/gi;
const IP = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?::\d{1,5})?(?![\d.]*\d)/g;
const HOST = new RegExp(`(?<![@\\w.-])((?:www\\.)?(?:${LABEL}\\.)+(?:${TLDS}))(?![\\w-])(?::\\d{1,5})?(?:/[^\\s<>"'，。）)]*)?`, 'gi');

export const hostKey = (host: string) =>
  host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');

export function linkClaims(text: string): Claim[] {
  const undone = undoSpelledAddresses(text);
  const claims: Claim[] = [];
  for (const span of findPersonalData(undone)) {
    if (span.kind === 'EMAIL') claims.push({ kind: 'email', key: span.value, said: undone.slice(span.start, span.end) });
  }
  // Hosts inside e-mail addresses are the address's, not links.
  const withoutEmails = undone.replace(/[a-z0-9._%+-]+@[a-z0-9.-]+/gi, ' ');
  const seen = new Set<string>();
  const add = (key: string, said: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    claims.push({ kind: 'link', key, said });
  };
  let rest = withoutEmails.replace(URL_WITH_SCHEME, (m, host: string) => {
    add(hostKey(host.replace(/^[^@]*@/, '')), m);
    return ' ';
  });
  rest = rest.replace(IP, (m, ip: string) => {
    add(ip, m);
    return ' ';
  });
  for (const m of rest.matchAll(HOST)) add(hostKey(m[1]!), m[0]);
  return claims;
}

/** A host is allowed when it is, or is under, one of the allowed hosts. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const h = hostKey(host);
  return allowed.some((a) => {
    const base = hostKey(a.replace(/^\*\./, ''));
    return h === base || h.endsWith(`.${base}`);
  });
}
