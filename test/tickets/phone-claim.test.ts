import { describe, expect, it } from 'vitest';
import { decidePhoneClaim } from '../../tickets/phone-claim';

describe('a claim on a phone number', () => {
  it('records a number nobody else holds, or one this customer already holds, proven or not', () => {
    expect(decidePhoneClaim(7, undefined, false)).toBe('record');
    expect(decidePhoneClaim(7, { id: 7, verified: true }, false)).toBe('record');
  });
  it('never merges on a typed number: the records stay apart whoever holds it', () => {
    expect(decidePhoneClaim(7, { id: 3, verified: false }, false)).toBe('keep-apart');
    expect(decidePhoneClaim(7, { id: 3, verified: true }, false)).toBe('keep-apart');
  });
  it('lets a proven claim take a number someone only typed, and merges two proven claims', () => {
    expect(decidePhoneClaim(7, { id: 3, verified: false }, true)).toBe('take-from-typed');
    expect(decidePhoneClaim(7, { id: 3, verified: true }, true)).toBe('merge');
  });
});
