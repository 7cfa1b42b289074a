import { randomBytes } from 'node:crypto';
import { bootstrapOrganization } from '../../src/modules/organization/bootstrap.js';
import { insertManagementKey, insertOperatorToken, insertPersonalAccessToken } from '../../src/access/issue.js';
import { newId } from '../../src/db/ids.js';
import { findOrCreateUser } from '../../src/modules/user/service.js';
import type { OrganizationRole, ProjectRole } from '../../src/generated/prisma/client.js';
import { CreateProjectDocument } from '../generated/graphql.js';
import type { TestDatabase } from './database.js';
import { rememberSecrets } from './secrets.js';
import type { Credentials, TestGateway } from './gateway.js';

export function unique(label: string): string {
  return `${label}-${randomBytes(4).toString('hex')}`;
}

export interface TestUser {
  userId: string;
  email: string;
  token: string;
  as: { bearer: string };
}

/** A fresh organization with its OWNER, a `*` management key and a ROOT client, as `steward bootstrap` makes it. */
export async function createTenant(database: TestDatabase) {
  const created = await bootstrapOrganization(database.prisma, unique('Org'), `${unique('owner')}@example.test`);
  rememberSecrets(JSON.stringify(created));
  const organizationId = created.organization.id;
  const owner: TestUser = {
    userId: created.user.id,
    email: created.user.email,
    token: created.personalAccessToken,
    as: { bearer: created.personalAccessToken },
  };

  /** Another user of this organization with the given role, and that user's token. */
  async function addUser(role: OrganizationRole): Promise<TestUser & { memberId: string }> {
    const email = `${unique(role.toLowerCase())}@example.test`;
    return database.prisma.$transaction(async (tx) => {
      const user = await findOrCreateUser(tx, email);
      const member = await tx.organizationMember.create({ data: { id: newId('OrganizationMember'), organizationId, userId: user.id, role } });
      const { token } = await insertPersonalAccessToken(tx, { userId: user.id, name: 'test' });
      rememberSecrets(token);
      return { userId: user.id, email, token, as: { bearer: token }, memberId: member.id };
    });
  }

  /** A MEMBER of the organization holding a role on one project. */
  async function addProjectUser(projectId: string, role: ProjectRole) {
    const user = await addUser('MEMBER');
    await database.prisma.projectMember.create({ data: { id: newId('ProjectMember'), organizationId, projectId, userId: user.userId, role } });
    return user;
  }

  /** A management key of this organization with the given scopes (and project limits). */
  async function addKey(scopes: string[], projectIds: string[] = []) {
    const { key, token } = await insertManagementKey(database.prisma, { organizationId, name: unique('key'), scopes, projectIds });
    rememberSecrets(token);
    return { keyId: key.id, token, as: { bearer: token } };
  }

  return {
    organizationId,
    owner,
    managementKey: { id: created.managementKey.id, token: created.managementKey.token, as: { bearer: created.managementKey.token } },
    rootClient: {
      id: created.rootClient.id,
      secret: created.rootClient.secret,
      as: { clientId: created.rootClient.id, clientSecret: created.rootClient.secret },
    },
    addUser,
    addProjectUser,
    addKey,
  };
}

export type Tenant = Awaited<ReturnType<typeof createTenant>>;

/** A project made through the API (so it has its default client), with the payload's secret. */
export async function createProject(gateway: TestGateway, tenant: Tenant, options: { name?: string; as?: Credentials; templateId?: string } = {}) {
  const input = { organizationId: tenant.organizationId, name: options.name ?? unique('Project'), templateId: options.templateId };
  const payload = (await gateway.execute(CreateProjectDocument, { input }, options.as ?? tenant.owner.as)).expectData().createProject!;
  if (payload.userErrors.length > 0 || !payload.project || !payload.client || !payload.clientSecret) {
    throw new Error(`createProject failed: ${JSON.stringify(payload.userErrors)}`);
  }
  return { project: payload.project, client: payload.client, clientSecret: payload.clientSecret };
}

/** A platform operator token with these scopes, as the credentials a test sends. */
export async function createOperator(database: TestDatabase, scopes: string[]): Promise<{ bearer: string }> {
  const { operatorToken } = await insertOperatorToken(database.prisma, unique('operator'), scopes);
  rememberSecrets(operatorToken.token);
  return { bearer: operatorToken.token };
}
