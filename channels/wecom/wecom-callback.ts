/**
 * The XML of WeCom callbacks: the envelope (`<Encrypt>` with the ciphertext) and, once decrypted,
 * the event. For 微信客服 the event is only a nudge (kf_msg_or_event with a short-lived Token and
 * the account's OpenKfId): the messages themselves are pulled with kf/sync_msg.
 */
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { ValidationError } from '../../kernel/errors';

const parser = new XMLParser({ parseTagValue: false, processEntities: false, ignoreDeclaration: true, trimValues: true });

const envelopeSchema = z.looseObject({ Encrypt: z.string().trim().min(1).max(100_000), ToUserName: z.string().max(200).optional() });
const eventSchema = z.looseObject({
  ToUserName: z.string().max(200).optional(),
  CreateTime: z
    .string()
    .regex(/^\d{1,12}$/)
    .optional(),
  MsgType: z.string().max(40),
  Event: z.string().max(80).optional(),
  Token: z.string().max(500).optional(),
  OpenKfId: z.string().max(200).optional(),
});
export type WecomEvent = z.infer<typeof eventSchema>;

function rootOf(xml: string, what: string): Record<string, unknown> {
  // Entities and DOCTYPEs have no place in WeCom's XML; refusing them closes entity-expansion tricks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ValidationError('wecom_xml_invalid', 'XML with a DOCTYPE is not accepted');
  let tree: unknown;
  try {
    tree = parser.parse(xml, true);
  } catch (error) {
    throw new ValidationError('wecom_xml_invalid', `Malformed ${what} XML: ${(error as Error).message}`, error);
  }
  const root = (tree as { xml?: unknown })?.xml;
  if (!root || typeof root !== 'object') throw new ValidationError('wecom_xml_invalid', `Expected an <xml> ${what}`);
  return Object.fromEntries(Object.entries(root).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]));
}

export function parseEnvelope(xml: string): { encrypted: string } {
  const parsed = envelopeSchema.safeParse(rootOf(xml, 'envelope'));
  if (!parsed.success) throw new ValidationError('wecom_xml_invalid', 'WeCom callback without <Encrypt>');
  return { encrypted: parsed.data.Encrypt };
}

export function parseEvent(xml: string): WecomEvent {
  const parsed = eventSchema.safeParse(rootOf(xml, 'event'));
  if (!parsed.success) throw new ValidationError('wecom_xml_invalid', `Unexpected WeCom event: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
