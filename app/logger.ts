/**
 * The process log (pino, JSON lines on stderr). Personal data in anything logged is redacted by
 * content and by field name unless AFTERSALES_LOG_PERSONAL_DATA=true (for local debugging only).
 */
import pino, { type Logger } from 'pino';
import { redactForLog } from '../bot/redaction';
import type { Config } from './config';

export type { Logger };

export function createLogger(config: Pick<Config, 'log'>, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level: config.log.level,
      base: { service: 'aftersales' },
      formatters: config.log.personalData ? {} : { log: (object) => redactForLog(object) },
      hooks: config.log.personalData
        ? {}
        : {
            // Messages are free text too: a phone number in "failed for 13812345678" is masked.
            logMethod(args, method) {
              method.apply(this, args.map((a) => (typeof a === 'string' ? redactForLog(a) : a)) as Parameters<typeof method>);
            },
          },
    },
    destination,
  );
}
