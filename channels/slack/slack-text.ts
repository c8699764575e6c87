/**
 * Text crossing between Slack and the customer. Customer text goes into Slack escaped, so a
 * customer cannot ping the channel (`<!channel>`) or forge links; agent text comes out of Slack
 * as plain text the customer's channel can show (no `<@U123>` or `&lt;` entities).
 */

/** Slack's three control characters, escaped as its docs require. */
export function escapeForSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to fit a block field, saying it was cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * An agent's Slack message as plain text: links become "label (url)", user and channel
 * references lose their ids, broadcast mentions are dropped, entities are decoded.
 */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<([^<>|]+)(?:\|([^<>]*))?>/g, (_all, target: string, label: string | undefined) => {
      if (target.startsWith('@')) return label ? `@${label}` : '';
      if (target.startsWith('#')) return label ? `#${label}` : '';
      if (target.startsWith('!')) return label && !/^(here|channel|everyone)$/.test(target.slice(1)) ? label : '';
      return label && label !== target ? `${label} (${target})` : target.replace(/^mailto:/, '');
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * Agents talk among themselves in the thread too: a message starting with `//`, `note:` or
 * `备注：` is an internal note for the ticket, not an answer for the customer.
 */
export function internalNote(text: string): string | undefined {
  const match = /^\s*(?:\/\/|note\s*[:：]|备注\s*[:：])\s*([\s\S]*)$/i.exec(text);
  return match ? match[1]!.trim() : undefined;
}

/**
 * An answer given with the explicit command (`!reply ...`, `回复：...`): the text to send, or
 * undefined. In the alerts-only thread mode only these reach the customer.
 */
export function explicitReply(text: string): string | undefined {
  const match = /^\s*(?:!reply\b|回复\s*[:：])\s*([\s\S]*)$/i.exec(text);
  return match ? match[1]!.trim() : undefined;
}
