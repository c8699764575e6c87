import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../storage/sqlite/sqlite-customer-directory';

// What a CustomerDirectory promises is checked on every implementation by
// test/contracts/stores/customer-directory.contract.ts (test/storage/customer-directory.test.ts).
describe('customer phone numbers', () => {
  it.each(['13800138000', '+86 138 0013 8000', '0086-138-0013-8000', '138-0013-8000', '１３８００１３８０００'])('reads %s as one mobile number', (raw) => {
    expect(normalisePhone(raw)).toBe('13800138000');
  });
});
