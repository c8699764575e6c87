/** Exit codes of the `aftersales` CLI, stable so scripts can branch on them. */
import type { ErrorKind } from '../kernel/errors';

export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2, // bad arguments or invalid input
  notFound: 3,
  conflict: 4, // illegal transition, idempotency clash
  storage: 5, // database read-only, locked, corrupt
  upstream: 6, // an outside service failed
  evalGate: 7, // an eval ran and one of its pass/fail gates failed
  config: 78, // EX_CONFIG: the environment is misconfigured
} as const;

export function exitCodeFor(kind: ErrorKind): number {
  switch (kind) {
    case 'validation':
      return EXIT.usage;
    case 'not_found':
      return EXIT.notFound;
    case 'conflict':
      return EXIT.conflict;
    case 'storage':
      return EXIT.storage;
    case 'upstream':
      return EXIT.upstream;
    default:
      return EXIT.internal;
  }
}

export const EXIT_CODES_HELP = `
Exit codes:
  0  success            2  invalid arguments or input   3  not found
  4  conflict           5  database problem             6  outside service failed
  7  an eval gate failed 78 bad configuration  1  unexpected error`;
