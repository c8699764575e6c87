/** Composition root for phone calls: the call intake over the desk, configured from `Config`. */
import { CallIntake } from '../bot/calls/call-intake';
import type { Clock } from '../kernel/clock';
import type { Desk } from '../storage/desk';
import type { Config } from './config';

export function createCallIntake(config: Config, desk: Desk, clock: Clock): CallIntake {
  return new CallIntake({
    customers: desk.customers,
    tickets: desk.tickets,
    calls: desk.calls,
    clock,
    timeZone: config.timeZone,
    forbiddenPhrases: config.voice.forbiddenPhrases,
  });
}
