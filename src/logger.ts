import { createRequire } from 'node:module';
import { isatty } from 'node:tty';
import pino, { type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

/** Readable lines for a person at a terminal; JSON for everything else, and always in production. */
export function logFormatFor(setting: 'auto' | LogFormat, destination: 1 | 2, nodeEnv: string): LogFormat {
  if (setting !== 'auto') return setting;
  return nodeEnv !== 'production' && isatty(destination) ? 'pretty' : 'json';
}

/** Logs to stdout, or to stderr for commands whose stdout is their output (or to a file, for tests). */
export function createLogger(level: string, destination: 1 | 2 | string = 1, format: LogFormat = 'json'): Logger {
  const options = { level, base: { service: 'steward' } };
  if (format === 'pretty') {
    // Loaded only when a person reads the log: servers logging JSON never hold it in memory.
    const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
    const colorize = typeof destination === 'number' && isatty(destination);
    return pino(options, pretty({ destination, sync: true, colorize, ignore: 'pid,hostname,service', translateTime: 'SYS:HH:MM:ss.l' }));
  }
  const sync = destination !== 1;
  return pino(options, pino.destination(typeof destination === 'number' ? { fd: destination, sync } : { dest: destination, sync }));
}
