/** The customers row read back from either store (SQLite or PostgreSQL). */
import { z } from 'zod';
import type { Customer } from '../tickets/customer-directory';
import { dropUndefined } from './rows';

export const customerRow = z
  .object({ id: z.number(), display_name: z.string().nullable(), phone: z.string().nullable(), created_at: z.string() })
  .transform((r): Customer => dropUndefined({ id: r.id, displayName: r.display_name ?? undefined, phone: r.phone ?? undefined, createdAt: r.created_at }));
