import { Prisma } from '../generated/prisma/client.js';

/** True when the error is a unique-constraint violation touching the given column. */
export function isUniqueViolation(error: unknown, column: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  return JSON.stringify(error.meta ?? {}).includes(column);
}

// Prisma's codes for a server it cannot reach, that closed the connection or whose pool is exhausted.
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// What the pg driver's own errors say when Prisma passes them on: the socket failed, PostgreSQL
// refused connections (SQLSTATE class 08) or is shutting down or starting (57P01–57P03).
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
const UNAVAILABLE_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect)/;
// Prisma's P2028 for a transaction that found no turn or connection in time (database.ts); its
// other P2028s (a transaction past its timeout, closed or unknown) stay internal errors.
const NOT_STARTED_IN_TIME = /Unable to start a transaction in the given time/;

/**
 * True when the database could not answer at all (down, unreachable, restarting) or not in time
 * (no connection or turn for a transaction), as opposed to refusing a statement.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2028') return NOT_STARTED_IN_TIME.test(error.message);
    const kind = (error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause?.kind;
    return UNAVAILABLE_CODES.has(error.code) || (kind !== undefined && UNAVAILABLE_KINDS.has(kind));
  }
  if (!(error instanceof Error)) return false;
  // Prisma passes a driver adapter's own error on as it is where a transaction's commit fails.
  const adapterKind = error.name === 'DriverAdapterError' ? (error.cause as { kind?: string } | undefined)?.kind : undefined;
  if (adapterKind !== undefined && UNAVAILABLE_KINDS.has(adapterKind)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  return UNAVAILABLE_MESSAGE.test(error.message);
}
