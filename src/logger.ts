import pino, { type Logger } from 'pino';

/** JSON logs; commands whose stdout is their output log to stderr instead. */
export function createLogger(level: string, destination: 1 | 2 = 1): Logger {
  return pino({ level, base: { service: 'steward' } }, pino.destination({ fd: destination, sync: destination === 2 }));
}
