import type { Prisma } from '../generated/prisma/client.js';
import { newId } from './ids.js';

/** Finds the user with this e-mail address, or creates one. */
export async function findOrCreateUser(tx: Prisma.TransactionClient, email: string, name?: string | null) {
  const normalized = email.trim().toLowerCase();
  return tx.user.upsert({
    where: { email: normalized },
    update: {},
    create: { id: newId('User'), email: normalized, name: name ?? normalized.split('@')[0]! },
  });
}

export async function createOrganization(tx: Prisma.TransactionClient, name: string, ownerUserId: string) {
  return tx.organization.create({
    data: {
      id: newId('Organization'),
      name,
      members: { create: { id: newId('OrganizationMember'), userId: ownerUserId, role: 'OWNER' } },
    },
  });
}

/** Serializes changes to one organization's members or keys (a read-check-write on PostgreSQL would race). */
export async function lockOrganization(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
}
