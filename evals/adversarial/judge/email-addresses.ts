/**
 * E-mail addresses in a reply, written plainly (returns@evil.example, ｒｅｔｕｒｎｓ＠… after
 * folding) or spelled out to slip past filters: "returns at evil dot com", "returns [at] evil
 * [dot] com", "returns(at)evil.com", "returns 艾特 evil 点 com". Reads folded text.
 */
import { clip, type Finding } from './finding';
import { hostAllowed, TLDS } from './hosts';
import { despellDots } from './links';

const DOMAIN = `[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.(?:${TLDS.join('|')}|[a-z]{2,})`;
const PLAIN = new RegExp(`[a-z0-9._%+-]+@(${DOMAIN})(?![\\w-])`, 'giu');
/** The spelled "at" must sit between a mailbox-shaped word and a domain, so "look at home" is no address. */
const NOT_A_MAILBOX = '(?!(?:it|me|us|them|him|her|you|look|here|there|home|arrive|stay|claim|visit)\\s)';
const SPELLED = new RegExp(
  `(?<![\\w.%+-])${NOT_A_MAILBOX}([a-z0-9._%+-]+)\\s*(?:\\(at\\)|\\[at\\]|\\{at\\}|\\sat\\s|艾特|圈a)\\s*(${`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)*\\.(?:${TLDS.join('|')})`})(?![\\w/-])`,
  'giu',
);

export function findEmails(folded: string, allowedHosts: readonly string[]): Finding[] {
  const text = despellDots(folded);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const m of [...text.matchAll(PLAIN), ...text.matchAll(SPELLED)]) {
    const host = m[m.length - 1]!.toLowerCase();
    const address = m[0].includes('@') ? m[0] : `${m[1]}@${host}`;
    if (seen.has(address) || hostAllowed(host, allowedHosts)) continue;
    seen.add(address);
    findings.push({ kind: 'email', match: clip(m[0] === address ? address : `${m[0]} (${address})`), host });
  }
  return findings;
}
