import { issueToken } from '../auth/tokens.js';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { recordAudit, type Actor } from './audit.js';
import { createClient, createManagementKey, createPersonalAccessToken } from './credentials.js';
import { newId } from './ids.js';
import { createOrganization, findOrCreateUser } from './organizations.js';

const SYSTEM_ACTOR: Actor = { kind: 'SYSTEM', id: 'steward bootstrap' };

export interface BootstrapResult {
  organization: { id: string; name: string };
  user: { id: string; email: string };
  personalAccessToken: string;
  managementKey: { id: string; token: string };
  rootClient: { id: string; secret: string };
}

async function bootstrapIn(tx: Prisma.TransactionClient, name: string, email: string): Promise<BootstrapResult> {
  const user = await findOrCreateUser(tx, email);
  const organization = await createOrganization(tx, name, user.id);
  const { token } = await createPersonalAccessToken(tx, { userId: user.id, name: 'bootstrap' });
  const key = await createManagementKey(tx, { organizationId: organization.id, name: 'bootstrap', scopes: ['*'], projectIds: [] });
  const root = await createClient(tx, { organizationId: organization.id, name: 'bootstrap root client', type: 'ROOT' });
  await recordAudit(tx, SYSTEM_ACTOR, {
    organizationId: organization.id,
    action: 'organization.bootstrap',
    target: { type: 'Organization', id: organization.id },
    changes: { name, ownerId: user.id, managementKeyId: key.key.id, rootClientId: root.client.id },
  });
  return {
    organization: { id: organization.id, name: organization.name },
    user: { id: user.id, email: user.email },
    personalAccessToken: token,
    managementKey: { id: key.key.id, token: key.token },
    rootClient: { id: root.client.id, secret: root.secret },
  };
}

/** An organization with its OWNER, a personal access token, a management key with every scope and a ROOT client. */
export function bootstrapOrganization(prisma: PrismaClient, name: string, email: string): Promise<BootstrapResult> {
  return prisma.$transaction((tx) => bootstrapIn(tx, name, email));
}

// Any constant works; it only has to be the same in every Steward process.
const FIRST_START_LOCK = 7_337_001;

/** On a database without organizations, bootstraps one; when several processes start at once, one does it. */
export function bootstrapIfEmpty(prisma: PrismaClient, name: string, email: string): Promise<BootstrapResult | null> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${FIRST_START_LOCK}::bigint)`;
    return (await tx.organization.count()) > 0 ? null : bootstrapIn(tx, name, email);
  });
}

/** A platform operator token with the given scopes; printed once by `steward bootstrap --super`. */
export async function createOperatorToken(prisma: PrismaClient, name: string, scopes: string[]) {
  const token = issueToken('operatorToken');
  const operator = await prisma.operatorToken.create({
    data: { id: newId('OperatorToken'), name, scopes, tokenDigest: token.digest, lastFour: token.lastFour },
  });
  return { operatorToken: { id: operator.id, token: token.token, scopes } };
}
