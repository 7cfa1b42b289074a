import { Prisma } from '../generated/prisma/client.js';

/** True when the error is a unique-constraint violation touching the given column. */
export function isUniqueViolation(error: unknown, column: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  return JSON.stringify(error.meta ?? {}).includes(column);
}
