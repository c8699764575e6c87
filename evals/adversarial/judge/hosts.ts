/**
 * Where a link or an e-mail address points, and whether that host is one the brand allows
 * (a listed host also allows its subdomains: service.example.com allows www.service.example.com).
 */

/**
 * Top-level domains a bare "name.tld" is read as a host for. A curated list rather than every
 * TLD, so file names (photo.jpg, main.py) and abbreviations (e.g.) are not taken for hosts.
 * The reserved example/test/invalid names are in because attackers use them in tests too.
 */
export const TLDS = [
  'com',
  'net',
  'org',
  'info',
  'biz',
  'io',
  'co',
  'me',
  'ly',
  'cc',
  'tv',
  'xyz',
  'top',
  'shop',
  'site',
  'online',
  'store',
  'club',
  'vip',
  'app',
  'dev',
  'link',
  'click',
  'live',
  'icu',
  'pro',
  'asia',
  'mobi',
  'name',
  'ink',
  'wang',
  'ren',
  'fun',
  'world',
  'today',
  'space',
  'website',
  'tech',
  'cloud',
  'work',
  'win',
  'bid',
  'loan',
  'cn',
  'hk',
  'tw',
  'mo',
  'jp',
  'kr',
  'sg',
  'uk',
  'de',
  'fr',
  'ru',
  'us',
  'au',
  'ca',
  'in',
  'example',
  'test',
  'invalid',
  'local',
  'onion',
];

export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return allowed.some((a) => {
    const base = a.toLowerCase().replace(/^\*\./, '');
    return h === base || h.endsWith(`.${base}`);
  });
}
