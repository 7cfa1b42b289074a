import { insertClient, insertManagementKey, insertPersonalAccessToken } from '../../access/issue.js';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { recordAudit, type Actor } from '../audit/service.js';
import { findOrCreateUser } from '../user/service.js';
import { insertOrganization } from './service.js';

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
  const organization = await insertOrganization(tx, name, user.id);
  const { token } = await insertPersonalAccessToken(tx, { userId: user.id, name: 'bootstrap' });
  const key = await insertManagementKey(tx, { organizationId: organization.id, name: 'bootstrap', scopes: ['*'], projectIds: [] });
  const root = await insertClient(tx, { organizationId: organization.id, name: 'bootstrap root client', type: 'ROOT' });
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
