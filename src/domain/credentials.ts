import { z } from 'zod';
import { issueToken } from '../auth/tokens.js';
import { REVEAL_WINDOW_MS, type TokenSealer } from '../auth/reveal.js';
import type { ClientType, Prisma, PrismaClient } from '../generated/prisma/client.js';
import { newId } from './ids.js';

type Tx = Prisma.TransactionClient;

export async function createClient(
  tx: Tx,
  data: { organizationId: string; projectId?: string | null; name: string; type: ClientType },
) {
  const secret = issueToken('clientSecret');
  const client = await tx.client.create({ data: { ...data, id: newId('Client'), secretDigest: secret.digest } });
  return { client, secret: secret.token };
}

/** Creates a key; with a sealer, its token stays revealable (encrypted) for the reveal window. */
export async function createManagementKey(
  tx: Tx,
  data: { organizationId: string; name: string; scopes: string[]; projectIds: string[]; expiresAt?: Date | null },
  sealer: TokenSealer | null = null,
) {
  const { projectIds, ...fields } = data;
  const token = issueToken('managementKey');
  const key = await tx.managementKey.create({
    data: {
      ...fields,
      id: newId('ManagementKey'),
      tokenDigest: token.digest,
      lastFour: token.lastFour,
      revealCiphertext: sealer?.seal(token.token) ?? null,
      revealUntil: sealer ? new Date(Date.now() + REVEAL_WINDOW_MS) : null,
      projects: { connect: projectIds.map((id) => ({ id })) },
    },
  });
  return { key, token: token.token };
}

/** Erases the encrypted tokens whose reveal window has closed; the server runs it every minute. */
export async function eraseExpiredReveals(prisma: PrismaClient): Promise<number> {
  return prisma.$executeRaw`UPDATE "ManagementKey" SET "revealCiphertext" = NULL, "revealUntil" = NULL WHERE "revealUntil" <= ${new Date()}`;
}

export async function createPersonalAccessToken(tx: Tx, data: { userId: string; name: string; expiresAt?: Date | null }) {
  const token = issueToken('personalAccessToken');
  const personalAccessToken = await tx.personalAccessToken.create({
    data: { ...data, id: newId('PersonalAccessToken'), tokenDigest: token.digest, lastFour: token.lastFour },
  });
  return { personalAccessToken, token: token.token };
}

/** A rotated secret may keep working for up to seven days, so deployments can switch over. */
export const MAX_GRACE_PERIOD_SECONDS = 7 * 24 * 3600;

export const gracePeriodInput = z
  .number()
  .int()
  .min(0, 'gracePeriodSeconds must not be negative')
  .max(MAX_GRACE_PERIOD_SECONDS, `gracePeriodSeconds must be at most ${MAX_GRACE_PERIOD_SECONDS} (7 days)`)
  .nullish()
  .transform((seconds) => seconds ?? 0);

/** The columns that keep the replaced digest working until the grace period ends (or not at all). */
export function gracePeriodEnd(gracePeriodSeconds: number): Date | null {
  return gracePeriodSeconds > 0 ? new Date(Date.now() + gracePeriodSeconds * 1000) : null;
}
