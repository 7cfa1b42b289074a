import { idOrNumber, newId } from '../../db/ids.js';
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
