/**
 * Which key a personal-account customer is filed under. The puppet's contact id is not stable:
 * wechat4u hands out new ids at every login, so keying on it makes a returning customer a
 * stranger (their tickets and open handoff lost) after each re-login. In order of preference:
 *
 * - `wx:<weixin>`: the WeChat id, where the puppet gives it (puppet-service gateways usually do);
 * - `alias:<remark>`: a remark (备注) this bot set on the contact, kept by WeChat across logins;
 * - `id:<id>` only when neither can be had, and said so in the log once per contact.
 *
 * Setting a remark is one more account action WeChat sees, so it is done once per contact, on
 * their first message, through the same send pacer.
 */
import { randomBytes } from 'node:crypto';

/** What this needs of a wechaty Contact (a ContactInterface fits). */
export interface KeyedContact {
  id: string;
  weixin(): string | undefined;
  alias(): Promise<string | undefined>;
  alias(newAlias: string): Promise<void>;
  sync(): Promise<void>;
}

/** Remarks the bot sets start with this, so a remark the account owner typed is never taken for one. */
export const REMARK_PREFIX = '售后';
const REMARK = new RegExp(`^${REMARK_PREFIX}-[0-9A-Z]{8}$`);

export type ContactKey = { kind: 'wx' | 'alias' | 'id'; value: string };

export function formatKey(key: ContactKey): string {
  return `${key.kind}:${key.value}`;
}

/** A stored customerRef back into a lookup; refs from before keys had a prefix are puppet ids. */
export function parseKey(ref: string): ContactKey {
  const match = /^(wx|alias|id):(.+)$/s.exec(ref);
  return match ? { kind: match[1] as ContactKey['kind'], value: match[2]! } : { kind: 'id', value: ref };
}

export async function contactKey(contact: KeyedContact, pace: <T>(action: () => Promise<T>) => Promise<T>): Promise<ContactKey> {
  const weixin = contact.weixin();
  if (weixin) return { kind: 'wx', value: weixin };
  const current = await contact.alias().catch(() => undefined);
  if (current && REMARK.test(current)) return { kind: 'alias', value: current };
  if (current) return { kind: 'id', value: contact.id }; // the owner's own remark: never overwritten
  const remark = `${REMARK_PREFIX}-${randomBytes(5).toString('hex').slice(0, 8).toUpperCase()}`;
  try {
    await pace(() => contact.alias(remark));
    await contact.sync();
    // Only a remark WeChat kept is a key: some puppets accept the call and store nothing.
    if ((await contact.alias()) === remark) return { kind: 'alias', value: remark };
  } catch {
    /* the puppet cannot set remarks: fall back to its id */
  }
  return { kind: 'id', value: contact.id };
}
