import { newId } from '../db/ids.js';
import { Prisma, type ClientType, type PrismaClient } from '../generated/prisma/client.js';
import { REVEAL_WINDOW_MS, type TokenSealer } from './reveal.js';
import { issueToken } from './tokens.js';

// Each credential is stored with the digest of a new secret; the secret itself is returned once.

type Tx = Prisma.TransactionClient;

export async function insertClient(tx: Tx, data: { organizationId: string; projectId?: string | null; name: string; type: ClientType }) {
  const secret = issueToken('clientSecret');
  const client = await tx.client.create({ data: { ...data, id: newId('Client'), secretDigest: secret.digest } });
  return { client, secret: secret.token };
}

/** With a sealer, the key's token stays revealable (encrypted) for the reveal window. */
export async function insertManagementKey(
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

export async function insertPersonalAccessToken(tx: Tx, data: { userId: string; name: string; expiresAt?: Date | null }) {
  const token = issueToken('personalAccessToken');
  const personalAccessToken = await tx.personalAccessToken.create({
    data: { ...data, id: newId('PersonalAccessToken'), tokenDigest: token.digest, lastFour: token.lastFour },
  });
  return { personalAccessToken, token: token.token };
}

/** A console session of a personal access token's user; its token is the session cookie's value. */
export async function insertConsoleSession(
  tx: Tx,
  data: { userId: string; personalAccessTokenId: string; expiresAt: Date; userAgent?: string | null; ip?: string | null },
) {
  const token = issueToken('consoleSession');
  const consoleSession = await tx.consoleSession.create({
    data: { ...data, id: newId('ConsoleSession'), tokenDigest: token.digest, lastFour: token.lastFour },
  });
  return { consoleSession, token: token.token };
}

/** A project's storage token; its creator is recorded as the audit log names actors. */
export async function insertStorageToken(tx: Tx, data: Omit<Prisma.StorageTokenUncheckedCreateInput, 'id' | 'number' | 'tokenDigest' | 'lastFour'>) {
  const token = issueToken('storageToken');
  const storageToken = await tx.storageToken.create({
    data: { ...data, id: newId('StorageToken'), tokenDigest: token.digest, lastFour: token.lastFour },
  });
  return { storageToken, token: token.token };
}

/** A platform operator token with the given scopes; printed once by `steward bootstrap --super`. */
export async function insertOperatorToken(prisma: PrismaClient, name: string, scopes: string[]) {
  const token = issueToken('operatorToken');
  const operator = await prisma.operatorToken.create({
    data: { id: newId('OperatorToken'), name, scopes, tokenDigest: token.digest, lastFour: token.lastFour },
  });
  return { operatorToken: { id: operator.id, token: token.token, scopes } };
}

/** Erases the encrypted tokens of these keys (all whose window has closed, without ids); the server sweeps every minute. */
export function eraseReveals(prisma: PrismaClient, keyId?: string): Promise<number> {
  const which = keyId ? Prisma.sql`id = ${keyId}` : Prisma.sql`"revealUntil" <= ${new Date()}`;
  return prisma.$executeRaw`UPDATE "ManagementKey" SET "revealCiphertext" = NULL, "revealUntil" = NULL WHERE ${which}`;
}
