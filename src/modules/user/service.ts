import { idOrNumber, newId } from '../../db/ids.js';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** Finds the user with this e-mail address, or creates one. */
export async function findOrCreateUser(tx: Prisma.TransactionClient, email: string, name?: string | null) {
  const normalized = email.trim().toLowerCase();
  return tx.user.upsert({
    where: { email: normalized },
    update: {},
    create: { id: newId('User'), email: normalized, name: name ?? normalized.split('@')[0]! },
  });
}

/** Where a user is named by id, number or e-mail address (Keboola's user path segments): its unique filter, or null. */
export function userKey(text: string): Prisma.UserWhereUniqueInput | null {
  const key = idOrNumber('User', text);
  if (key) return key;
  const email = text.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(email) ? { email } : null;
}

/** For a root field: the user, or NOT_FOUND for one that does not exist or that the caller may not see. */
export async function readUser<Query extends object>(context: Context, idNumberOrEmail: string, query: Query) {
  const key = userKey(idNumberOrEmail);
  const user = key ? await context.prisma.user.findUnique({ ...query, where: key }) : null;
  if (!user || !(await context.access.canSeeUser(user.id, 'profile'))) throw notFound('user');
  return user;
}
