import { newId } from '../../db/ids.js';
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
