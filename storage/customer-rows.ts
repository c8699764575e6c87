/** The customers row read back from either store (SQLite or PostgreSQL). */
import { z } from 'zod';
import type { Customer } from '../tickets/customer-directory';
import { parseMobile } from '../bot/text/phone-numbers';
import { ValidationError } from '../kernel/errors';
import { dropUndefined } from './rows';

export const customerRow = z
  .object({ id: z.number(), display_name: z.string().nullable(), phone: z.string().nullable(), created_at: z.string() })
  .transform((r): Customer => dropUndefined({ id: r.id, displayName: r.display_name ?? undefined, phone: r.phone ?? undefined, createdAt: r.created_at }));

/** A number as the directories store it (bare 11 digits), or a clear error for anything that is not a mainland mobile. */
export function directoryPhone(phone: string): string {
  const normalised = parseMobile(phone);
  if (!normalised) throw new ValidationError('invalid_phone', `"${phone}" is not a mainland mobile number / 不是有效的手机号`);
  return normalised;
}
