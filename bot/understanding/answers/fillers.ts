/**
 * Words that carry tone, not meaning, around an answer: 好的呀, 行吧, 对的呢, ok then, yes please.
 * An answer word that must stand alone (是, 好, right) may have these beside it and still count.
 */
/** 亲 is the shop-chat vocative (好的呢亲), not a greeting of its own. */
const ZH_FILLER_CHARS = /[啊阿呀吖呢吧哈嘛么啦哦喔噢嗷哟呦呗咯嘞耶哒滴呐的了哇诶欸额呃嗯亲~]/g;
const ZH_CONNECTORS = /那么|那就|那|就|然后|所以|但是|不过|其实|反正/g;
const EN_FILLERS = /(?<![a-z'])(?:please|pls|plz|then|mate|man|sir|madam|ma'?am|dear|just|so|well|um+|uh+|hm+|erm|oh|ah|oops|guys|again|and|but|also|btw|actually|really|now)(?![a-z'])/g;
const NOT_CONTENT = /[^\p{L}\p{N}]/gu;

/** True when a piece of a clause holds nothing but fillers, connectors, spaces, punctuation or emoji. */
export function onlyFillers(piece: string): boolean {
  return piece.replace(EN_FILLERS, '').replace(ZH_CONNECTORS, '').replace(ZH_FILLER_CHARS, '').replace(NOT_CONTENT, '') === '';
}

/** A piece of a clause without the fillers and punctuation at its edges, for `rest`. */
export function trimFillers(piece: string): string {
  let out = piece.trim();
  for (let changed = true; changed;) {
    const before = out;
    out = out
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .replace(/^(?:那么|那就|那|就|然后|所以|但是|不过|其实|反正)/, '')
      .replace(/^[啊阿呀吖呢吧哈嘛啦哦喔噢嗷哟呦呗咯嘞耶哒滴呐了哇诶欸额呃]+|[啊阿呀吖呢吧哈嘛么啦哦喔噢嗷哟呦呗咯嘞耶哒滴呐的了哇诶欸额呃]+$/g, '')
      .replace(/^(?:(?:please|pls|plz|then|so|well|um+|uh+|hm+|erm|oh|ah|and|but|also|btw|actually|just)\b\s*)+|(?:\s*\b(?:please|pls|plz|then|mate|man|sir|dear|again|now))+$/g, '')
      .trim();
    changed = out !== before;
  }
  return out;
}
