/** What every CLI command gets: configuration and the desk, opened lazily and closed after. */
import { FixedClock, systemClock, type Clock } from '../kernel/clock';
import type { Desk } from '../storage/desk';
import { loadConfig, type Config } from '../app/config';
import { openDesk } from '../app/desk';

export interface CliContext {
  config(): Config;
  clock(): Clock;
  withDesk<T>(work: (desk: Desk) => Promise<T>): Promise<T>;
}

export function createCliContext(): CliContext {
  let config: Config | undefined;
  let clock: Clock | undefined;
  const context: CliContext = {
    config: () => (config ??= loadConfig()),
    clock: () => {
      const fixed = context.config().fixedTime;
      return (clock ??= fixed ? new FixedClock(fixed) : systemClock);
    },
    async withDesk(work) {
      const desk = await openDesk(context.config(), context.clock());
      try {
        return await work(desk);
      } finally {
        await desk.close();
      }
    },
  };
  return context;
}
