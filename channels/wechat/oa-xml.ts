/**
 * The XML official accounts speak (plaintext mode): callbacks parsed with fast-xml-parser and
 * checked with zod, and the passive text reply. Only the message kinds an after-sales desk uses
 * are read; anything else parses as `other` and is acknowledged without an answer.
 */
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { ValidationError } from '../../kernel/errors';

const parser = new XMLParser({ parseTagValue: false, processEntities: false, ignoreDeclaration: true, trimValues: true });

const field = z.string().trim().min(1).max(2000);
const common = { ToUserName: field, FromUserName: field, CreateTime: z.string().regex(/^\d{1,12}$/) };

export const callbackSchema = z.discriminatedUnion('MsgType', [
  z.object({ ...common, MsgType: z.literal('text'), Content: z.string().max(20_000).default(''), MsgId: field }),
  z.object({ ...common, MsgType: z.literal('image'), MediaId: field, PicUrl: z.string().max(2000).optional(), MsgId: field }),
  z.object({ ...common, MsgType: z.literal('voice'), MediaId: field, Format: z.string().max(20).optional(), Recognition: z.string().max(20_000).optional(), MsgId: field }),
  z.object({ ...common, MsgType: z.literal('event'), Event: z.string().max(64), EventKey: z.string().max(2000).optional() }),
]);
export type Callback = z.infer<typeof callbackSchema> | (z.infer<z.ZodObject<typeof common>> & { MsgType: 'other'; kind: string; MsgId?: string });

export function parseCallback(xml: string): Callback {
  // Entities and DOCTYPEs have no place in WeChat's XML; refusing them closes entity-expansion tricks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ValidationError('wechat_xml_invalid', 'XML with a DOCTYPE is not accepted');
  let tree: unknown;
  try {
    tree = parser.parse(xml, true);
  } catch (error) {
    throw new ValidationError('wechat_xml_invalid', `Malformed XML: ${(error as Error).message}`, error);
  }
  const root = (tree as { xml?: Record<string, unknown> })?.xml;
  if (!root || typeof root !== 'object') throw new ValidationError('wechat_xml_invalid', 'Expected an <xml> document');
  const message = Object.fromEntries(Object.entries(root).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]));
  if (['text', 'image', 'voice', 'event'].includes(String(message.MsgType))) {
    const parsed = callbackSchema.safeParse(message);
    if (!parsed.success) {
      throw new ValidationError('wechat_xml_invalid', `Unexpected callback: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return parsed.data;
  }
  const base = z.object(common).safeParse(message);
  if (!base.success) throw new ValidationError('wechat_xml_invalid', 'Callback without sender, receiver or time');
  return { ...base.data, MsgType: 'other', kind: typeof message.MsgType === 'string' ? message.MsgType : '', MsgId: typeof message.MsgId === 'string' ? message.MsgId : undefined };
}

/** A passive text reply: from the account (`ToUserName` of the callback) to the customer. */
export function textReply(callback: { ToUserName: string; FromUserName: string }, text: string, now: Date): string {
  return (
    '<xml>' +
    `<ToUserName>${cdata(callback.FromUserName)}</ToUserName>` +
    `<FromUserName>${cdata(callback.ToUserName)}</FromUserName>` +
    `<CreateTime>${Math.floor(now.getTime() / 1000)}</CreateTime>` +
    `<MsgType>${cdata('text')}</MsgType>` +
    `<Content>${cdata(text)}</Content>` +
    '</xml>'
  );
}

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
